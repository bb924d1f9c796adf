using System.Globalization;
using System.Xml.Linq;
using static Briefing.Epub.EpubXml;

namespace Briefing.Epub;

/// <summary>One page of the printed briefing: its number and the page-break marker placed before its first anchor.</summary>
/// <param name="Page">Printed page number.</param>
/// <param name="File">The content document holding the marker.</param>
/// <param name="Id">The marker's id.</param>
internal sealed record PageTarget(int Page, string File, string Id)
{
    /// <summary>The href from the package folder.</summary>
    public string Href => File + "#" + Id;
}

/// <summary>
/// Maps printed pages onto the text. For each page, the first anchor (heading or paragraph, in reading order) that
/// starts on it gets an empty page-break marker right before it, and the page-list links that marker. Pages on which
/// no anchor starts (the cover, a page continuing a long paragraph) get no entry: there is no element to point at.
/// </summary>
internal static class PageList
{
    /// <summary>Inserts the markers and returns the page targets in reading order; empty when no pages are known.</summary>
    public static IReadOnlyList<PageTarget> Insert(IReadOnlyDictionary<string, int> pageOfAnchor, IdRegistry ids)
    {
        var targets = new List<PageTarget>();
        if (pageOfAnchor.Count == 0) return targets;
        var seen = new HashSet<int>();
        foreach (var (modelId, target) in ids.AnchorsInReadingOrder)
        {
            if (!pageOfAnchor.TryGetValue(modelId, out var page) || page < 1 || !seen.Add(page)) continue;
            var number = page.ToString(CultureInfo.InvariantCulture);
            var marker = new XElement(H("span"),
                new XAttribute(EpubType, "pagebreak"),
                new XAttribute("role", "doc-pagebreak"),
                new XAttribute("aria-label", number));
            var id = ids.Generated("page-" + number, marker);
            target.Element.AddBeforeSelf(marker);
            targets.Add(new PageTarget(page, target.File, id));
        }
        return targets;
    }
}
