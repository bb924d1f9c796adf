using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Briefing.Pdf;

/// <summary>
/// PDFsharp's font resolver over font files named by full path: the family name PDFsharp is given is
/// <see cref="Prefix"/> + the path, so faces from different style folders never mix. Installed once per process
/// (PDFsharp's font settings are global); thread-safe; each file is read once. PDFsharp also keeps one font per
/// internal full name for the whole process and fails obscurely on a second, different file of that name (two styles
/// in one batch with different versions of a font): <see cref="Font"/> makes that an input error naming both files.
/// </summary>
internal sealed class FontFileResolver : IFontResolver
{
    /// <summary>Marks family names this resolver owns.</summary>
    public const string Prefix = "briefing-font:";

    private static readonly FontFileResolver Instance = new();
    private static readonly object Gate = new();
    private static bool _installed;
    private readonly ConcurrentDictionary<string, Lazy<byte[]>> _bytes = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, string> _fileByFullName = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _claimed = new(StringComparer.OrdinalIgnoreCase);

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
    public static PdfSharp.Drawing.XFont Font(string fullPath, double size)
    {
        Instance.Claim(fullPath);
        return new(FamilyName(fullPath), size, PdfSharp.Drawing.XFontStyleEx.Regular,
            new PdfSharp.Drawing.XPdfFontOptions(PdfSharp.Pdf.PdfFontEncoding.Unicode));
    }

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        familyName.StartsWith(Prefix, StringComparison.Ordinal) && File.Exists(familyName[Prefix.Length..])
            ? new FontResolverInfo(familyName)
            : null;

    /// <inheritdoc />
    public byte[]? GetFont(string faceName)
    {
        if (!faceName.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)) return null;
        return Bytes(faceName[Prefix.Length..]);
    }

    /// <summary>Takes the file's internal full name for it, or throws when a different file has it. Checked before
    /// PDFsharp sees the file: it swallows a resolver's exceptions and is left broken for that name.</summary>
    private void Claim(string path)
    {
        if (_claimed.ContainsKey(path)) return;
        var bytes = Bytes(path);
        if (FontFullName.Read(bytes) is { } name)
        {
            var holder = _fileByFullName.GetOrAdd(name, path);
            if (!string.Equals(holder, path, StringComparison.OrdinalIgnoreCase) && !Bytes(holder).AsSpan().SequenceEqual(bytes))
                throw new InputException(path, 0,
                    $"this font's internal name '{name}' is also that of {holder}, a different file already used in this run; " +
                    "the PDF library keeps one font per name: use the same file in both places, or build them in separate runs");
        }
        _claimed.TryAdd(path, true);
    }

    /// <summary>The internal full name of a font file (null when it has none), read through the same cache.</summary>
    public static string? FullName(string fullPath) => FontFullName.Read(Instance.Bytes(fullPath));

    /// <summary>A font file's bytes, read once per process.</summary>
    public static byte[] FileBytes(string fullPath) => Instance.Bytes(fullPath);

    /// <summary>Whether two font files hold the same bytes.</summary>
    public static bool SameBytes(string fullPath, string otherPath) => Instance.Bytes(fullPath).AsSpan().SequenceEqual(Instance.Bytes(otherPath));

    private byte[] Bytes(string path) => _bytes.GetOrAdd(path, p => new Lazy<byte[]>(() => File.ReadAllBytes(p))).Value;
}
