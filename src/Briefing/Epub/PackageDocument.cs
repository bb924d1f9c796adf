using System.Globalization;
using System.Xml.Linq;
using static Briefing.Epub.EpubXml;

namespace Briefing.Epub;

/// <summary>One manifest item.</summary>
/// <param name="Id">Manifest id (an XML name).</param>
/// <param name="Href">Path relative to the package document.</param>
/// <param name="MediaType">Media type.</param>
/// <param name="Properties">Manifest properties (nav, cover-image), or null.</param>
/// <param name="InSpine">Whether it is a spine item (reading order is the order of the manifest's spine items).</param>
internal sealed record ManifestItem(string Id, string Href, string MediaType, string? Properties = null, bool InSpine = false);

/// <summary>What the package says about accessibility besides the always-true parts.</summary>
/// <param name="PageCount">Number of page-list entries (0: no page navigation).</param>
/// <param name="PageSource">What the page numbers refer to.</param>
/// <param name="HasAppendix">Whether the FAQ appendix exists.</param>
/// <param name="PageBreakSourceProperty">Also write EPUB Accessibility 1.1's pageBreakSource meta.</param>
/// <param name="HasPictures">Whether the text shows pictures (each with alt text, or decorative).</param>
internal sealed record AccessibilityFacts(int PageCount, string PageSource, bool HasAppendix, bool PageBreakSourceProperty, bool HasPictures = false);

/// <summary>The package document (OPF, version 3.0 as EPUB 3.3 requires): metadata, manifest, spine.</summary>
internal static class PackageDocument
{
    /// <summary>The package document's path in the container.</summary>
    public const string Path = "EPUB/package.opf";

    /// <summary>Builds the OPF.</summary>
    public static XDocument Build(EpubMetadata meta, DateTimeOffset modified, IReadOnlyList<ManifestItem> items, AccessibilityFacts a11y)
    {
        var metadata = new XElement(Opf + "metadata", new XAttribute(XNamespace.Xmlns + "dc", Dc.NamespaceName));
        metadata.Add(new XElement(Dc + "identifier", new XAttribute("id", "pub-id"), meta.Identifier));
        metadata.Add(new XElement(Dc + "title", new XAttribute("id", "title"), meta.Title));
        metadata.Add(Refine("title", "title-type", "main"));
        if (meta.Subtitle is { } subtitle)
        {
            metadata.Add(new XElement(Dc + "title", new XAttribute("id", "subtitle"), subtitle));
            metadata.Add(Refine("subtitle", "title-type", "subtitle"));
        }
        // Each author a creator of its own, in the order given (display-seq keeps it for reading systems that sort).
        for (var i = 0; i < meta.Creators.Count; i++)
        {
            var id = i == 0 ? "creator" : $"creator-{i + 1}";
            metadata.Add(new XElement(Dc + "creator", new XAttribute("id", id), meta.Creators[i]));
            metadata.Add(new XElement(Opf + "meta", new XAttribute("refines", "#" + id), new XAttribute("property", "role"),
                new XAttribute("scheme", "marc:relators"), "aut"));
            if (meta.Creators.Count > 1) metadata.Add(new XElement(Opf + "meta", new XAttribute("refines", "#" + id),
                new XAttribute("property", "display-seq"), i + 1));
        }
        if (meta.Publisher is { } publisher) metadata.Add(new XElement(Dc + "publisher", publisher));
        metadata.Add(new XElement(Dc + "language", meta.Language));
        if (meta.W3cDate is { } date) metadata.Add(new XElement(Dc + "date", date));
        metadata.Add(Meta("dcterms:modified", Modified(modified)));
        if (meta.Description is { } description) metadata.Add(new XElement(Dc + "description", description));
        foreach (var keyword in meta.Keywords) metadata.Add(new XElement(Dc + "subject", keyword));

        // Accessibility metadata (EPUB Accessibility 1.1 / schema.org), each claim true of what this writer makes.
        metadata.Add(Meta("schema:accessMode", "textual"));
        // Pictures are a visual mode; their alt texts keep the text sufficient alone.
        if (a11y.HasPictures) metadata.Add(Meta("schema:accessMode", "visual"));
        metadata.Add(Meta("schema:accessModeSufficient", "textual"));
        string[] features = ["tableOfContents", "readingOrder", "structuralNavigation", "alternativeText"];
        foreach (var feature in features) metadata.Add(Meta("schema:accessibilityFeature", feature));
        if (a11y.PageCount > 0)
        {
            metadata.Add(Meta("schema:accessibilityFeature", "pageNavigation"));
            metadata.Add(Meta("schema:accessibilityFeature", "pageBreakMarkers"));
        }
        metadata.Add(Meta("schema:accessibilityHazard", "none"));
        metadata.Add(Meta("schema:accessibilitySummary", Summary(a11y)));
        if (a11y.PageCount > 0)
        {
            // The pagination source. dc:source refined by source-of (EPUB 3.2, EPUB Accessibility 1.0) is valid for every
            // EPUBCheck and read by Ace; EPUB Accessibility 1.1's pageBreakSource is undefined for EPUBCheck 4 (an
            // error), so it is written only on request.
            metadata.Add(new XElement(Dc + "source", new XAttribute("id", "page-source"), a11y.PageSource));
            metadata.Add(Refine("page-source", "source-of", "pagination"));
            if (a11y.PageBreakSourceProperty) metadata.Add(Meta("pageBreakSource", a11y.PageSource));
        }
        var cover = items.FirstOrDefault(i => i.Properties == "cover-image");
        // For EPUB 2 reading systems, which look for the cover this way.
        if (cover is not null) metadata.Add(new XElement(Opf + "meta", new XAttribute("name", "cover"), new XAttribute("content", cover.Id)));

        var manifest = new XElement(Opf + "manifest", items.Select(i => new XElement(Opf + "item",
            new XAttribute("id", i.Id), new XAttribute("href", i.Href), new XAttribute("media-type", i.MediaType),
            i.Properties is null ? null : new XAttribute("properties", i.Properties))));
        var ncx = items.First(i => i.MediaType == "application/x-dtbncx+xml");
        var spine = new XElement(Opf + "spine", new XAttribute("toc", ncx.Id),
            items.Where(i => i.InSpine).Select(i => new XElement(Opf + "itemref", new XAttribute("idref", i.Id))));

        var package = new XElement(Opf + "package",
            new XAttribute("version", "3.0"),
            new XAttribute("unique-identifier", "pub-id"),
            new XAttribute(XmlLang, meta.Language),
            metadata, manifest, spine);
        return new XDocument(new XDeclaration("1.0", "utf-8", null), package);
    }

    /// <summary>dcterms:modified: UTC to the second, as EPUB requires.</summary>
    public static string Modified(DateTimeOffset modified) =>
        modified.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Summary(AccessibilityFacts a11y)
    {
        var summary = "A briefing whose content is text, structured by headings in order, with a table of contents and landmarks.";
        if (a11y.HasAppendix) summary += " The question-and-answer appendix opens with a linked list of its questions.";
        summary += a11y.HasPictures
            ? " The cover image and every picture in the text have a text alternative, except pictures marked as decorative."
            : " The cover image has a text alternative.";
        summary += " Sizes are relative, so the reader's text size setting applies.";
        if (a11y.PageCount > 0)
            summary += " Page-break markers and a page list give the page numbers of the printed briefing; each marker sits "
                + "at the start of the first heading, paragraph or picture that begins on that page.";
        return summary;
    }

    private static XElement Meta(string property, string value) =>
        new(Opf + "meta", new XAttribute("property", property), value);

    private static XElement Refine(string id, string property, string value) =>
        new(Opf + "meta", new XAttribute("refines", "#" + id), new XAttribute("property", property), value);
}
