using System.Text;

namespace Briefing.Readers.Unicode;

/// <summary>
/// Unicode's composed form (NFC) for the Basic Multilingual Plane, from <see cref="CompositionData"/>: the app runs with
/// invariant globalization, where <see cref="string.Normalize()"/> leaves non-ASCII text as it is. Decomposes,
/// puts combining marks in canonical order and composes again, as UAX #15 says; characters beyond the plane pass as
/// they are.
/// </summary>
internal static class Composition
{
    private static readonly Dictionary<char, (char First, char Second)> Parts = [];
    private static readonly Dictionary<(char, char), char> Pairs = [];
    private static readonly byte[] Classes = new byte[0x10000];
    private static readonly bool[] Suspect = new bool[0x10000];

    // Hangul syllables are composed by rule (UAX #15, 3.12).
    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7, LCount = 19, VCount = 21, TCount = 28, SCount = 11172;

    static Composition()
    {
        var d = CompositionData.Decompositions;
        for (var i = 0; i + 3 < d.Length; i += 4)
        {
            Parts[d[i]] = (d[i + 1], d[i + 2]);
            if (d[i + 3] == '+') Pairs[(d[i + 1], d[i + 2])] = d[i];
        }
        var c = CompositionData.CombiningClasses;
        for (var i = 0; i < c.Length; i += 3)
            for (var cp = c[i]; cp <= c[i + 1]; cp++) Classes[cp] = (byte)c[i + 2];
        var m = CompositionData.MayChange;
        for (var i = 0; i < m.Length; i += 2)
            for (var cp = m[i]; cp <= m[i + 1]; cp++) Suspect[cp] = true;
    }

    /// <summary>The text in NFC; the same string when nothing in it can change (the usual case, a single scan).</summary>
    public static string Composed(string text)
    {
        var i = 0;
        while (i < text.Length && (text[i] < '\u0300' || !Suspect[text[i]])) i++;
        return i == text.Length ? text : Compose(text);
    }

    private static string Compose(string text)
    {
        var chars = new List<char>(text.Length + 16);
        foreach (var ch in text) Decompose(ch, chars);
        Reorder(chars);
        var sb = new StringBuilder(chars.Count);
        var starter = -1;   // index in sb of the last starter, while marks may still join it
        var lastClass = -1;
        foreach (var ch in chars)
        {
            var cls = Classes[ch];
            if (starter >= 0 && (lastClass < cls || lastClass == 0 && sb.Length - 1 == starter) && Combine(sb[starter], ch) is { } joined)
            {
                sb[starter] = joined;
                continue;
            }
            if (cls == 0) starter = sb.Length;
            lastClass = cls;
            sb.Append(ch);
        }
        return sb.ToString();
    }

    private static void Decompose(char ch, List<char> into)
    {
        if (ch - SBase is >= 0 and < SCount)
        {
            var s = ch - SBase;
            into.Add((char)(LBase + s / (VCount * TCount)));
            into.Add((char)(VBase + s % (VCount * TCount) / TCount));
            if (s % TCount != 0) into.Add((char)(TBase + s % TCount));
            return;
        }
        if (!Parts.TryGetValue(ch, out var parts)) { into.Add(ch); return; }
        Decompose(parts.First, into);
        if (parts.Second != '\0') Decompose(parts.Second, into);
    }

    /// <summary>Marks between starters sorted by combining class, keeping the order of equal classes.</summary>
    private static void Reorder(List<char> chars)
    {
        for (var i = 1; i < chars.Count; i++)
        {
            var cls = Classes[chars[i]];
            if (cls == 0) continue;
            for (var j = i; j > 0 && Classes[chars[j - 1]] > cls; j--) (chars[j - 1], chars[j]) = (chars[j], chars[j - 1]);
        }
    }

    private static char? Combine(char first, char second)
    {
        if (first - LBase is >= 0 and < LCount && second - VBase is >= 0 and < VCount)
            return (char)(SBase + ((first - LBase) * VCount + (second - VBase)) * TCount);
        if (first - SBase is >= 0 and < SCount && (first - SBase) % TCount == 0 && second - TBase is > 0 and < TCount)
            return (char)(first + (second - TBase));
        return Pairs.TryGetValue((first, second), out var composite) ? composite : null;
    }
}
