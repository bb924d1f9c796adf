using System.Buffers.Binary;
using Briefing.Model;

namespace Briefing.Layout.Fonts;

/// <summary>
/// The metrics layout needs from a TrueType file: which characters it has (cmap formats 4 and 12), each glyph's
/// advance (hmtx/hhea), units per em (head), vertical metrics (OS/2, falling back to hhea), the strike-through rule
/// (OS/2) and pair kerning (GPOS or 'kern', see <see cref="PairKerning"/>). Immutable and thread-safe once read;
/// obtain instances through <see cref="FontCache"/> so each file is read once per process.
/// </summary>
internal sealed class TrueTypeFont
{
    private readonly ushort[] _bmp;                       // code unit → glyph for U+0000..U+FFFF (0 = missing)
    private readonly Dictionary<int, ushort> _astral;      // code point → glyph above U+FFFF
    private readonly ushort[] _advances;                   // per glyph, font units
    private readonly PairKerning _kerning;
    // Pairs looked up so far (text repeats its pairs; the tables are searched once per pair and process).
    private readonly PairCache _kerns = new();

    private TrueTypeFont(string path, int unitsPerEm, ushort[] bmp, Dictionary<int, ushort> astral, ushort[] advances,
        double ascender, double descender, double capHeight, (double Size, double Position) strikeout, PairKerning kerning)
    {
        _kerning = kerning;
        Path = path;
        UnitsPerEm = unitsPerEm;
        _bmp = bmp;
        _astral = astral;
        _advances = advances;
        Ascender = ascender;
        Descender = descender;
        CapHeight = capHeight;
        (StrikeoutSize, StrikeoutPosition) = strikeout;
    }

    /// <summary>Full path of the file.</summary>
    public string Path { get; }
    /// <summary>Design units per em.</summary>
    public int UnitsPerEm { get; }
    /// <summary>Ascender in em (positive, above the baseline).</summary>
    public double Ascender { get; }
    /// <summary>Descender in em (positive, below the baseline).</summary>
    public double Descender { get; }
    /// <summary>Height of capitals in em.</summary>
    public double CapHeight { get; }
    /// <summary>Thickness of a strike-through rule in em (OS/2 yStrikeoutSize).</summary>
    public double StrikeoutSize { get; }
    /// <summary>Height of a strike-through rule's top above the baseline in em (OS/2 yStrikeoutPosition).</summary>
    public double StrikeoutPosition { get; }

    /// <summary>The glyph for a code point, 0 when the font lacks it.</summary>
    public int Glyph(int codePoint) =>
        codePoint <= 0xFFFF ? _bmp[codePoint] : _astral.TryGetValue(codePoint, out var g) ? g : 0;

    /// <summary>Whether the font has a glyph for the code point.</summary>
    public bool Has(int codePoint) => Glyph(codePoint) != 0;

    /// <summary>Advance of a glyph in em.</summary>
    public double Advance(int glyph) => (double)Units(glyph) / UnitsPerEm;

    /// <summary>Advance of a glyph in thousandths of an em, cut to a whole number as a PDF's width array holds it (and
    /// as PDFsharp writes it): what a viewer moves the pen by after showing the glyph.</summary>
    public int AdvanceThousandths(int glyph) => UnitsPerEm == 1000 ? Units(glyph) : Units(glyph) * 1000 / UnitsPerEm;

    // A glyph id past the table (a damaged font or cmap) takes its last advance.
    private int Units(int glyph) => _advances[glyph < _advances.Length ? glyph : _advances.Length - 1];

    /// <summary>Whether the font kerns any pair.</summary>
    public bool HasKerning => _kerning.Any;

    /// <summary>The kerning between two glyphs set side by side, in em (negative brings them closer).</summary>
    public double Kern(int left, int right)
    {
        if (!_kerning.Any) return 0;
        var key = (left << 16) | (right & 0xFFFF);
        if (_kerns.TryGet(key, out var units)) return (double)units / UnitsPerEm;
        try { units = _kerning.Adjust(left, right); }
        catch (Exception e) when (e is ArgumentOutOfRangeException or IndexOutOfRangeException)
        {
            units = 0; // a damaged kerning table costs the kerning, not the build
        }
        _kerns.Add(key, units);
        return (double)units / UnitsPerEm;
    }

    /// <summary>The tables layout reads: everything but the outlines, which only the PDF stage (embedding) needs.</summary>
    private static readonly string[] Needed = ["head", "hhea", "maxp", "hmtx", "OS/2", "cmap", "GPOS", "kern"];

    /// <summary>Reads a font file; malformed or non-TrueType files are input errors naming the file.</summary>
    public static TrueTypeFont Read(string path)
    {
        try
        {
            using var file = File.OpenHandle(path);
            var (data, tables) = ReadTables(file);
            return Parse(path, data, tables);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, 0, $"cannot read font: {e.Message}", e);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or IndexOutOfRangeException or InvalidDataException)
        {
            throw new InputException(path, 0, $"not a usable TrueType font: {e.Message}", e);
        }
    }

    /// <summary>
    /// The tables layout needs, copied one after another into one array, and where each now starts. Only these are
    /// read: the outlines are most of a font's bytes (a style names eleven files of about 600 KB), and reading them
    /// whole was the largest part of a small build's start-up. Table offsets inside the copy are what the parsers use.
    /// </summary>
    private static (byte[] Data, Dictionary<string, (int Offset, int Length)> Tables) ReadTables(Microsoft.Win32.SafeHandles.SafeFileHandle file)
    {
        var size = RandomAccess.GetLength(file);
        Span<byte> header = stackalloc byte[12];
        ReadExactly(file, header, 0, "the font header");
        var version = U32(header, 0);
        // 0x00010000 or 'true': TrueType outlines, which is what PDFsharp embeds.
        if (version != 0x00010000 && version != 0x74727565)
            throw new InvalidDataException("not a TrueType (glyf) font; OpenType CFF and collections are not supported");
        int count = U16(header, 4);
        var directory = new byte[16 * count];
        ReadExactly(file, directory, 12, "the table directory");

        var found = new List<(string Tag, long Offset, int Length)>();
        for (var i = 0; i < count; i++)
        {
            var tag = System.Text.Encoding.ASCII.GetString(directory, 16 * i, 4);
            if (Array.IndexOf(Needed, tag) < 0) continue;
            long offset = U32(directory, 16 * i + 8), length = U32(directory, 16 * i + 12);
            // A table cut short keeps what the file has: reading past it fails in the table's parser, which makes a
            // damaged kerning table cost only the kerning and a damaged required table name the font.
            found.Add((tag, offset, (int)Math.Clamp(size - offset, 0, length)));
        }
        var data = new byte[found.Sum(t => (long)t.Length)];
        var tables = new Dictionary<string, (int Offset, int Length)>(StringComparer.Ordinal);
        var at = 0;
        foreach (var (tag, offset, length) in found)
        {
            ReadExactly(file, data.AsSpan(at, length), offset, $"the '{tag}' table");
            tables[tag] = (at, length);
            at += length;
        }
        return (data, tables);
    }

    private static void ReadExactly(Microsoft.Win32.SafeHandles.SafeFileHandle file, Span<byte> into, long offset, string what)
    {
        for (var done = 0; done < into.Length;)
        {
            var n = RandomAccess.Read(file, into[done..], offset + done);
            if (n == 0) throw new InvalidDataException($"the file ends inside {what}");
            done += n;
        }
    }

    private static TrueTypeFont Parse(string path, byte[] data, Dictionary<string, (int Offset, int Length)> tables)
    {
        var span = data.AsSpan();
        (int Offset, int Length) Table(string tag) =>
            tables.TryGetValue(tag, out var t) ? t : throw new InvalidDataException($"missing '{tag}' table");

        var head = Table("head").Offset;
        int unitsPerEm = U16(span, head + 18);
        if (unitsPerEm is < 16 or > 16384) throw new InvalidDataException($"unitsPerEm {unitsPerEm}");

        var hhea = Table("hhea").Offset;
        double hheaAscender = S16(span, hhea + 4), hheaDescender = S16(span, hhea + 6);
        int numberOfHMetrics = U16(span, hhea + 34);
        int numGlyphs = U16(span, Table("maxp").Offset + 4);
        if (numberOfHMetrics == 0) throw new InvalidDataException("no horizontal metrics");

        var hmtx = Table("hmtx").Offset;
        var advances = new ushort[Math.Max(numGlyphs, numberOfHMetrics)];
        for (var g = 0; g < advances.Length; g++)
            advances[g] = g < numberOfHMetrics ? U16(span, hmtx + 4 * g) : advances[numberOfHMetrics - 1];

        double ascender = hheaAscender, descender = -hheaDescender, capHeight = 0.7 * unitsPerEm;
        // Without the font's own: a twentieth of an em thick, centred 0.3 em up (about the middle of a usual x-height).
        double strikeSize = 0.05 * unitsPerEm, strikePosition = 0.325 * unitsPerEm;
        if (tables.TryGetValue("OS/2", out var os2))
        {
            int os2Version = U16(span, os2.Offset);
            // usWinAscent/usWinDescent bound every glyph, which is what clipping and link boxes need.
            ascender = U16(span, os2.Offset + 74);
            descender = U16(span, os2.Offset + 76);
            if (os2Version >= 2 && os2.Length >= 90) capHeight = S16(span, os2.Offset + 88);
            if (S16(span, os2.Offset + 26) is > 0 and var size && S16(span, os2.Offset + 28) is > 0 and var position)
                (strikeSize, strikePosition) = (size, position);
        }

        var bmp = new ushort[0x10000];
        var astral = new Dictionary<int, ushort>();
        ReadCmap(span, Table("cmap").Offset, bmp, astral, advances.Length);
        return new TrueTypeFont(path, unitsPerEm, bmp, astral, advances,
            ascender / unitsPerEm, descender / unitsPerEm, capHeight / unitsPerEm,
            (strikeSize / unitsPerEm, strikePosition / unitsPerEm), PairKerning.Read(data, tables));
    }

    private static void ReadCmap(ReadOnlySpan<byte> s, int cmap, ushort[] bmp, Dictionary<int, ushort> astral, int glyphCount)
    {
        int count = U16(s, cmap + 2);
        int format4 = -1, format12 = -1;
        for (var i = 0; i < count; i++)
        {
            var rec = cmap + 4 + 8 * i;
            int platform = U16(s, rec), encoding = U16(s, rec + 2);
            var offset = cmap + (int)U32(s, rec + 4);
            var format = U16(s, offset);
            var unicode = platform == 0 || (platform == 3 && encoding is 1 or 10);
            if (!unicode) continue;
            if (format == 12 && format12 < 0) format12 = offset;
            if (format == 4 && format4 < 0) format4 = offset;
        }
        if (format12 >= 0) ReadFormat12(s, format12, bmp, astral, glyphCount);
        else if (format4 >= 0) ReadFormat4(s, format4, bmp, glyphCount);
        else throw new InvalidDataException("no Unicode cmap (format 4 or 12)");
    }

    private static void ReadFormat4(ReadOnlySpan<byte> s, int t, ushort[] bmp, int glyphCount)
    {
        int segCountX2 = U16(s, t + 6);
        var ends = t + 14;
        var starts = ends + segCountX2 + 2;
        var deltas = starts + segCountX2;
        var rangeOffsets = deltas + segCountX2;
        for (var seg = 0; seg < segCountX2 / 2; seg++)
        {
            int end = U16(s, ends + 2 * seg), start = U16(s, starts + 2 * seg);
            int delta = S16(s, deltas + 2 * seg);
            var roPos = rangeOffsets + 2 * seg;
            int ro = U16(s, roPos);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (ro == 0) glyph = (c + delta) & 0xFFFF;
                else
                {
                    glyph = U16(s, roPos + ro + 2 * (c - start));
                    if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
                }
                if (glyph < glyphCount) bmp[c] = (ushort)glyph;
            }
        }
    }

    private static void ReadFormat12(ReadOnlySpan<byte> s, int t, ushort[] bmp, Dictionary<int, ushort> astral, int glyphCount)
    {
        var groups = (int)U32(s, t + 12);
        for (var i = 0; i < groups; i++)
        {
            var g = t + 16 + 12 * i;
            long start = U32(s, g), end = U32(s, g + 4), glyph = U32(s, g + 8);
            for (var c = start; c <= end && c <= 0x10FFFF; c++, glyph++)
            {
                if (glyph >= glyphCount) break;
                if (c <= 0xFFFF) bmp[c] = (ushort)glyph;
                else astral[(int)c] = (ushort)glyph;
            }
        }
    }

    private static ushort U16(ReadOnlySpan<byte> s, int at) => BinaryPrimitives.ReadUInt16BigEndian(s[at..]);
    private static short S16(ReadOnlySpan<byte> s, int at) => BinaryPrimitives.ReadInt16BigEndian(s[at..]);
    private static uint U32(ReadOnlySpan<byte> s, int at) => BinaryPrimitives.ReadUInt32BigEndian(s[at..]);
}
