using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Briefing.Pdf;

/// <summary>
/// PDFsharp's font resolver over font files named by full path: the family name PDFsharp is given is
/// <see cref="Prefix"/> + the path, so faces from different style folders never mix. Installed once per process
/// (PDFsharp's font settings are global); thread-safe; each file is read once.
/// </summary>
internal sealed class FontFileResolver : IFontResolver
{
    /// <summary>Marks family names this resolver owns.</summary>
    public const string Prefix = "briefing-font:";

    private static readonly FontFileResolver Instance = new();
    private static readonly object Gate = new();
    private static bool _installed;
    private readonly ConcurrentDictionary<string, Lazy<byte[]>> _bytes = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Makes PDFsharp ask this resolver for fonts, with ToUnicode maps for all text (Identity-H).</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (_installed) return;
            if (GlobalFontSettings.FontResolver is null) GlobalFontSettings.FontResolver = Instance;
            else if (!ReferenceEquals(GlobalFontSettings.FontResolver, Instance))
            {
                // Someone else owns the main resolver; ours answers for our family names as the fallback.
                if (GlobalFontSettings.FallbackFontResolver is null) GlobalFontSettings.FallbackFontResolver = Instance;
                else if (!ReferenceEquals(GlobalFontSettings.FallbackFontResolver, Instance))
                    throw new InvalidOperationException("PDFsharp already has a font resolver and a fallback resolver that are not Briefing's");
            }
            GlobalFontSettings.DefaultFontEncoding = PdfSharp.Pdf.PdfFontEncoding.Unicode;
            _installed = true;
        }
    }

    /// <summary>The family name under which PDFsharp finds a font file.</summary>
    public static string FamilyName(string fullPath) => Prefix + fullPath;

    /// <summary>PDFsharp's font for a file, as every drawing and the warm-up ask for it (one cache entry per file).</summary>
    public static PdfSharp.Drawing.XFont Font(string fullPath, double size) =>
        new(FamilyName(fullPath), size, PdfSharp.Drawing.XFontStyleEx.Regular,
            new PdfSharp.Drawing.XPdfFontOptions(PdfSharp.Pdf.PdfFontEncoding.Unicode));

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        familyName.StartsWith(Prefix, StringComparison.Ordinal) && File.Exists(familyName[Prefix.Length..])
            ? new FontResolverInfo(familyName)
            : null;

    /// <inheritdoc />
    public byte[]? GetFont(string faceName)
    {
        if (!faceName.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)) return null;
        var path = faceName[Prefix.Length..];
        return _bytes.GetOrAdd(path, p => new Lazy<byte[]>(() => File.ReadAllBytes(p))).Value;
    }
}
