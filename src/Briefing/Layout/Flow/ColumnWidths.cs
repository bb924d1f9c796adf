namespace Briefing.Layout.Flow;

/// <summary>
/// Shares a table's measure among its columns, after CSS's automatic table layout: each column has a minimum (its
/// longest word) and a natural width (its longest cell on one line). When the natural widths fit, every column gets
/// its own and the room left over is spread in proportion to them. When they do not, a narrow column — one whose
/// natural width is within its fair share of the measure, as tabularx's l and r columns — keeps its cells on one
/// line; the wide columns get their minimum and share what is left in proportion to how much more they would like
/// (natural less minimum), so only they wrap. When the minimums alone overfill the measure, the widest are capped at
/// one level so the narrow columns still keep their words whole.
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
        var wanted = want.Sum();
        if (wanted <= width) return [.. want.Select(w => wanted > 0 ? width * w / wanted : width / n)];

        // Narrow columns first take their natural width, as far as the wide columns' minimums leave room for it.
        var narrow = Narrow(want, width);
        var floor = min.ToArray();
        var extra = Enumerable.Range(0, n).Where(c => narrow[c]).Sum(c => want[c] - min[c]);
        var room = Math.Max(0, width - min.Sum());
        var part = extra > room ? room / extra : 1;
        for (var c = 0; c < n; c++)
            if (narrow[c]) floor[c] += (want[c] - min[c]) * part;
        // What is left goes to the columns still short of their natural width, in proportion to what they lack.
        var left = width - floor.Sum();
        var lack = Enumerable.Range(0, n).Select(c => want[c] - floor[c]).ToArray();
        var lacking = lack.Sum();
        return [.. Enumerable.Range(0, n).Select(c => floor[c] + (lacking > 0 ? left * lack[c] / lacking : left / n))];
    }

    /// <summary>The columns whose natural width is at most an even share of what the narrower ones leave.</summary>
    private static bool[] Narrow(double[] want, double width)
    {
        var narrow = new bool[want.Length];
        var rest = width;
        var order = Enumerable.Range(0, want.Length).OrderBy(c => want[c]).ToArray();
        for (var i = 0; i < order.Length && want[order[i]] <= rest / (order.Length - i); i++)
        {
            narrow[order[i]] = true;
            rest -= want[order[i]];
        }
        return narrow;
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
