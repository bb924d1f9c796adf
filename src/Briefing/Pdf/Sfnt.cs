using System.Buffers.Binary;

namespace Briefing.Pdf;

/// <summary>
/// A TrueType font file as its tables (the sfnt container): enough to read glyphs through loca and to write the file
/// again with some tables replaced, offsets, checksums and head's checkSumAdjustment recomputed.
/// </summary>
internal sealed class Sfnt
{
    private readonly byte[] _data;
    private readonly List<(string Tag, int Offset, int Length)> _directory;
    private readonly int[] _loca = [];

    private Sfnt(byte[] data, List<(string Tag, int Offset, int Length)> directory)
    {
        _data = data;
        _directory = directory;
        if (!Has("head", "maxp", "loca")) return;
        NumGlyphs = BinaryPrimitives.ReadUInt16BigEndian(Table("maxp")[4..]);
        ShortLoca = BinaryPrimitives.ReadInt16BigEndian(Table("head")[50..]) == 0;
        var loca = Table("loca");
        if (loca.Length < (NumGlyphs + 1) * (ShortLoca ? 2 : 4)) return;
        _loca = new int[NumGlyphs + 1];
        for (var g = 0; g <= NumGlyphs; g++)
            _loca[g] = ShortLoca ? 2 * BinaryPrimitives.ReadUInt16BigEndian(loca[(2 * g)..]) : (int)BinaryPrimitives.ReadUInt32BigEndian(loca[(4 * g)..]);
    }

    /// <summary>maxp's glyph count.</summary>
    public int NumGlyphs { get; }

    /// <summary>Whether loca holds 16-bit offsets (in words).</summary>
    public bool ShortLoca { get; }

    /// <summary>The tables of a TrueType file, or null when it is not one (or a table lies outside it).</summary>
    public static Sfnt? Read(byte[] data)
    {
        if (data.Length < 12 || BinaryPrimitives.ReadUInt32BigEndian(data) != 0x00010000) return null;
        var count = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(4));
        if (12 + 16 * count > data.Length) return null;
        var directory = new List<(string, int, int)>(count);
        for (var i = 0; i < count; i++)
        {
            var entry = data.AsSpan(12 + 16 * i);
            var tag = System.Text.Encoding.ASCII.GetString(entry[..4]);
            var offset = BinaryPrimitives.ReadUInt32BigEndian(entry[8..]);
            var length = BinaryPrimitives.ReadUInt32BigEndian(entry[12..]);
            if (offset + length > (ulong)data.Length) return null;
            directory.Add((tag, (int)offset, (int)length));
        }
        return new Sfnt(data, directory);
    }

    /// <summary>Whether every one of the tables is there.</summary>
    public bool Has(params string[] tags) => tags.All(t => _directory.Any(d => d.Tag == t));

    /// <summary>A table's bytes (empty when it is missing).</summary>
    public ReadOnlySpan<byte> Table(string tag)
    {
        foreach (var (t, offset, length) in _directory)
            if (t == tag) return _data.AsSpan(offset, length);
        return [];
    }

    /// <summary>The length of a glyph's outline data (0 for an empty glyph or one cut from a subset).</summary>
    public int GlyphLength(int glyph) => glyph + 1 < _loca.Length ? Math.Max(0, _loca[glyph + 1] - _loca[glyph]) : 0;

    /// <summary>A glyph's outline data.</summary>
    public ReadOnlySpan<byte> Glyph(int glyph)
    {
        var glyf = Table("glyf");
        var length = GlyphLength(glyph);
        return length == 0 || _loca[glyph] + length > glyf.Length ? [] : glyf.Slice(_loca[glyph], length);
    }

    /// <summary>The file again, in the same table order, with <paramref name="replaced"/> tables instead of its own.</summary>
    public byte[] With(IReadOnlyDictionary<string, byte[]> replaced)
    {
        var tables = _directory.Select(d => (d.Tag, Data: replaced.TryGetValue(d.Tag, out var r) ? r : Table(d.Tag).ToArray())).ToList();
        var header = 12 + 16 * tables.Count;
        var output = new byte[header + tables.Sum(t => (t.Data.Length + 3) & ~3)];
        _data.AsSpan(0, 12).CopyTo(output);
        var at = header;
        var headAt = -1;
        for (var i = 0; i < tables.Count; i++)
        {
            var (tag, data) = tables[i];
            data.CopyTo(output, at);
            if (tag == "head")
            {
                headAt = at;
                BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(at + 8), 0);   // checkSumAdjustment counts as 0
            }
            var entry = output.AsSpan(12 + 16 * i);
            System.Text.Encoding.ASCII.GetBytes(tag, entry);
            BinaryPrimitives.WriteUInt32BigEndian(entry[4..], Checksum(output.AsSpan(at, (data.Length + 3) & ~3)));
            BinaryPrimitives.WriteUInt32BigEndian(entry[8..], (uint)at);
            BinaryPrimitives.WriteUInt32BigEndian(entry[12..], (uint)data.Length);
            at += (data.Length + 3) & ~3;
        }
        if (headAt >= 0) BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(headAt + 8), 0xB1B0AFBA - Checksum(output));
        return output;
    }

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        for (var i = 0; i + 4 <= data.Length; i += 4) sum += BinaryPrimitives.ReadUInt32BigEndian(data[i..]);
        return sum;
    }
}
