using Briefing.Layout.Breaking;

namespace Briefing.Tests.Typography;

/// <summary>
/// A brute-force oracle for small paragraphs: tries every sequence of legal breaks and scores it with the
/// Knuth–Plass demerits, pass by pass, so the dynamic programme (with its pruning and line classes) can be
/// checked against the true optimum.
/// </summary>
internal static class ReferenceBreaker
{
    /// <summary>The least total demerits of each pass in turn (first pass that has a solution wins), with its pass
    /// number; null when even the emergency pass has no solution without an overfull line. No solution has more than
    /// <see cref="KnuthPlassOptions.MaxConsecutiveHyphens"/> flagged breaks in a row, unless only such solutions exist
    /// (then the emergency pass goes without the limit).</summary>
    public static (int Pass, double Demerits, int[] Breaks)? Optimum(IReadOnlyList<BreakItem> items, Func<int, double> width, KnuthPlassOptions o)
    {
        var passes = new List<(int, double, bool, bool)>();
        if (o.Pretolerance >= 0) passes.Add((1, o.Pretolerance, false, false));
        passes.Add((2, o.Tolerance, true, false));
        passes.Add((3, double.PositiveInfinity, true, true));
        var limit = o.MaxConsecutiveHyphens > 0 ? o.MaxConsecutiveHyphens : int.MaxValue;
        passes.Add((4, double.PositiveInfinity, true, true));
        foreach (var (pass, threshold, allowFlagged, final) in passes)
        {
            var best = double.PositiveInfinity;
            int[] bestBreaks = [];
            Search(items, width, o, threshold, allowFlagged, final, pass == 4 ? int.MaxValue : limit, [], ref best, ref bestBreaks);
            if (!double.IsPositiveInfinity(best)) return (Math.Min(pass, 3), best, bestBreaks);
        }
        return null;
    }

    /// <summary>Total demerits of a break sequence, or null if a line is overfull.</summary>
    public static double? Score(IReadOnlyList<BreakItem> items, IReadOnlyList<LineBreak> breaks, Func<int, double> width,
        KnuthPlassOptions o, bool final)
    {
        var lines = TypographyFixtures.Lines(items, breaks);
        double total = 0;
        var prevFitness = 1;
        var prevFlagged = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var b = breaks[i].Position;
            var line = lines[i];
            var target = width(i);
            var r = Ratio(line, target);
            if (r < -1) return null;
            var badness = Badness(r, final);
            var it = items[b];
            var last = i == lines.Count - 1;
            var penalty = it.Kind == ItemKind.Penalty ? it.Penalty : 0;
            var flagged = it.Kind == ItemKind.Penalty && it.Flagged;
            var d = (o.LinePenalty + badness) * (o.LinePenalty + badness);
            if (penalty >= 0) d += penalty * penalty;
            else if (penalty > -BreakItem.Infinity) d -= penalty * penalty;
            if (prevFlagged && last) d += o.FinalHyphenDemerits;
            else if (prevFlagged && flagged) d += o.DoubleHyphenDemerits;
            var fitness = r < -0.5 ? 0 : r <= 0.5 ? 1 : r <= 1 ? 2 : 3;
            if (Math.Abs(fitness - prevFitness) > 1) d += o.FitnessDemerits;
            if (last && o.ShortLastLineFraction > 0 && line.Width < o.ShortLastLineFraction * target)
                d += o.ShortLastLineDemerits * (1 - Math.Max(0, line.Width) / (o.ShortLastLineFraction * target));
            total += d;
            prevFitness = fitness;
            prevFlagged = flagged;
        }
        return total;
    }

    private static void Search(IReadOnlyList<BreakItem> items, Func<int, double> width, KnuthPlassOptions o,
        double threshold, bool allowFlagged, bool final, int limit, List<LineBreak> chosen, ref double best, ref int[] bestBreaks)
    {
        var start = chosen.Count == 0 ? 0 : After(items, chosen[^1].Position);
        for (var b = start; b < items.Count; b++)
        {
            var it = items[b];
            var forced = it.Kind == ItemKind.Penalty && it.Penalty <= -BreakItem.Infinity || b == items.Count - 1;
            var legal = TypographyFixtures.IsLegalBreak(items, b) && (allowFlagged || !it.Flagged || forced);
            if (!legal) continue;
            chosen.Add(new LineBreak(b, 0));
            var run = 0;
            for (var k = chosen.Count - 1; k >= 0 && items[chosen[k].Position] is { Kind: ItemKind.Penalty, Flagged: true }; k--) run++;
            if (run > limit)
            {
                chosen.RemoveAt(chosen.Count - 1);
                continue;
            }
            var lines = TypographyFixtures.Lines(items, chosen);
            var r = Ratio(lines[^1], width(chosen.Count - 1));
            var ok = r >= -1 && Badness(r, final) <= threshold;
            if (ok && b == items.Count - 1)
            {
                var s = Score(items, chosen, width, o, final);
                if (s is { } v && v < best) (best, bestBreaks) = (v, [.. chosen.Select(c => c.Position)]);
            }
            else if (ok) Search(items, width, o, threshold, allowFlagged, final, limit, chosen, ref best, ref bestBreaks);
            chosen.RemoveAt(chosen.Count - 1);
            if (forced) return; // nothing may skip a forced break
        }
    }

    private static int After(IReadOnlyList<BreakItem> items, int b)
    {
        var j = b + 1;
        while (j < items.Count && items[j].Kind != ItemKind.Box && !(items[j].Kind == ItemKind.Penalty && items[j].Penalty <= -BreakItem.Infinity)) j++;
        return j;
    }

    private static double Ratio((double Width, double Stretch, double Shrink, bool Inf) line, double target) =>
        Math.Round(RawRatio(line, target), 9); // the breaker's documented precision

    private static double RawRatio((double Width, double Stretch, double Shrink, bool Inf) line, double target)
    {
        if (line.Width < target) return line.Inf ? 0 : line.Stretch > 0 ? (target - line.Width) / line.Stretch : double.PositiveInfinity;
        if (line.Width > target) return line.Shrink > 0 ? (target - line.Width) / line.Shrink : double.NegativeInfinity;
        return 0;
    }

    private static double Badness(double r, bool final)
    {
        var limit = final ? 1e10 : 10000;
        return double.IsPositiveInfinity(r) ? limit : Math.Min(100 * Math.Abs(r * r * r), limit);
    }
}
