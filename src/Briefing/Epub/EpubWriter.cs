using System.Xml.Linq;
using Briefing.Model;
using Briefing.Styles;
using static Briefing.Epub.EpubXml;

namespace Briefing.Epub;

/// <summary>Writes the document model as an EPUB 3 package (EPUB 3.3: package version 3.0, nav document, NCX for older readers).</summary>
internal static class EpubWriter
{
    /// <summary>Writes the EPUB to a stream. The same document, style and options always give the same bytes.</summary>
    /// <exception cref="InputException">The style asks to embed a font file that does not exist.</exception>
    public static void Write(Document document, Style style, EpubOptions options, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(style);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);

        var meta = EpubMetadata.From(document);
        var stylesheet = Stylesheet.Build(style);
        var ids = new IdRegistry();
        var content = ContentDocuments.Build(document, style, meta, ids, style.Cover ? CoverImage.Href : null);
        var pages = PageList.Insert(options.PageOfAnchor ?? new Dictionary<string, int>(), ids);
        var nav = NavDocument.Build(meta, content, pages, ids);
        var ncx = NcxDocument.Build(meta, content.Toc, content.TitleFile);
        var cover = CoverImage.Build(meta, style);

        // Reading order: cover, title page, contents, chapters, appendix, notes.
        var spine = new List<ContentFile>(content.Files);
        spine.Insert(spine.FindIndex(f => f.File == content.TitleFile) + 1, new ContentFile(NavDocument.File, "nav", nav));

        var items = new List<ManifestItem>();
        foreach (var f in spine)
            items.Add(new ManifestItem(f.ManifestId, f.File, "application/xhtml+xml", f.File == NavDocument.File ? "nav" : null, InSpine: true));
        items.Add(new ManifestItem("ncx", NcxDocument.File, "application/x-dtbncx+xml"));
        items.Add(new ManifestItem("css", Stylesheet.Href, "text/css"));
        items.Add(new ManifestItem("cover-image", CoverImage.Href, "image/svg+xml", "cover-image"));
        for (var i = 0; i < stylesheet.Files.Count; i++)
            items.Add(new ManifestItem($"file-{i + 1}", stylesheet.Files[i].Href, stylesheet.Files[i].MediaType));
        for (var i = 0; i < content.Images.Files.Count; i++)
            items.Add(new ManifestItem($"figure-{i + 1}", content.Images.Files[i].Href, content.Images.Files[i].Image.MediaType));

        var a11y = new AccessibilityFacts(pages.Count, PageSource(meta), content.AppendixFile is not null, options.PageBreakSourceProperty,
            HasPictures: content.Images.Files.Count > 0);
        var package = PackageDocument.Build(meta, options.Modified, items, a11y);

        var zip = new EpubZip();
        zip.Add("META-INF/container.xml", ToBytes(ContainerXml(), indent: true));
        zip.Add(PackageDocument.Path, ToBytes(package, indent: true));
        zip.Add(Folder + NcxDocument.File, ToBytes(ncx, indent: true));
        foreach (var f in spine) zip.Add(Folder + f.File, ToBytes(f.Document, indent: false));
        zip.Add(Folder + Stylesheet.Href, System.Text.Encoding.UTF8.GetBytes(stylesheet.Css));
        zip.Add(Folder + CoverImage.Href, ToBytes(cover, indent: true));
        foreach (var f in stylesheet.Files) zip.Add(Folder + f.Href, File.ReadAllBytes(f.SourcePath));
        foreach (var (href, image) in content.Images.Files) zip.Add(Folder + href, image.Bytes);
        zip.WriteTo(output, options.Modified);
    }

    /// <summary>The package folder inside the container; every href in the package is relative to it.</summary>
    private const string Folder = "EPUB/";

    private static XDocument ContainerXml() => new(
        new XElement(Container + "container", new XAttribute("version", "1.0"),
            new XElement(Container + "rootfiles",
                new XElement(Container + "rootfile",
                    new XAttribute("full-path", PackageDocument.Path),
                    new XAttribute("media-type", "application/oebps-package+xml")))));

    // Names the printed edition the page numbers come from: the PDF made from the same source by the same build.
    private static string PageSource(EpubMetadata meta) =>
        "Printed briefing (PDF edition) of " + meta.Title + (meta.DateText is { } d ? ", " + d : "");
}

/// <summary>EPUB output options.</summary>
/// <param name="Modified">dcterms:modified and zip entry times (reproducible builds).</param>
/// <param name="PageOfAnchor">Printed page of each anchor id (paragraph, heading), for the nav page-list; empty when no PDF layout ran.</param>
/// <param name="PageBreakSourceProperty">
/// Also name the page source with EPUB Accessibility 1.1's <c>pageBreakSource</c> meta (besides dc:source + source-of).
/// Off by default: EPUBCheck before 5.1 reports the property as undefined (an error).
/// </param>
internal sealed record EpubOptions(DateTimeOffset Modified, IReadOnlyDictionary<string, int> PageOfAnchor, bool PageBreakSourceProperty = false);
