using Briefing.Layout;
using PdfSharp.Pdf;

namespace Briefing.Pdf;

/// <summary>
/// Draws laid-out pages as a tagged PDF through PDFsharp: structure tree, artifacts for page furniture, bookmarks,
/// named destinations, links, document metadata and language. Thread-safe: documents may be written in parallel.
/// Output is reproducible: the same layout and timestamp give the same bytes.
/// </summary>
internal static class PdfWriter
{
    /// <summary>Written as the Info dictionary's Creator.</summary>
    public const string Creator = "Briefing";

    // PDFsharp saves into a growing stream: a plain MemoryStream doubled its array into the large-object heap
    // several times per build (~1.5 MB), whose budget then forced full collections in a batch. Pooled blocks are
    // reused from one build to the next.
    private static readonly Microsoft.IO.RecyclableMemoryStreamManager Buffers = new();

    /// <summary>Writes the PDF and returns the file's bytes.</summary>
    public static byte[] Write(LaidOutDocument layout, PdfOptions options)
    {
        FontFileResolver.Install();
        var time = options.Timestamp.UtcDateTime;
        using var document = new PdfDocument();
        // Tagging must be set up before the first page (PDFsharp cannot tag pages that already exist).
        _ = PdfSharp.UniversalAccessibility.UAManager.ForDocument(document);
        // Content streams are compressed by ContentCompression, which writes complete zlib streams.
        document.Options.CompressContentStreams = false;
        // Font programs too (NoCompression touches nothing else in 6.2.4): FlateStreamRepair deflates each once, after
        // completing its glyph closure, where PDFsharp's would be inflated, and its missing checksum added, first.
        document.Options.NoCompression = true;
        SetInfo(document, layout.Info, time);

        var renderer = new PageRenderer(document, layout.Fonts, time);
        var parentTree = new ParentTreeParking(document);
        foreach (var page in layout.Pages)
        {
            parentTree.Park();
            renderer.Render(page);
        }
        renderer.Close();
        parentTree.Restore();

        Navigation.Add(document, layout);
        var cores = new ParallelOptions { MaxDegreeOfParallelism = options.SingleCore ? 1 : -1 };
        ContentCompression.Apply(document, cores);
        var seed = Reproducible.Seed(layout, options.Timestamp);
        Reproducible.SetFileId(document, seed);

        byte[] bytes;
        using (var buffer = Buffers.GetStream("pdf"))
        {
            document.Save(buffer, false);
            bytes = buffer.ToArray();
        }
        Reproducible.Patch(bytes, seed);
        ToUnicodeRepair.Apply(bytes);
        // Only the faces drawn with: PDFsharp embedded no others, and their bytes are read already.
        var originals = GlyphClosure.Originals(UsedFaces(layout).Select(f => layout.Fonts[f]).Distinct(StringComparer.Ordinal).Select(FontFileResolver.FileBytes));
        return FlateStreamRepair.Apply(bytes, program => GlyphClosure.Complete(program, originals), cores);
    }

    private static HashSet<int> UsedFaces(LaidOutDocument layout)
    {
        var faces = new HashSet<int>();
        foreach (var page in layout.Pages)
            foreach (var item in page.Items)
                if (item is TextItem t) faces.Add(t.Face);
        return faces;
    }

    private static void SetInfo(PdfDocument document, DocumentInfo info, DateTime time)
    {
        document.Info.Title = MetadataText.Clean(info.Title);
        document.Info.Author = MetadataText.Clean(info.Author);
        document.Info.Subject = MetadataText.Clean(info.Subject);
        document.Info.Keywords = MetadataText.Clean(info.Keywords);
        document.Info.Creator = Creator;
        document.Info.CreationDate = time;
        document.Info.ModificationDate = time;
        document.Language = string.IsNullOrWhiteSpace(info.Language) ? "en" : info.Language;
        document.PageMode = PdfPageMode.UseOutlines;
        document.ViewerPreferences.DisplayDocTitle = true;
    }
}

/// <summary>PDF output options.</summary>
/// <param name="Timestamp">Creation/modification time written into the file (reproducible builds).</param>
/// <param name="SingleCore">Compress on the calling thread alone (a batch already gives every core a build).</param>
internal sealed record PdfOptions(DateTimeOffset Timestamp, bool SingleCore = false);
