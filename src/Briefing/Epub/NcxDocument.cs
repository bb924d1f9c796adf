using System.Globalization;
using System.Xml.Linq;
using static Briefing.Epub.EpubXml;

namespace Briefing.Epub;

/// <summary>The EPUB 2 NCX table of contents, for reading systems that predate the nav document.</summary>
internal static class NcxDocument
{
    /// <summary>The NCX's file name.</summary>
    public const string File = "toc.ncx";

    /// <summary>Builds the NCX from the same toc as the nav document.</summary>
    public static XDocument Build(EpubMetadata meta, IReadOnlyList<TocEntry> toc, string fallbackHref)
    {
        var entries = toc.Count > 0 ? toc : [new TocEntry(meta.Title, fallbackHref)];
        var playOrder = 0;
        var map = new XElement(Ncx + "navMap", entries.Select(Point));
        var depth = entries.Max(e => e.Depth);
        var root = new XElement(Ncx + "ncx",
            new XAttribute("version", "2005-1"),
            new XAttribute(XmlLang, meta.Language),
            new XElement(Ncx + "head",
                Meta("dtb:uid", meta.Identifier),
                Meta("dtb:depth", depth.ToString(CultureInfo.InvariantCulture)),
                Meta("dtb:totalPageCount", "0"),
                Meta("dtb:maxPageNumber", "0")),
            new XElement(Ncx + "docTitle", new XElement(Ncx + "text", meta.Title)),
            meta.Author is { } author ? new XElement(Ncx + "docAuthor", new XElement(Ncx + "text", author)) : null,
            map);
        return new XDocument(root);

        // Three levels at most (chapter, section, label): bounded recursion.
        XElement Point(TocEntry entry)
        {
            playOrder++;
            var n = playOrder.ToString(CultureInfo.InvariantCulture);
            var point = new XElement(Ncx + "navPoint",
                new XAttribute("id", "navpoint-" + n),
                new XAttribute("playOrder", n),
                new XElement(Ncx + "navLabel", new XElement(Ncx + "text", entry.Label)),
                new XElement(Ncx + "content", new XAttribute("src", entry.Href)));
            foreach (var child in entry.Children) point.Add(Point(child));
            return point;
        }
    }

    private static XElement Meta(string name, string content) =>
        new(Ncx + "meta", new XAttribute("name", name), new XAttribute("content", content));
}
