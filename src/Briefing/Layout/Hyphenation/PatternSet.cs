namespace Briefing.Layout.Hyphenation;

/// <summary>
/// Liang's hyphenation patterns in a trie, plus whole-word exceptions. Built once, then read-only, so it is
/// safe to share between threads.
/// </summary>
internal sealed class PatternSet
{
    // Trie edges keyed by (node << 16 | char); node 0 is the root. A hash of edges keeps the build simple and
    // lookups O(1) per character, which is all Liang's inner loop needs.
    private readonly Dictionary<long, int> _edges;
    private readonly List<byte[]?> _values;
    private readonly Dictionary<string, int[]> _exceptions = new(StringComparer.Ordinal);

    /// <summary>An empty set; <paramref name="edges"/> (about as many as the trie will have) sizes it
    /// once instead of growing it while a file loads.</summary>
    public PatternSet(int edges = 0)
    {
        _edges = new(edges);
        _values = new(edges + 1) { null };
    }

    /// <summary>Number of patterns loaded.</summary>
    public int PatternCount { get; private set; }

    /// <summary>Number of exception words loaded.</summary>
    public int ExceptionCount => _exceptions.Count;

    /// <summary>Adds a pattern such as <c>.hy3ph</c>: letters (with '.' for the word edge) and inter-letter digits.</summary>
    public void AddPattern(ReadOnlySpan<char> pattern)
    {
        // values[i] is the digit before letter i (values[count] the one after the last); a later digit wins.
        Span<char> letters = pattern.Length <= 64 ? stackalloc char[pattern.Length] : new char[pattern.Length];
        Span<byte> values = pattern.Length <= 64 ? stackalloc byte[pattern.Length + 1] : new byte[pattern.Length + 1];
        var count = 0;
        values[0] = 0;
        foreach (var c in pattern)
        {
            if (c is >= '0' and <= '9') values[count] = (byte)(c - '0');
            else
            {
                letters[count++] = char.ToLowerInvariant(c);
                values[count] = 0;
            }
        }
        if (count == 0) return;
        var node = 0;
        foreach (var c in letters[..count])
        {
            var key = Key(node, c);
            if (!_edges.TryGetValue(key, out var next))
            {
                next = _values.Count;
                _values.Add(null);
                _edges.Add(key, next);
            }
            node = next;
        }
        _values[node] = values[..(count + 1)].ToArray();
        PatternCount++;
    }

    /// <summary>Adds an exception such as <c>as-so-ciate</c>; a word without hyphens is never hyphenated.</summary>
    public void AddException(string hyphenated)
    {
        var breaks = new List<int>();
        var letters = 0;
        foreach (var c in hyphenated)
        {
            if (c == '-') breaks.Add(letters);
            else letters++;
        }
        _exceptions[hyphenated.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant()] = [.. breaks];
    }

    /// <summary>
    /// Offsets in <paramref name="lower"/> (a lower-case run of letters) where a hyphen may go, before applying
    /// the minimum letter counts: offset k means between <c>lower[k-1]</c> and <c>lower[k]</c>.
    /// </summary>
    public IEnumerable<int> Hyphens(string lower)
    {
        if (_exceptions.TryGetValue(lower, out var fixedBreaks)) return fixedBreaks;

        // Liang: slide over ".word." and keep, between each pair of letters, the largest value any matching
        // pattern assigns; odd values allow a hyphen.
        var n = lower.Length + 2;
        Span<char> word = n <= 128 ? stackalloc char[n] : new char[n];
        word[0] = '.';
        lower.AsSpan().CopyTo(word[1..]);
        word[n - 1] = '.';
        Span<byte> points = n <= 128 ? stackalloc byte[n + 1] : new byte[n + 1];
        points.Clear();
        for (var start = 0; start < n; start++)
        {
            var node = 0;
            for (var j = start; j < n; j++)
            {
                if (!_edges.TryGetValue(Key(node, word[j]), out node)) break;
                if (_values[node] is { } v)
                    for (var k = 0; k < v.Length; k++)
                        if (v[k] > points[start + k]) points[start + k] = v[k];
            }
        }
        var result = new List<int>();
        // points[i] sits before word[i]; letter offset k of lower is word index k + 1.
        for (var k = 1; k < lower.Length; k++)
            if ((points[k + 1] & 1) == 1) result.Add(k);
        return result;
    }

    private static long Key(int node, char c) => ((long)node << 16) | c;
}
