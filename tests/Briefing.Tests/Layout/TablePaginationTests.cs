using Briefing.Layout;
using Briefing.Layout.Flow;
using Briefing.Readers;
using Xunit;

namespace Briefing.Tests.Layout;

/// <summary>A split table's header drawn again at the top of the page it continues on (see <see cref="FlowLine.RepeatedHead"/>),
/// and its bottom rule under the last row of the page it breaks from (see <see cref="FlowLine.BreakFoot"/>).</summary>
public sealed class TablePaginationTests
{
    private static FlowLine Line(string text, double height) =>
        new(height, 8, [new TextItem(text, 0, 10, default, 0, 0, 10)]);

    private static List<List<(string Text, double Top)>> Pages(List<FlowItem> items, double frame) =>
        [.. Paginator.Paginate(items, frame).Select(p => p.SelectMany(l => l.Line.Items.OfType<TextItem>().Select(t => (t.Text, l.Top))).ToList())];

    [Fact]
    public void A_page_that_starts_with_a_table_row_draws_the_table_head_above_it()
    {
        var head = Line("head", 10);
        var items = new List<FlowItem> { Line("head", 10) };
        for (var i = 1; i <= 6; i++)
        {
            var row = Line("row" + i, 10);
            row.RepeatedHead = head;
            row.KeepWithPrevious = i == 1;
            items.Add(row);
        }
        var pages = Pages(items, 40);
        Assert.Equal([[("head", 0), ("row1", 10), ("row2", 20), ("row3", 30)], [("head", 0), ("row4", 10), ("row5", 20), ("row6", 30)]], pages);
    }

    [Fact]
    public void A_repeated_table_head_is_not_a_line_a_page_break_may_fall_after()
    {
        // The page's first own line is the only legal break; going back to it must not leave a page of head alone.
        var head = Line("head", 30);
        var items = new List<FlowItem>();
        var first = Line("x", 50);
        first.RepeatedHead = head;
        items.Add(first);
        for (var i = 1; i <= 5; i++) items.Add(new FlowLine(50, 8, [new TextItem("y" + i, 0, 10, default, 0, 0, 10)]) { KeepWithPrevious = true });
        var pages = Pages(items, 200);
        Assert.Equal(["head", "x", "y1", "y2"], pages[0].Select(p => p.Text));
        Assert.Equal(["y3", "y4", "y5"], pages[1].Select(p => p.Text));
        Assert.Equal(2, pages.Count);
    }

    [Fact]
    public void A_table_head_that_does_not_fit_with_the_row_is_left_off_that_page()
    {
        var head = Line("head", 10);
        var tall = Line("tall", 45);
        tall.RepeatedHead = head;
        var row = Line("row", 10);
        row.RepeatedHead = head;
        var pages = Pages([Line("a", 10), tall, row], 50);
        Assert.Equal([[("a", 0)], [("tall", 0)], [("head", 0), ("row", 10)]], pages);
    }

    [Fact]
    public void A_table_foot_is_drawn_under_the_last_row_before_a_break_and_not_where_the_flow_ends()
    {
        // The last row (row5) has no foot: it draws the table's own bottom rule.
        var foot = Line("foot", 0);
        var items = new List<FlowItem>();
        for (var i = 1; i <= 5; i++) items.Add(new FlowLine(10, 8, [new TextItem("row" + i, 0, 10, default, 0, 0, 10)]) { BreakFoot = i < 5 ? foot : null });
        var pages = Pages(items, 30);
        Assert.Equal([[("row1", 0), ("row2", 10), ("row3", 20), ("foot", 30)], [("row4", 0), ("row5", 10)]], pages);
    }

    [Fact]
    public void Every_page_of_a_split_table_closes_with_a_rule_under_its_lowest_row()
    {
        var rows = string.Concat(Enumerable.Range(1, 80).Select(i => $"| {i} | Item {i} | {(i % 7 == 0 ? "a description long enough to wrap in its narrow cell, twice over" : "short")} |\n"));
        var document = SourceReader.Parse($"# Table\n\n## Chapter\n\nText.\n\n| No. | Name | Description |\n|---:|---|---|\n{rows}\nAfter.\n", "table.md");
        var style = BriefingFixture.Style();
        var layout = LayoutEngine.Layout(document, style, "a4");
        var ctx = new LayoutContext(style, "a4", "en", new HashSet<string>());
        var textBottom = ctx.FrameTop + ctx.FrameHeight;

        var inTable = LayoutReader.Walk(layout).Where(d => d.Open.Any(o => o.Tag == StructureTag.Table)).ToList();
        var pages = inTable.Where(d => d.Open.Any(o => o.Tag == StructureTag.TableRow)).Select(d => d.Page).Distinct().ToList();
        Assert.True(pages.Count >= 3, $"the table is on {pages.Count} pages");
        var end = inTable.Last(d => d.Item is RuleItem r && r.Y1 == r.Y2).Item;   // the rule the table ends with
        foreach (var page in pages)
        {
            var rules = inTable.Where(d => d.Page == page && d.Item is RuleItem).ToList();
            // A row's box is drawn by its vertical rules: the lowest reach down to the lowest row's bottom.
            var grid = rules.Select(d => (RuleItem)d.Item).Where(r => r.X1 == r.X2).ToList();
            var (left, right, bottom) = (grid.Min(r => r.X1), grid.Max(r => r.X1), grid.Max(r => r.Y2));
            var lowestText = inTable.Where(d => d.Page == page && d.Item is TextItem && d.Open.Any(o => o.Tag == StructureTag.TableRow)).Max(d => ((TextItem)d.Item).Y);
            Assert.True(lowestText < bottom, $"page {page}: text below the rows' box");
            var under = rules.Where(d => d.Item is RuleItem r && r.Y1 == r.Y2 && r.Y1 >= bottom - 0.01 && r.Y1 <= textBottom + 0.01
                && Math.Abs(r.X1 - left) < 0.01 && Math.Abs(r.X2 - right) < 0.01).ToList();
            Assert.True(under.Count == 1, $"page {page}: {under.Count} rules under the lowest row (its bottom {bottom:0.##}, the text's {textBottom:0.##})");
            Assert.True(LayoutReader.IsArtifact(under[0]), $"page {page}: the rule is not an artifact");
            var rule = (RuleItem)under[0].Item;
            Assert.Equal((((RuleItem)end).Thickness, ((RuleItem)end).Colour), (rule.Thickness, rule.Colour));
        }
    }
}
