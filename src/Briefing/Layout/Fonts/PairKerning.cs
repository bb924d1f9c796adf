using System.Buffers.Binary;

namespace Briefing.Layout.Fonts;

/// <summary>
/// Pair kerning of one font: the horizontal advance adjustment of the first glyph of a pair, from the GPOS 'kern'
/// feature (pair adjustment lookups, type 2, formats 1 and 2, also when wrapped in extension lookups, type 9) of the
/// 'latn' script, else 'DFLT', else the first script; a font without GPOS kerning falls back to the legacy 'kern'
/// table (format 0). Only the first glyph's XAdvance is used, which is how Latin fonts kern; placement adjustments
/// of the second glyph and lookup flags (mark skipping) are ignored, since running text is kerned pair by pair.
/// The tables are read in place on each query (the font's bytes stay in memory), so loading costs nearly nothing.
/// Immutable and thread-safe.
/// </summary>
internal sealed class PairKerning
{
    /// <summary>No kerning.</summary>
    public static readonly PairKerning None = new([], [], -1);

    private readonly byte[] _data;
    private readonly int[][] _lookups;   // per kern lookup, the offsets of its PairPos subtables
    private readonly int _legacy;        // offset of a 'kern' format 0 subtable, or -1

    private PairKerning(byte[] data, int[][] lookups, int legacy)
    {
        _data = data;
        _lookups = lookups;
        _legacy = legacy;
    }

    /// <summary>Whether the font has any pair kerning.</summary>
    public bool Any => _lookups.Length > 0 || _legacy >= 0;

    /// <summary>The adjustment in font units between two glyphs set side by side (negative brings them closer).</summary>
    public int Adjust(int left, int right)
    {
        if (_lookups.Length == 0) return _legacy >= 0 ? Legacy(left, right) : 0;
        var s = (ReadOnlySpan<byte>)_data;
        var total = 0;
        foreach (var lookup in _lookups)
            foreach (var sub in lookup)
                if (PairPos(s, sub, left, right, out var value))
                {
                    total += value;
                    break; // the first subtable that applies ends the lookup
                }
        return total;
    }

    /// <summary>Reads the kerning of a font whose table directory is <paramref name="tables"/>; damaged kerning
    /// tables give no kerning rather than an unusable font.</summary>
    public static PairKerning Read(byte[] data, IReadOnlyDictionary<string, (int Offset, int Length)> tables)
    {
        try { return ReadTables(data, tables); }
        catch (Exception e) when (e is ArgumentOutOfRangeException or IndexOutOfRangeException)
        {
            return None;
        }
    }

    private static PairKerning ReadTables(byte[] data, IReadOnlyDictionary<string, (int Offset, int Length)> tables)
    {
        var s = (ReadOnlySpan<byte>)data;
        if (tables.TryGetValue("GPOS", out var gpos))
        {
            var lookups = KernLookups(s, gpos.Offset);
            if (lookups.Length > 0) return new PairKerning(data, lookups, -1);
        }
        if (tables.TryGetValue("kern", out var kern) && LegacySubtable(s, kern.Offset) is var legacy and >= 0)
            return new PairKerning(data, [], legacy);
        return None;
    }

    private static int[][] KernLookups(ReadOnlySpan<byte> s, int gpos)
    {
        int scriptList = gpos + U16(s, gpos + 4), featureList = gpos + U16(s, gpos + 6), lookupList = gpos + U16(s, gpos + 8);
        var langSys = DefaultLangSys(s, scriptList);
        if (langSys < 0) return [];
        int featureCount = U16(s, featureList);
        var lookupIndexes = new SortedSet<int>();
        int required = U16(s, langSys + 2), count = U16(s, langSys + 4);
        for (var i = -1; i < count; i++)
        {
            var feature = i < 0 ? required : U16(s, langSys + 6 + 2 * i);
            if (feature == 0xFFFF || feature >= featureCount) continue;
            var rec = featureList + 2 + 6 * feature;
            if (s[rec] != 'k' || s[rec + 1] != 'e' || s[rec + 2] != 'r' || s[rec + 3] != 'n') continue;
            var table = featureList + U16(s, rec + 4);
            int n = U16(s, table + 2);
            for (var k = 0; k < n; k++) lookupIndexes.Add(U16(s, table + 4 + 2 * k));
        }
        int lookupCount = U16(s, lookupList);
        var result = new List<int[]>();
        foreach (var index in lookupIndexes) // lookups apply in lookup-list order
        {
            if (index >= lookupCount) continue;
            var lookup = lookupList + U16(s, lookupList + 2 + 2 * index);
            int type = U16(s, lookup), subCount = U16(s, lookup + 4);
            var subs = new List<int>();
            for (var k = 0; k < subCount; k++)
            {
                var sub = lookup + U16(s, lookup + 6 + 2 * k);
                var subType = type;
                if (type == 9 && U16(s, sub) == 1)
                {
                    subType = U16(s, sub + 2);
                    sub += (int)BinaryPrimitives.ReadUInt32BigEndian(s[(sub + 4)..]);
                }
                if (subType == 2 && U16(s, sub) is 1 or 2) subs.Add(sub);
            }
            if (subs.Count > 0) result.Add([.. subs]);
        }
        return [.. result];
    }

    /// <summary>The default language system of the 'latn' script, else 'DFLT', else the first script; -1 if none.</summary>
    private static int DefaultLangSys(ReadOnlySpan<byte> s, int scriptList)
    {
        int count = U16(s, scriptList);
        int latn = -1, dflt = -1, first = -1;
        for (var i = 0; i < count; i++)
        {
            var rec = scriptList + 2 + 6 * i;
            var script = scriptList + U16(s, rec + 4);
            var offset = U16(s, script);
            if (offset == 0) continue;
            var langSys = script + offset;
            var tag = System.Text.Encoding.ASCII.GetString(s.Slice(rec, 4));
            if (tag == "latn") latn = langSys;
            else if (tag == "DFLT") dflt = langSys;
            if (first < 0) first = langSys;
        }
        return latn >= 0 ? latn : dflt >= 0 ? dflt : first;
    }

    private static bool PairPos(ReadOnlySpan<byte> s, int sub, int left, int right, out int value)
    {
        value = 0;
        int format = U16(s, sub);
        var coverageIndex = Coverage(s, sub + U16(s, sub + 2), left);
        if (coverageIndex < 0) return false;
        int format1 = U16(s, sub + 4), format2 = U16(s, sub + 6);
        var size1 = 2 * System.Numerics.BitOperations.PopCount((uint)format1 & 0xFF);
        var size2 = 2 * System.Numerics.BitOperations.PopCount((uint)format2 & 0xFF);
        if (format == 1)
        {
            if (coverageIndex >= U16(s, sub + 8)) return false;
            var set = sub + U16(s, sub + 10 + 2 * coverageIndex);
            int n = U16(s, set), record = 2 + size1 + size2;
            int lo = 0, hi = n - 1;
            while (lo <= hi)
            {
                var mid = (lo + hi) >> 1;
                var at = set + 2 + mid * record;
                int second = U16(s, at);
                if (second == right)
                {
                    value = XAdvance(s, at + 2, format1);
                    return true;
                }
                if (second < right) lo = mid + 1; else hi = mid - 1;
            }
            return false;
        }
        var class1 = ClassOf(s, sub + U16(s, sub + 8), left);
        var class2 = ClassOf(s, sub + U16(s, sub + 10), right);
        int class1Count = U16(s, sub + 12), class2Count = U16(s, sub + 14);
        if (class1 >= class1Count || class2 >= class2Count) return false;
        value = XAdvance(s, sub + 16 + (class1 * class2Count + class2) * (size1 + size2), format1);
        return true;
    }

    /// <summary>The XAdvance field of a value record (0 when the format has none).</summary>
    private static int XAdvance(ReadOnlySpan<byte> s, int record, int format) =>
        (format & 4) == 0 ? 0 : S16(s, record + 2 * System.Numerics.BitOperations.PopCount((uint)format & 3));

    private static int Coverage(ReadOnlySpan<byte> s, int table, int glyph)
    {
        int format = U16(s, table), n = U16(s, table + 2);
        int lo = 0, hi = n - 1;
        if (format == 1)
        {
            while (lo <= hi)
            {
                var mid = (lo + hi) >> 1;
                int g = U16(s, table + 4 + 2 * mid);
                if (g == glyph) return mid;
                if (g < glyph) lo = mid + 1; else hi = mid - 1;
            }
            return -1;
        }
        if (format != 2) return -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            var rec = table + 4 + 6 * mid;
            int start = U16(s, rec), end = U16(s, rec + 2);
            if (glyph < start) hi = mid - 1;
            else if (glyph > end) lo = mid + 1;
            else return U16(s, rec + 4) + glyph - start;
        }
        return -1;
    }

    private static int ClassOf(ReadOnlySpan<byte> s, int table, int glyph)
    {
        int format = U16(s, table);
        if (format == 1)
        {
            int start = U16(s, table + 2), n = U16(s, table + 4);
            return glyph >= start && glyph < start + n ? U16(s, table + 6 + 2 * (glyph - start)) : 0;
        }
        if (format != 2) return 0;
        int lo = 0, hi = U16(s, table + 2) - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            var rec = table + 4 + 6 * mid;
            int start = U16(s, rec), end = U16(s, rec + 2);
            if (glyph < start) hi = mid - 1;
            else if (glyph > end) lo = mid + 1;
            else return U16(s, rec + 4);
        }
        return 0;
    }

    /// <summary>The first horizontal format 0 subtable of a version 0 'kern' table, or -1.</summary>
    private static int LegacySubtable(ReadOnlySpan<byte> s, int kern)
    {
        if (U16(s, kern) != 0) return -1;
        int count = U16(s, kern + 2);
        var sub = kern + 4;
        for (var i = 0; i < count; i++)
        {
            int length = U16(s, sub + 2), coverage = U16(s, sub + 4);
            // Horizontal, not minimum values, not cross-stream, format 0.
            if ((coverage & 0x7) == 1 && coverage >> 8 == 0) return sub;
            sub += length;
        }
        return -1;
    }

    private int Legacy(int left, int right)
    {
        var s = (ReadOnlySpan<byte>)_data;
        int n = U16(s, _legacy + 6);
        var key = ((uint)left << 16) | (uint)right;
        int lo = 0, hi = n - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            var at = _legacy + 14 + 6 * mid;
            var k = BinaryPrimitives.ReadUInt32BigEndian(s[at..]);
            if (k == key) return S16(s, at + 4);
            if (k < key) lo = mid + 1; else hi = mid - 1;
        }
        return 0;
    }

    private static ushort U16(ReadOnlySpan<byte> s, int at) => BinaryPrimitives.ReadUInt16BigEndian(s[at..]);
    private static short S16(ReadOnlySpan<byte> s, int at) => BinaryPrimitives.ReadInt16BigEndian(s[at..]);
}
