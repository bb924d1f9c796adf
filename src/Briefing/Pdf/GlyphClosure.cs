using System.Buffers.Binary;

namespace Briefing.Pdf;

/// <summary>
/// PDFsharp 6.2.4 subsets a TrueType font with the glyphs drawn and the components of those that are composite, but
/// not the components' own components. Noto builds most accented letters of its mono face, and "½" in its serif, from
/// parts that are composites in turn ("ü" = "u" + a combining diaeresis made of a dot glyph), so the PDF printed
/// "Munchen" and "/" with nothing to say so. After saving, each embedded font program is matched to the document's
/// font file it was cut from (same glyph count and metrics), and any glyph of its composite closure that the subset
/// left empty is copied from that file, glyph ids unchanged (the text addresses glyphs by id, Identity-H).
/// </summary>
internal static class GlyphClosure
{
    private const ushort MoreComponents = 0x20, ArgsAreWords = 0x01, HaveScale = 0x08, HaveXYScale = 0x40, HaveTwoByTwo = 0x80;

    private static readonly string[] Needed = ["glyf", "loca", "head", "maxp", "hmtx"];

    /// <summary>The font files a subset may have been cut from, read once per document (<see cref="Complete(byte[], IReadOnlyList{Sfnt})"/>
    /// is asked for each of its font programs).</summary>
    public static IReadOnlyList<Sfnt> Originals(IEnumerable<byte[]> files) =>
        [.. files.Select(Sfnt.Read).OfType<Sfnt>().Where(f => f.Has(Needed))];

    /// <summary>The font program with its closure completed, or null when nothing was missing or it matches none of
    /// <paramref name="originals"/>.</summary>
    public static byte[]? Complete(byte[] subset, IReadOnlyList<Sfnt> originals)
    {
        if (Sfnt.Read(subset) is not { } sub || !sub.Has(Needed)) return null;
        foreach (var original in originals)
            if (SameFace(sub, original)) return Complete(sub, original);
        return null;
    }

    /// <summary>A subset keeps its font's glyph count, units per em and horizontal metrics byte for byte.</summary>
    private static bool SameFace(Sfnt sub, Sfnt original) =>
        sub.NumGlyphs == original.NumGlyphs
        && sub.Table("head").Slice(18, 2).SequenceEqual(original.Table("head").Slice(18, 2))
        && sub.Table("hmtx").SequenceEqual(original.Table("hmtx"));

    private static byte[]? Complete(Sfnt sub, Sfnt original)
    {
        var n = sub.NumGlyphs;
        var have = new bool[n];
        var work = new Stack<int>();
        for (var g = 0; g < n; g++)
            if (sub.GlyphLength(g) > 0) { have[g] = true; work.Push(g); }
        var added = new List<int>();
        while (work.Count > 0)
            foreach (var part in Components(original, work.Pop()))
                if (part < n && !have[part] && original.GlyphLength(part) > 0)
                {
                    have[part] = true;
                    added.Add(part);
                    work.Push(part);
                }
        if (added.Count == 0) return null;

        var fromOriginal = new bool[n];
        foreach (var g in added) fromOriginal[g] = true;
        var shortLoca = sub.ShortLoca;
        var glyf = new MemoryStream();
        var loca = new byte[(n + 1) * (shortLoca ? 2 : 4)];
        for (var g = 0; g <= n; g++)
        {
            var offset = (int)glyf.Length;
            if (shortLoca) BinaryPrimitives.WriteUInt16BigEndian(loca.AsSpan(2 * g), (ushort)(offset / 2));
            else BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(4 * g), (uint)offset);
            if (g == n) break;
            var data = fromOriginal[g] ? original.Glyph(g) : sub.Glyph(g);
            glyf.Write(data);
            if (data.Length % 2 == 1) glyf.WriteByte(0);   // short offsets count words
        }
        return sub.With(new Dictionary<string, byte[]>(StringComparer.Ordinal) { ["glyf"] = glyf.ToArray(), ["loca"] = loca });
    }

    /// <summary>The glyphs a composite glyph is made of (none for a simple or empty glyph).</summary>
    private static List<int> Components(Sfnt font, int glyph)
    {
        var parts = new List<int>();
        var data = font.Glyph(glyph);
        if (data.Length < 10 || BinaryPrimitives.ReadInt16BigEndian(data) >= 0) return parts;
        for (var at = 10; at + 4 <= data.Length;)
        {
            var flags = BinaryPrimitives.ReadUInt16BigEndian(data[at..]);
            parts.Add(BinaryPrimitives.ReadUInt16BigEndian(data[(at + 2)..]));
            at += 4 + ((flags & ArgsAreWords) != 0 ? 4 : 2);
            if ((flags & HaveScale) != 0) at += 2;
            else if ((flags & HaveXYScale) != 0) at += 4;
            else if ((flags & HaveTwoByTwo) != 0) at += 8;
            if ((flags & MoreComponents) == 0) break;
        }
        return parts;
    }
}
