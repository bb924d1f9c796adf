namespace Briefing.Readers;

/// <summary>Which known key an unknown one was probably meant as ("autor" → "author", "Titel" → "title").</summary>
internal static class KeyTypos
{
    /// <summary>The known key equal but for case, else the nearest within two edits (one for keys of four letters or
    /// fewer, so another tool's "name" is not taken for "date"); null when none is that near.</summary>
    public static string? Nearest(string key, IEnumerable<string> known)
    {
        var lower = key.ToLowerInvariant();
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var k in known)
        {
            if (lower == k) return k;
            var distance = Distance(lower, k);
            if (distance <= (k.Length <= 4 ? 1 : 2) && distance < bestDistance) (best, bestDistance) = (k, distance);
        }
        return best;
    }

    /// <summary>Edits (insert, delete, substitute, swap two neighbours) from <paramref name="a"/> to <paramref name="b"/>;
    /// a swap counts once, as "langauge" is one slip.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }
}
