using Briefing.Layout;
using Briefing.Layout.Flow;
using Xunit;

namespace Briefing.Tests.Layout;

/// <summary>A split table's header drawn again at the top of the page it continues on (see <see cref="FlowLine.RepeatedHead"/>).</summary>
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
}
