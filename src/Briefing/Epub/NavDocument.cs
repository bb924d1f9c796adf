using System.Globalization;
using System.Xml.Linq;
using static Briefing.Epub.EpubXml;

namespace Briefing.Epub;

/// <summary>
/// The EPUB navigation document: the toc (chapters → sections [→ labels], then the FAQ and its questions), the landmarks
/// and, when the printed pages are known, the page-list. It is also in the spine, after the title page, so the
/// landmarks' link to the toc lands on a reading-order document.
/// </summary>
internal static class NavDocument
{
    /// <summary>The nav document's file name.</summary>
    public const string File = "nav.xhtml";

    /// <summary>Builds the nav document. Ids come from <paramref name="ids"/> so none collides with the text's.</summary>
    public static XDocument Build(EpubMetadata meta, ContentSet content, IReadOnlyList<PageTarget> pages, IdRegistry ids)
    {
        var ui = new UiText(meta.Language);
        var (doc, body) = XhtmlPage.Create(meta.Title, meta.Language, "frontmatter");
        var toc = new XElement(H("nav"), new XAttribute(EpubType, "toc"), new XAttribute("role", "doc-toc"));
        var tocId = ids.Generated("toc", toc);
        var heading = ui.Element("h1", ui.Words.Contents);
        toc.SetAttributeValue("aria-labelledby", ids.Generated("toc-heading", heading));
        toc.Add(heading);
        var entries = content.Toc.Count > 0 ? content.Toc : [new TocEntry(meta.Title, content.TitleFile)];
        toc.Add(List(entries));
        body.Add(toc);

        var landmarks = new XElement(H("nav"), new XAttribute(EpubType, "landmarks"), new XAttribute("hidden", "hidden"));
        ids.Generated("landmarks", landmarks);
        landmarks.Add(ui.Element("h2", ui.Words.Landmarks));
        var marks = new XElement(H("ol"));
        if (content.CoverFile is { } cover) marks.Add(Landmark("cover", cover, ui.Words.Cover, ui));
        marks.Add(Landmark("titlepage", content.TitleFile, ui.Words.TitlePage, ui));
        marks.Add(Landmark("toc", File + "#" + tocId, ui.Words.Contents, ui));
        marks.Add(Landmark("bodymatter", content.BodyStart, ui.Words.StartOfText, ui));
        if (content.AppendixFile is { } appendix) marks.Add(Landmark("appendix", appendix, ui.Words.AppendixLandmark, ui));
        landmarks.Add(marks);
        body.Add(landmarks);

        if (pages.Count > 0)
        {
            var pageList = new XElement(H("nav"), new XAttribute(EpubType, "page-list"), new XAttribute("role", "doc-pagelist"),
                new XAttribute("hidden", "hidden"));
            ids.Generated("page-list", pageList);
            pageList.Add(ui.Element("h2", ui.Words.PrintedPages));
            pageList.Add(new XElement(H("ol"), pages.Select(p =>
                new XElement(H("li"), new XElement(H("a"), new XAttribute("href", p.Href), p.Page.ToString(CultureInfo.InvariantCulture))))));
            body.Add(pageList);
        }
        return doc;
    }

    private static XElement Landmark(string type, string href, string text, UiText ui) =>
        new(H("li"), ui.Element("a", text, new XAttribute(EpubType, type), new XAttribute("href", href)));

    // The toc is three levels at most (chapter, section, label), so plain recursion is bounded.
    private static XElement List(IEnumerable<TocEntry> entries) =>
        new(H("ol"), entries.Select(e =>
        {
            var li = new XElement(H("li"), new XElement(H("a"), new XAttribute("href", e.Href), e.Label));
            if (e.Children.Count > 0) li.Add(List(e.Children));
            return li;
        }));
}
