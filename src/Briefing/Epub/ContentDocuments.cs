using System.Globalization;
using System.Xml.Linq;
using Briefing.Model;
using Briefing.Styles;
using static Briefing.Epub.EpubXml;

namespace Briefing.Epub;

/// <summary>One XHTML content document of the spine.</summary>
/// <param name="File">File name in the package folder.</param>
/// <param name="ManifestId">Its manifest id.</param>
/// <param name="Document">The XHTML.</param>
internal sealed record ContentFile(string File, string ManifestId, XDocument Document);

/// <summary>The reading-order documents with what the nav and the package need to know about them.</summary>
internal sealed class ContentSet
{
    /// <summary>Cover page, title page, then <see cref="Document.ReadingOrder"/>: chapters, the FAQ, the notes (the nav
    /// document is added by the writer).</summary>
    public List<ContentFile> Files { get; } = [];
    /// <summary>Top-level toc entries, in reading order.</summary>
    public List<TocEntry> Toc { get; } = [];
    /// <summary>The cover page's file, when there is one.</summary>
    public string? CoverFile { get; set; }
    /// <summary>The title page's file.</summary>
    public string TitleFile { get; set; } = "";
    /// <summary>Where the body begins: the first chapter of the text, the FAQ of a page that is all FAQ, else the title
    /// page.</summary>
    public string BodyStart { get; set; } = "";
    /// <summary>The FAQ appendix's file, when there is one.</summary>
    public string? AppendixFile { get; set; }
    /// <summary>The pictures the documents show.</summary>
    public EpubImages Images { get; } = new();
}

/// <summary>Builds the content documents: cover page, title page (with the lede), one per chapter, the FAQ appendix.</summary>
internal static class ContentDocuments
{
    /// <summary>File of the cover page.</summary>
    public const string CoverFile = "cover.xhtml";
    /// <summary>File of the title page.</summary>
    public const string TitleFile = "title.xhtml";
    /// <summary>File of the FAQ appendix.</summary>
    public const string FaqFile = "faq.xhtml";

    /// <summary>Builds every content document, registering anchors in reading order.</summary>
    public static ContentSet Build(Document document, Style style, EpubMetadata meta, IdRegistry ids, string? coverImageHref)
    {
        var set = new ContentSet();
        var ui = new UiText(meta.Language);
        if (coverImageHref is not null)
        {
            set.Files.Add(new ContentFile(CoverFile, "cover", CoverPage(meta, coverImageHref)));
            set.CoverFile = CoverFile;
        }
        set.Files.Add(new ContentFile(TitleFile, "title-page", TitlePage(document, style, meta, ids, set.Images, ui)));
        set.TitleFile = TitleFile;

        var width = Math.Max(2, document.Chapters.Count.ToString(CultureInfo.InvariantCulture).Length);
        var files = 0;
        foreach (var (chapter, number) in document.ReadingOrder())
        {
            if (chapter is null)
            {
                if (document.Faq is not { Entries.Count: > 0 } faq) continue;
                set.Files.Add(new ContentFile(FaqFile, "faq", FaqPage(faq, document.FaqHeading(ui.Words)!, document.FaqIsAppendix, style, meta, ids, set.Images, ui, set.Toc)));
                if (document.FaqIsAppendix) set.AppendixFile = FaqFile;
                else set.BodyStart = FaqFile;   // a page that is all FAQ: the questions are its text
                continue;
            }
            var name = "chapter-" + (++files).ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
            var file = name + ".xhtml";
            set.Files.Add(new ContentFile(file, name, ChapterPage(chapter, number, file, style, meta, ids, set.Images, ui, set.Toc)));
            if (number == 1) set.BodyStart = file;
        }
        if (set.BodyStart.Length == 0) set.BodyStart = TitleFile;

        foreach (var f in set.Files) XhtmlInlines.MarkNoteLinks(f.Document, ui);
        foreach (var f in set.Files) XhtmlInlines.ResolveAnchors(f.Document, f.File, ids);
        return set;
    }

    private static XDocument CoverPage(EpubMetadata meta, string imageHref)
    {
        var (doc, body) = XhtmlPage.Create(meta.Title, meta.Language, "cover");
        body.SetAttributeValue("class", "cover");
        body.Add(new XElement(H("section"), new XAttribute("class", "cover"),
            new XElement(H("img"),
                new XAttribute(EpubType, "cover"), new XAttribute("role", "doc-cover"),
                new XAttribute("src", imageHref), new XAttribute("alt", CoverImage.AltText(meta)))));
        return doc;
    }

    private static XDocument TitlePage(Document document, Style style, EpubMetadata meta, IdRegistry ids, EpubImages images, UiText ui)
    {
        var (doc, body) = XhtmlPage.Create(meta.Title, meta.Language, "frontmatter");
        var page = new XElement(H("section"), new XAttribute(EpubType, "titlepage"), new XAttribute("class", "titlepage"));
        var h1 = new XElement(H("h1"), new XAttribute("class", "title"), meta.Title);
        page.SetAttributeValue("aria-labelledby", ids.Generated("title", h1));
        page.Add(h1);
        if (meta.Subtitle is { } sub) page.Add(new XElement(H("p"), new XAttribute("class", "subtitle"), new XAttribute("role", "doc-subtitle"), sub));
        if (meta.Author is { } author) page.Add(new XElement(H("p"), new XAttribute("class", "author"), author));
        // As on the printed cover: the date written out, then the publisher.
        var imprint = string.Join(" · ", new[] { meta.DateText, meta.Publisher }.Where(s => s is not null));
        if (imprint.Length > 0) page.Add(new XElement(H("p"), new XAttribute("class", "imprint"), imprint));
        body.Add(page);
        if (document.Lede.Count > 0)
        {
            // The lede is the article's standfirst: the summary a reader gets before the first chapter.
            var lede = new XElement(H("section"), new XAttribute(EpubType, "abstract"), new XAttribute("role", "doc-abstract"),
                new XAttribute("class", "lede"), new XAttribute("aria-label", ui.Words.Summary));
            XhtmlBlocks.AppendTo(lede, document.Lede, 1, new XhtmlContext(TitleFile, ids, style, images, ui.Words), null);
            page.Add(lede);
        }
        return doc;
    }

    private static XDocument ChapterPage(Chapter chapter, int number, string file, Style style, EpubMetadata meta, IdRegistry ids,
        EpubImages images, UiText ui, List<TocEntry> toc)
    {
        var (doc, body) = XhtmlPage.Create(XmlText.Collapse(chapter.Heading.Text) is { Length: > 0 } t ? t : meta.Title, chapter.Language ?? meta.Language,
            chapter.Endnotes || chapter.BackMatter ? "backmatter" : "bodymatter");
        var ctx = new XhtmlContext(file, ids, style, images, ui.Words);
        var section = chapter.Endnotes
            ? new XElement(H("section"), new XAttribute(EpubType, "endnotes"), new XAttribute("role", "doc-endnotes"))
            : new XElement(H("section"), new XAttribute(EpubType, "chapter"), new XAttribute("role", "doc-chapter"));
        body.Add(section);
        var chapterNumber = number > 0 && (style.Chapters.Numbered || style.NumberSections) ? number.ToString(CultureInfo.InvariantCulture) : null;
        var (h1, entry) = Heading(1, chapter.Heading, chapterNumber, ctx);
        section.Add(h1);
        section.SetAttributeValue("aria-labelledby", h1.Attribute("id")?.Value);
        toc.Add(entry);
        var labels = style.Epub.TocLabels ? entry.Children : null;
        XhtmlBlocks.AppendTo(section, chapter.Blocks, 1, ctx, labels);
        for (var s = 0; s < chapter.Sections.Count; s++)
        {
            var sec = chapter.Sections[s];
            var sectionNumber = number > 0 && style.NumberSections ? $"{number}.{s + 1}" : null;
            var (h2, sub) = Heading(2, sec.Heading, sectionNumber, ctx);
            var part = new XElement(H("section"), new XAttribute("class", "section"), h2);
            // Unnamed: a named section is a landmark, and two sections may share a title.
            section.Add(part);
            entry.Children.Add(sub);
            XhtmlBlocks.AppendTo(part, sec.Blocks, 2, ctx, style.Epub.TocLabels ? sub.Children : null);
        }
        return doc;
    }

    private static XDocument FaqPage(Faq faq, Heading heading, bool isAppendix, Style style, EpubMetadata meta, IdRegistry ids, EpubImages images,
        UiText ui, List<TocEntry> toc)
    {
        var (doc, body) = XhtmlPage.Create(XmlText.Collapse(heading.Text) is { Length: > 0 } t ? t : meta.Title, meta.Language,
            isAppendix ? "backmatter" : "bodymatter");
        var ctx = new XhtmlContext(FaqFile, ids, style, images, ui.Words);
        var appendix = isAppendix
            ? new XElement(H("section"), new XAttribute(EpubType, "appendix"), new XAttribute("role", "doc-appendix"))
            : new XElement(H("section"), new XAttribute(EpubType, "chapter"), new XAttribute("role", "doc-chapter"));
        body.Add(appendix);
        var (h1, entry) = Heading(1, heading, null, ctx);
        appendix.Add(h1);
        appendix.SetAttributeValue("aria-labelledby", h1.Attribute("id")?.Value);
        toc.Add(entry);

        // The question list comes first on the page but needs the questions' ids, so it is filled in after them.
        var list = new XElement(H("ol"));
        var index = new XElement(H("nav"), new XAttribute("class", "faq-questions"), new XAttribute("aria-label", ui.Words.Questions), list);
        appendix.Add(index);
        var backLinks = new List<XElement>();
        foreach (var q in faq.Entries)
        {
            var (h2, sub) = Heading(2, q.Question, null, ctx);
            var part = new XElement(H("section"), new XAttribute("class", q.QuestionSource == QuestionSource.Inferred ? "faq-entry inferred" : "faq-entry"), h2);
            // Unnamed: a named section is a landmark, and two sections may share a title.
            appendix.Add(part);
            entry.Children.Add(sub);
            XhtmlBlocks.AppendTo(part, q.Answer, 2, ctx, style.Epub.TocLabels ? sub.Children : null);
            if (h2.Attribute("id")?.Value is { } qid)
                list.Add(new XElement(H("li"), new XElement(H("a"), new XAttribute("href", "#" + qid), XhtmlBlocks.TocLabel(q.Question, ctx.Words))));
            var back = ui.Element("a", ui.Words.BackToQuestions);
            backLinks.Add(back);
            part.Add(new XElement(H("p"), new XAttribute("class", "back"), back));
        }
        var indexId = ids.Generated("faq-questions", index);
        foreach (var a in backLinks) a.SetAttributeValue("href", "#" + indexId);
        return doc;
    }

    /// <summary>A heading element with its anchor, and its toc entry.</summary>
    private static (XElement Element, TocEntry Entry) Heading(int rank, Heading heading, string? number, XhtmlContext ctx)
    {
        var h = new XElement(H("h" + rank));
        var id = ctx.Ids.Anchor(heading.Id, h, ctx.File) ?? ctx.Ids.Generated("heading", h);
        if (number is not null) h.Add(new XElement(H("span"), new XAttribute("class", "number"), number), " ");
        XhtmlInlines.AppendTo(h, heading.Content);
        var label = XhtmlBlocks.TocLabel(heading, ctx.Words);
        return (h, new TocEntry(number is null ? label : number + " " + label, ctx.File + "#" + id));
    }
}
