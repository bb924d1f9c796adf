namespace Briefing.Layout.Flow;

/// <summary>A line on a page: <see cref="Top"/> is its distance from the top of the text block.</summary>
internal readonly record struct PlacedLine(FlowLine Line, double Top);

/// <summary>
/// Fills pages from the vertical list, first fit: lines go on the page while they fit; at the first that does not,
/// the page breaks before it if allowed, else before the last line on the page where a break is allowed (widows,
/// orphans and keep-with-next forbid the others). When a page holds no allowed break at all, the rules give way
/// and the page breaks where it is full. Discardable space vanishes at page breaks. A page that starts with a line
/// carrying a <see cref="FlowLine.RepeatedHead"/> draws that first (a split table's header); one that ends before
/// the list does, on a line carrying a <see cref="FlowLine.BreakFoot"/>, draws that last (its bottom rule). Linear in
/// the list.
/// </summary>
internal static class Paginator
{
    private const double Epsilon = 0.01;

    /// <summary>The lines of each page, for a text block <paramref name="frameHeight"/> tall.</summary>
    public static List<List<PlacedLine>> Paginate(IReadOnlyList<FlowItem> items, double frameHeight)
    {
        var pages = new List<List<PlacedLine>>();
        var i = 0;
        while (i < items.Count)
        {
            while (i < items.Count && items[i] is FlowPageBreak or FlowSpace { Discardable: true }) i++;
            if (i >= items.Count) break;
            var page = new List<PlacedLine>();
            double y = 0;
            // A line that continues a table onto this page brings the table's header first, when both fit.
            if (items[i] is FlowLine { RepeatedHead: { } head } first && head.Height + first.Height <= frameHeight + Epsilon)
            {
                page.Add(new PlacedLine(head, 0));
                y = head.Height;
            }
            var start = page.Count;
            int lastLegal = -1, lastLegalCount = 0;
            var j = i;
            while (j < items.Count)
            {
                var item = items[j];
                if (item is FlowPageBreak) { j++; break; }
                if (item is FlowSpace space)
                {
                    y += space.Height;
                    j++;
                    continue;
                }
                var line = (FlowLine)item;
                if (page.Count > start && y + line.Height > frameHeight + Epsilon)
                {
                    if (line.KeepWithPrevious && lastLegal >= 0)
                    {
                        j = lastLegal;
                        page.RemoveRange(lastLegalCount, page.Count - lastLegalCount);
                    }
                    break;
                }
                if (page.Count > start && !line.KeepWithPrevious)
                {
                    lastLegal = j;
                    lastLegalCount = page.Count;
                }
                page.Add(new PlacedLine(line, y));
                y += line.Height;
                j++;
            }
            if (page.Count > start)
            {
                if (j < items.Count && page[^1] is { Line.BreakFoot: { } foot } last)
                    page.Add(new PlacedLine(foot, last.Top + last.Line.Height));
                pages.Add(page);
            }
            i = j;
        }
        return pages;
    }
}
