namespace Briefing.Layout.Breaking;

/// <summary>
/// Greedy line breaking: each line takes as much as fits (spaces may shrink to their limit), then breaks at the last
/// legal break before the overflow. Same item conventions as <see cref="KnuthPlassBreaker"/>: breaks at glue after a
/// box or at a penalty below <see cref="BreakItem.Infinity"/>; glue and penalties after a break are dropped up to the
/// next box or forced break; stretch of at least <see cref="BreakItem.Infinity"/> is infinite (ratio 0). A line with
/// no legal break that fits is broken at its first legal break and reported overfull (ratio below -1).
/// A flagged break (a hyphen) is not taken after <see cref="MaxConsecutiveHyphens"/> lines in a row ended at one.
/// Linear: every item is looked at no more than twice.
/// </summary>
internal sealed class FirstFitBreaker : ILineBreaker
{
    /// <summary>Most consecutive lines that may end at flagged breaks; 0 or less for no limit.</summary>
    public int MaxConsecutiveHyphens { get; init; } = 2;

    /// <inheritdoc />
    public IReadOnlyList<LineBreak> Break(IReadOnlyList<BreakItem> items, Func<int, double> lineWidth)
    {
        var breaks = new List<LineBreak>();
        var start = SkipDiscardable(items, 0);
        var hyphens = 0;
        var limit = MaxConsecutiveHyphens > 0 ? MaxConsecutiveHyphens : int.MaxValue;
        while (start < items.Count)
        {
            var measure = lineWidth(breaks.Count);
            double width = 0, stretch = 0, shrink = 0, glyphShrink = 0;
            var infinite = false;
            LineBreak? fit = null;
            var chosen = -1;
            for (var i = start; i < items.Count; i++)
            {
                var item = items[i];
                var legal = item.Kind switch
                {
                    ItemKind.Glue => i > start && items[i - 1].Kind == ItemKind.Box,
                    ItemKind.Penalty => item.Penalty < BreakItem.Infinity && !(item.Flagged && hyphens >= limit),
                    _ => false,
                };
                var last = i == items.Count - 1;
                if (legal || last)
                {
                    var lineEnd = width + (item.Kind == ItemKind.Penalty ? item.Width : 0);
                    // A line with finishing glue (a paragraph's last) is never expanded: only its spaces shrink.
                    var ratio = Ratio(measure, lineEnd, stretch, infinite ? shrink - glyphShrink : shrink, infinite);
                    var forced = last || (item.Kind == ItemKind.Penalty && item.Penalty <= -BreakItem.Infinity);
                    if (ratio >= -1)
                    {
                        fit = new LineBreak(i, ratio);
                        if (forced) { chosen = i; break; }
                    }
                    else
                    {
                        // Overflow: take the last fit, or break here overfull when nothing fitted.
                        if (fit is null) fit = new LineBreak(i, ratio);
                        chosen = fit.Value.Position;
                        break;
                    }
                }
                if (item.Kind == ItemKind.Box || item.Kind == ItemKind.Glue)
                {
                    width += item.Width;
                    // Glue, and boxes under font expansion.
                    if (item.Stretch >= BreakItem.Infinity) infinite = true;
                    else stretch += item.Stretch;
                    shrink += item.Shrink;
                    if (item.Kind == ItemKind.Box) glyphShrink += item.Shrink;
                }
            }
            if (chosen < 0) chosen = fit?.Position ?? items.Count - 1;
            breaks.Add(fit is { } f && f.Position == chosen ? f : new LineBreak(chosen, 0));
            hyphens = chosen < items.Count && items[chosen] is { Kind: ItemKind.Penalty, Flagged: true } ? hyphens + 1 : 0;
            start = SkipDiscardable(items, chosen + 1);
        }
        return breaks;
    }

    private static double Ratio(double measure, double natural, double stretch, double shrink, bool infinite)
    {
        var excess = measure - natural;
        if (excess >= 0) return infinite || stretch <= 0 ? 0 : excess / stretch;
        return shrink > 0 ? excess / shrink : double.NegativeInfinity;
    }

    /// <summary>The first index at or after <paramref name="from"/> that is a box or a forced break.</summary>
    private static int SkipDiscardable(IReadOnlyList<BreakItem> items, int from)
    {
        var i = from;
        while (i < items.Count && items[i].Kind != ItemKind.Box
               && !(items[i].Kind == ItemKind.Penalty && items[i].Penalty <= -BreakItem.Infinity))
            i++;
        return i;
    }
}
