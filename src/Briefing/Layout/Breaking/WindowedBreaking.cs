namespace Briefing.Layout.Breaking;

/// <summary>
/// Breaks a paragraph too long for one total-fit run in overlapping windows, so memory stays bounded by the window
/// rather than the paragraph (a 5 MB one-line scrape is one paragraph of a million words).
/// </summary>
/// <remarks>
/// Each window ends at a legal break, closed as if it were the paragraph's end; all but its last few lines are kept
/// and the next window starts after the last kept line, so the lines at a seam are still chosen with what follows
/// in view. Paragraphs under <see cref="MaxItems"/> — every real one — go to the breaker whole and are unchanged.
/// </remarks>
internal static class WindowedBreaking
{
    /// <summary>Paragraphs with more items than this are broken in windows (about 6,000 words).</summary>
    public const int MaxItems = 20_000;
    /// <summary>Items per window.</summary>
    internal const int Window = 8_000;
    /// <summary>Lines at a window's end set again with the next window.</summary>
    private const int Overlap = 4;

    /// <summary>The breaks of the whole paragraph, as <see cref="ILineBreaker.Break"/> returns them.</summary>
    public static IReadOnlyList<LineBreak> Break(ILineBreaker breaker, IReadOnlyList<BreakItem> items, Func<int, double> lineWidth)
    {
        if (items.Count <= MaxItems) return breaker.Break(items, lineWidth);
        var result = new List<LineBreak>();
        var start = 0;
        while (true)
        {
            var lines = result.Count;
            var end = items.Count - start <= Window + Window / 2 ? -1 : CutNear(items, start + Window);
            if (end < 0)
            {
                var tail = breaker.Break(new Slice(items, start, items.Count - start, closed: false), j => lineWidth(j + lines));
                foreach (var b in tail) result.Add(b with { Position = b.Position + start });
                return result;
            }
            var window = new Slice(items, start, end - start, closed: true);
            var breaks = breaker.Break(window, j => lineWidth(j + lines));
            // The window's own end is artificial: keep it only when the window is a single line.
            var keep = breaks.Count > Overlap + 1 ? breaks.Count - Overlap - 1 : Math.Max(1, breaks.Count - 1);
            var last = 0;
            for (var i = 0; i < keep; i++)
            {
                var b = breaks[i];
                last = b.Position >= window.Count - 2 ? end : b.Position + start;
                result.Add(new LineBreak(last, b.Ratio));
            }
            start = last + 1;
            while (start < items.Count && items[start].Kind != ItemKind.Box) start++;
            if (start >= items.Count)
            {
                // Nothing but discardable items left: the paragraph's own end closes the last kept line.
                result[^1] = result[^1] with { Position = items.Count - 1 };
                return result;
            }
        }
    }

    /// <summary>A legal break at or before <paramref name="near"/> (back to half a window), else after it; -1 when
    /// the rest of the paragraph has none and must be broken whole.</summary>
    private static int CutNear(IReadOnlyList<BreakItem> items, int near)
    {
        for (var i = near; i > near - Window / 2; i--)
            if (IsBreak(items, i)) return i;
        for (var i = near + 1; i < items.Count - 2; i++)
            if (IsBreak(items, i)) return i;
        return -1;
    }

    private static bool IsBreak(IReadOnlyList<BreakItem> items, int i) => items[i].Kind switch
    {
        ItemKind.Glue => items[i - 1].Kind == ItemKind.Box,
        ItemKind.Penalty => items[i].Penalty < BreakItem.Infinity,
        _ => false,
    };

    /// <summary>Items [from, from+count), closed with finishing glue and a forced break when it is a window.</summary>
    private sealed class Slice(IReadOnlyList<BreakItem> items, int from, int count, bool closed) : IReadOnlyList<BreakItem>
    {
        private static readonly BreakItem Finish = BreakItem.Glue(0, BreakItem.Infinity, 0);
        private static readonly BreakItem Forced = BreakItem.PenaltyItem(0, -BreakItem.Infinity, false);

        public int Count { get; } = count + (closed ? 2 : 0);

        public BreakItem this[int index] =>
            index < count ? items[from + index] : index == count ? Finish : index == count + 1 ? Forced : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<BreakItem> GetEnumerator()
        {
            for (var i = 0; i < Count; i++) yield return this[i];
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
