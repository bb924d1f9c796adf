namespace Briefing.Layout.Flow;

/// <summary>
/// Shares a table's measure among its columns: in proportion to each column's natural width (its longest cell on one
/// line), but never below its minimum (its longest word), so a short header word is not hyphenated while another
/// column has room to give. When the minimums alone overfill the measure, the widest are capped at one level so the
/// narrow columns still keep their words whole.
/// </summary>
internal static class ColumnWidths
{
    /// <summary>Widths summing to <paramref name="width"/>; <paramref name="natural"/> and <paramref name="minimum"/>
    /// are per column, padding included.</summary>
    public static double[] Share(IReadOnlyList<double> natural, IReadOnlyList<double> minimum, double width)
    {
        var n = natural.Count;
        var min = Capped(minimum, width);
        var want = Enumerable.Range(0, n).Select(c => Math.Max(natural[c], min[c])).ToArray();
        var widths = new double[n];
        var pinned = new bool[n];
        // Columns that proportion would squeeze below their minimum take it; the rest share what is left, again
        // in proportion (which may push another below its minimum: repeat until none is).
        while (true)
        {
            var free = width - Enumerable.Range(0, n).Where(c => pinned[c]).Sum(c => min[c]);
            var wanted = Enumerable.Range(0, n).Where(c => !pinned[c]).Sum(c => want[c]);
            if (wanted <= 0) break;
            var pinnedNow = false;
            for (var c = 0; c < n; c++)
            {
                if (pinned[c]) { widths[c] = min[c]; continue; }
                widths[c] = free * want[c] / wanted;
                if (widths[c] >= min[c] - 1e-9) continue;
                widths[c] = min[c];
                pinned[c] = pinnedNow = true;
            }
            if (!pinnedNow) break;
        }
        return widths;
    }

    /// <summary>The minimums, the largest lowered to one cap when together they exceed the measure.</summary>
    private static double[] Capped(IReadOnlyList<double> minimum, double width)
    {
        var sorted = minimum.Order().ToArray();
        var rest = width;
        for (var i = 0; i < sorted.Length; i++)
        {
            var cap = rest / (sorted.Length - i);
            if (sorted[i] > cap) return [.. minimum.Select(m => Math.Min(m, cap))];
            rest -= sorted[i];
        }
        return [.. minimum];
    }
}
