using System.Globalization;
using System.Text;
using Briefing.Styles;

namespace Briefing.Layout.Fonts;

/// <summary>The three type families a style names.</summary>
internal enum Family
{
    /// <summary>Running text.</summary>
    Body,
    /// <summary>Headings, cover, running header and footer.</summary>
    Heading,
    /// <summary>Code.</summary>
    Mono,
}

/// <summary>A piece of text in one face, as it will be drawn.</summary>
/// <param name="Text">The characters.</param>
/// <param name="Face">The face id.</param>
/// <param name="Width">Advance width in points, kerning included.</param>
/// <param name="Pieces">Where kerning splits the text (null when it is drawn as one string).</param>
internal readonly record struct FaceRun(string Text, int Face, double Width, IReadOnlyList<TextPiece>? Pieces)
{
    /// <summary>The run drawn at (<paramref name="x"/>, baseline <paramref name="y"/>), its glyphs widened or narrowed
    /// by <paramref name="scale"/> (font expansion; width and kerning offsets scale with them).</summary>
    public TextItem Item(double size, Rgb colour, double x, double y, double scale = 1) => scale == 1
        ? new(Text, Face, size, colour, x, y, Width, Pieces)
        : new(Text, Face, size, colour, x, y, Width * scale, Pieces?.Select(p => p with { X = p.X * scale }).ToList(), scale);
}

/// <summary>
/// The faces of one layout, numbered (the face id is what <see cref="TextItem.Face"/> holds), and the one place
/// where text is measured and split into runs: characters a face lacks come from the style's fallback fonts, then
/// from any other face of the style; a character no face has becomes '?' and a warning, unless it is invisible or
/// only changes how the emoji before it looks (<see cref="LeftOutWhenMissing"/>): then it is left out.
/// Not thread-safe: one per layout.
/// </summary>
internal sealed class FontBook
{
    // Faces are read when first used: a style names eleven files and a document uses four or five of them (the
    // fallbacks only for characters the others lack), and the file checks were done when the style was loaded.
    private readonly List<string> _paths = [];
    private readonly List<TrueTypeFont?> _faces = [];
    private readonly Dictionary<string, int> _idOfPath = new(StringComparer.Ordinal);
    private readonly Dictionary<(Family, bool, bool), int> _styled = [];
    private readonly int[] _fallbacks;
    private readonly SortedSet<int> _missing = [];

    /// <summary>Numbers the style's faces; each is read when first used, and each file once per process.</summary>
    public FontBook(Style style)
    {
        var fonts = style.Fonts;
        Kerning = style.Kerning;
        Register(Family.Body, fonts.Body, style.FontFolder);
        Register(Family.Heading, fonts.Heading, style.FontFolder);
        Register(Family.Mono, fonts.Mono, style.FontFolder);
        var chain = new List<int>();
        foreach (var file in fonts.Fallback) chain.Add(Add(Path.Combine(style.FontFolder, file)));
        foreach (var family in new[] { Family.Body, Family.Heading, Family.Mono }) chain.Add(Face(family, false, false));
        _fallbacks = [.. chain.Distinct()];
    }

    /// <summary>Full paths of the faces, by id.</summary>
    public IReadOnlyList<string> Paths => _paths.ToList();

    /// <summary>Code points no face could show, so far.</summary>
    public IReadOnlyCollection<int> Missing => _missing;

    /// <summary>The face id for a family and style; missing styles fall back (bold italic → bold → regular).</summary>
    public int Face(Family family, bool bold, bool italic) => _styled[(family, bold, italic)];

    /// <summary>The face with an id.</summary>
    public TrueTypeFont this[int face] => _faces[face] ??= FontCache.Get(_paths[face]);

    /// <summary>Whether text is kerned (the style's <c>kerning</c> switch).</summary>
    public bool Kerning { get; }

    /// <summary>Width in points of text set in a face at a size (fallback faces included), kerned. All measuring
    /// goes through here and <see cref="Runs"/>, which draws exactly what this measures.</summary>
    public double Measure(string text, int face, double size)
    {
        var primary = this[face];
        double em = 0;
        int prevFace = -1, prevGlyph = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var cp = rune.Value;
            int f = face, g = primary.Glyph(cp);
            if (g == 0)
            {
                (f, var c) = Resolve(cp, face);
                if (c < 0) continue; // left out when no face has it (Runs drops it too)
                g = this[f].Glyph(c);
            }
            var font = this[f];
            em += font.Advance(g);
            if (Kerning && cp != ' ' && f == prevFace) em += font.Kern(prevGlyph, g);
            (prevFace, prevGlyph) = cp == ' ' ? (-1, 0) : (f, g);
        }
        return em * size;
    }

    /// <summary>The kerning in points between the last character of <paramref name="left"/> and the first of
    /// <paramref name="right"/> when they are set side by side: what joining two separately measured pieces of a
    /// word adds to the sum of their widths.</summary>
    public double Join(string left, string right, int face, double size)
    {
        if (!Kerning || left.Length == 0 || right.Length == 0) return 0;
        // The characters that meet are the last drawn one of the left and the first drawn one of the right: one left
        // out (LeftOutWhenMissing) is dropped from both sides' runs. Unpaired surrogates decode to U+FFFD, as
        // EnumerateRunes reads them elsewhere.
        int fa = -1, ca = -1, fb = -1, cb = -1;
        for (var end = left.Length; end > 0 && ca < 0;)
        {
            Rune.DecodeLastFromUtf16(left.AsSpan(0, end), out var last, out var consumed);
            if (last.Value == ' ') return 0;
            (fa, ca) = Resolve(last.Value, face);
            end -= consumed;
        }
        for (var start = 0; start < right.Length && cb < 0;)
        {
            Rune.DecodeFromUtf16(right.AsSpan(start), out var first, out var consumed);
            if (first.Value == ' ') return 0;
            (fb, cb) = Resolve(first.Value, face);
            start += consumed;
        }
        if (ca < 0 || cb < 0 || fa != fb) return 0;
        var font = this[fa];
        return font.Kern(font.Glyph(ca), font.Glyph(cb)) * size;
    }

    /// <summary>The text split into runs of one face each, with '?' for characters no face has, less those left out
    /// (<see cref="LeftOutWhenMissing"/>); a kerned run says where its pieces start (see <see cref="TextPiece"/>).</summary>
    public IReadOnlyList<FaceRun> Runs(string text, int face, double size)
    {
        var primary = this[face];
        var allPrimary = true;
        foreach (var rune in text.EnumerateRunes())
            if (!primary.Has(rune.Value)) { allPrimary = false; break; }
        if (allPrimary) return [Run(text, face, size)];

        var runs = new List<FaceRun>();
        var sb = new StringBuilder();
        var current = -1;
        void Flush()
        {
            if (sb.Length == 0) return;
            runs.Add(Run(sb.ToString(), current, size));
            sb.Clear();
        }
        foreach (var rune in text.EnumerateRunes())
        {
            var (f, cp) = Resolve(rune.Value, face);
            if (cp < 0) continue;
            if (f != current) Flush();
            current = f;
            sb.Append(char.ConvertFromUtf32(cp));
        }
        Flush();
        return runs.Count > 0 ? runs : [Run("", face, size)];
    }

    /// <summary>Text the face has every character of, measured and split where it is kerned.</summary>
    private FaceRun Run(string text, int face, double size)
    {
        var font = this[face];
        double em = 0;
        List<TextPiece>? pieces = null;
        var previous = -1; // the glyph before, or -1 after a space
        for (var i = 0; i < text.Length;)
        {
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed); // unpaired surrogates read as U+FFFD
            var g = font.Glyph(rune.Value);
            var space = rune.Value == ' ';
            if (Kerning && previous >= 0 && !space && font.Kern(previous, g) is var k && k != 0)
            {
                em += k;
                pieces ??= [new TextPiece(0, 0)];
                pieces.Add(new TextPiece(i, em * size));
            }
            em += font.Advance(g);
            previous = space ? -1 : g;
            i += consumed;
        }
        return new FaceRun(text, face, em * size, pieces);
    }

    /// <summary>Whether none of the text would be drawn: every character is left out (a "word" that is only a
    /// variation selector), so a line should not give it a place between two spaces.</summary>
    public bool DrawsNothing(string text, int face)
    {
        foreach (var rune in text.EnumerateRunes())
            if (!LeftOutWhenMissing(rune.Value) || Resolve(rune.Value, face).CodePoint >= 0) return false;
        return true;
    }

    /// <summary>The face and code point that will show <paramref name="cp"/>; code point -1 when nothing is to be
    /// drawn (no face has it and it is left out: <see cref="LeftOutWhenMissing"/>).</summary>
    private (int Face, int CodePoint) Resolve(int cp, int face)
    {
        if (this[face].Has(cp)) return (face, cp);
        foreach (var f in _fallbacks)
            if (this[f].Has(cp)) return (f, cp);
        if (LeftOutWhenMissing(cp)) return (face, -1);
        _missing.Add(cp);
        return (face, '?');
    }

    /// <summary>Characters left out, not replaced by '?', when no face has them: the default-ignorable ones, and the
    /// five skin-tone modifiers (U+1F3FB–U+1F3FF), which a black-and-white emoji font cannot show: the emoji before
    /// one ("👍🏽") is drawn in its own shape, as such fonts draw it.</summary>
    internal static bool LeftOutWhenMissing(int cp) => IsDefaultIgnorable(cp) || cp is >= 0x1F3FB and <= 0x1F3FF;

    /// <summary>
    /// Unicode's default-ignorable code points (DerivedCoreProperties.txt), which a renderer without a glyph for them
    /// shows as nothing: variation selectors (the emoji presentation selector U+FE0F follows many symbols in web text,
    /// "❤️"), joiners and direction marks, fillers, tag characters. The soft hyphen is the line breaker's, not this.
    /// </summary>
    internal static bool IsDefaultIgnorable(int cp) => cp switch
    {
        0x034F or 0x061C or 0x115F or 0x1160 or 0x17B4 or 0x17B5 or 0x3164 or 0xFEFF or 0xFFA0 => true,
        >= 0x180B and <= 0x180F => true,
        >= 0x200B and <= 0x200F => true,
        >= 0x202A and <= 0x202E => true,
        >= 0x2060 and <= 0x206F => true,
        >= 0xFE00 and <= 0xFE0F => true,
        >= 0xFFF0 and <= 0xFFF8 => true,
        >= 0x1BCA0 and <= 0x1BCA3 => true,
        >= 0x1D173 and <= 0x1D17A => true,
        >= 0xE0000 and <= 0xE0FFF => true,
        _ => false,
    };

    private void Register(Family family, FontFaces faces, string folder)
    {
        int Id(string? file) => string.IsNullOrWhiteSpace(file) ? -1 : Add(Path.Combine(folder, file));
        var regular = Id(faces.Regular);
        var bold = Id(faces.Bold);
        var italic = Id(faces.Italic);
        var boldItalic = Id(faces.BoldItalic);
        if (bold < 0) bold = regular;
        if (italic < 0) italic = regular;
        if (boldItalic < 0) boldItalic = bold != regular ? bold : italic;
        _styled[(family, false, false)] = regular;
        _styled[(family, true, false)] = bold;
        _styled[(family, false, true)] = italic;
        _styled[(family, true, true)] = boldItalic;
    }

    private int Add(string path)
    {
        var full = Path.GetFullPath(path);
        if (_idOfPath.TryGetValue(full, out var id)) return id;
        _paths.Add(full);
        _faces.Add(null);
        _idOfPath[full] = _faces.Count - 1;
        return _faces.Count - 1;
    }

    /// <summary>Text made drawable: whitespace becomes plain spaces (no-break spaces stay), controls and invisible
    /// format characters other than the soft hyphen are dropped.</summary>
    public static string Clean(string text)
    {
        var clean = true;
        foreach (var c in text)
            if (NeedsCleaning(c)) { clean = false; break; }
        if (clean) return text;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!NeedsCleaning(c)) sb.Append(c);
            else if (IsSpace(c)) sb.Append(' ');
        }
        return sb.ToString();
    }

    // Noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF) are never text; the EPUB drops them too.
    private static bool NeedsCleaning(char c) =>
        c < ' ' || (c >= '\u007F' && c <= '\u009F') || (c != ' ' && IsSpace(c)) || c is '\uFFFE' or '\uFFFF' or (>= '\uFDD0' and <= '\uFDEF')
        || (c != '\u00AD' && !char.IsSurrogate(c) && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format);

    private static bool IsSpace(char c) =>
        c is '\t' or '\n' or '\r' or '\f' or '\v' || (char.IsWhiteSpace(c) && c is not ('\u00A0' or '\u202F' or '\u2007'));
}
