namespace Briefing.Layout.Flow;

/// <summary>An entry of the vertical list a paginator fills pages from.</summary>
internal abstract class FlowItem;

/// <summary>
/// A line (or an unbreakable block such as a table row or a contents entry): its height, where its baseline sits,
/// and its items relative to the text block's left edge (x) and the baseline (y). Structure tags that open before
/// the line are its first items and tags that close after it its last ones, so they travel with it to its page.
/// </summary>
internal sealed class FlowLine(double height, double baseline, List<PageItem> items) : FlowItem
{
    /// <summary>Advance to the next line's top.</summary>
    public double Height { get; } = height;
    /// <summary>Baseline offset from the line's top.</summary>
    public double Baseline { get; } = baseline;
    /// <summary>Items, positioned relative to (text block left, baseline).</summary>
    public List<PageItem> Items { get; } = items;
    /// <summary>No page break may fall just before this line (widows, orphans, keep-with-next).</summary>
    public bool KeepWithPrevious { get; set; }
    /// <summary>Anchor ids that point at this line's top.</summary>
    public List<string>? Anchors { get; set; }
    /// <summary>Outline entries whose heading this line starts.</summary>
    public List<(string Title, int Level, string Anchor)>? Outline { get; set; }
    /// <summary>Set on a chapter's first line: the title the running header shows from this page on.</summary>
    public string? Chapter { get; set; }
    /// <summary>Drawn above this line when it starts a page (a split table's header rows, as an artifact).</summary>
    public FlowLine? RepeatedHead { get; set; }
    /// <summary>Drawn at this line's bottom when a page break follows it (a split table's bottom rule, as an
    /// artifact); a line of no height, so it never changes where the page breaks.</summary>
    public FlowLine? BreakFoot { get; set; }
}

/// <summary>Vertical space; dropped at the top and bottom of a page when <see cref="Discardable"/>.</summary>
internal sealed class FlowSpace(double height, bool discardable = true) : FlowItem
{
    /// <summary>Height in points.</summary>
    public double Height { get; } = height;
    /// <summary>Whether a page break swallows it.</summary>
    public bool Discardable { get; } = discardable;
}

/// <summary>A forced page break (ignored at the top of an empty page).</summary>
internal sealed class FlowPageBreak : FlowItem;
