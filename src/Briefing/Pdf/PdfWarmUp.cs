using PdfSharp.Pdf;

namespace Briefing.Pdf;

/// <summary>
/// PDFsharp's first use in a process costs a cold build ~25 ms before its first page: each font file is read,
/// parsed and check-summed twice (under PDFsharp's global font lock) and its tagging and document types start up.
/// Started when a build begins, that runs on another core while the text is read and laid out. Once per process;
/// a font that fails here fails again in the build that needs it. PDFsharp keeps one font per internal full name,
/// so fonts of the list that share a name with a different file of the list are left to the build: warming one
/// would make a document that draws only the other fail.
/// </summary>
internal static class PdfWarmUp
{
    private static int _started;

    /// <summary>Warms PDFsharp on the thread pool for these font files (full paths), the first time only.</summary>
    public static void Start(IReadOnlyList<string> fontPaths)
    {
        if (Interlocked.Exchange(ref _started, 1) == 0) _ = Task.Run(() => Warm(fontPaths));
    }

    /// <summary>Makes PDFsharp load these fonts and start its document types; never throws but for lack of memory.</summary>
    public static void Warm(IReadOnlyList<string> fontPaths)
    {
        try
        {
            FontFileResolver.Install();
            foreach (var path in Warmable(fontPaths))
                _ = FontFileResolver.Font(path, 10);
            using var document = new PdfDocument();
            _ = PdfSharp.UniversalAccessibility.UAManager.ForDocument(document);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Only a head start: the build meets the same problem and reports it where it belongs.
        }
    }

    /// <summary>The fonts that share their internal full name with no different file of the list.</summary>
    internal static IReadOnlyList<string> Warmable(IReadOnlyList<string> fontPaths)
    {
        var names = fontPaths.Select(FontFileResolver.FullName).ToArray();
        return [.. fontPaths.Where((path, i) => !fontPaths.Where((other, j) => j != i && names[j] is not null &&
            names[j] == names[i] && !FontFileResolver.SameBytes(path, other)).Any())];
    }
}
