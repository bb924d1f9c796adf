using Briefing.Layout;
using Briefing.Layout.Flow;
using Briefing.Layout.Text;
using Xunit;

namespace Briefing.Tests.Layout;

/// <summary>Page breaking on a hand-made vertical list: which lines land on which page.</summary>
public sealed class PaginatorTests
{
    private const double Line = 10;

    /// <summary>A paragraph of <paramref name="count"/> one-item lines named "name:i".</summary>
    private static void Paragraph(FlowBuilder flow, string name, int count, int keep = 2)
    {
        var lines = Enumerable.Range(1, count)
            .Select(i => new SetLine([new TextItem($"{name}:{i}", 0, 10, default, 0, 0, 10)], 8, 2, 10)).ToList();
        flow.Space(5);
        flow.Lines(lines, 0, Line, keep);
    }

    private static List<List<string>> Pages(FlowBuilder flow, double frame)
    {
        flow.Finish();
        return Paginator.Paginate(flow.Items, frame)
            .Select(page => page.SelectMany(p => p.Line.Items.OfType<TextItem>().Select(t => t.Text)).ToList()).ToList();
    }

    [Fact]
    public void Lines_fill_pages_in_order()
    {
        var flow = new FlowBuilder();
        Paragraph(flow, "a", 12);
        var pages = Pages(flow, 50);
        Assert.Equal([["a:1", "a:2", "a:3", "a:4", "a:5"], ["a:6", "a:7", "a:8", "a:9", "a:10"], ["a:11", "a:12"]], pages);
    }

    [Fact]
    public void A_last_line_alone_at_a_page_top_takes_a_line_with_it()
    {
        var flow = new FlowBuilder();
        Paragraph(flow, "a", 11);
        var pages = Pages(flow, 50);
        Assert.Equal(["a:10", "a:11"], pages[^1]);
        Assert.All(pages, p => Assert.True(p.Count >= 2));
    }

    [Fact]
    public void A_first_line_alone_at_a_page_bottom_moves_to_the_next_page()
    {
        var flow = new FlowBuilder();
        Paragraph(flow, "a", 4);
        Paragraph(flow, "b", 4);
        // 4 lines + 5 pt space leave room for one more line: b:1 would be an orphan.
        var pages = Pages(flow, 60);
        Assert.Equal(["a:1", "a:2", "a:3", "a:4"], pages[0]);
        Assert.Equal(["b:1", "b:2", "b:3", "b:4"], pages[1]);
    }

    [Fact]
    public void Widow_and_orphan_rule_of_one_allows_any_split()
    {
        var flow = new FlowBuilder();
        Paragraph(flow, "a", 4, keep: 1);
        Paragraph(flow, "b", 4, keep: 1);
        var pages = Pages(flow, 60);
        Assert.Equal(["a:1", "a:2", "a:3", "a:4", "b:1"], pages[0]);
    }

    [Fact]
    public void A_heading_is_never_last_on_a_page_and_keeps_two_lines_after_it()
    {
        var flow = new FlowBuilder();
        Paragraph(flow, "a", 3);
        flow.Line(Line, 8, [new TextItem("H", 0, 10, default, 0, 0, 10)]);
        flow.KeepNext(2);
        // Two one-line paragraphs: each may break before the other, but not within two lines of the heading.
        Paragraph(flow, "b", 1);
        Paragraph(flow, "c", 1);
        Paragraph(flow, "d", 1);
        var pages = Pages(flow, 55);
        Assert.Equal(["a:1", "a:2", "a:3"], pages[0]);
        Assert.Equal(["H", "b:1", "c:1", "d:1"], pages[1]);
    }

    [Fact]
    public void Keep_rules_give_way_when_nothing_else_fits()
    {
        var flow = new FlowBuilder();
        Paragraph(flow, "a", 7, keep: 100);
        var pages = Pages(flow, 50);
        Assert.Equal(5, pages[0].Count);
        Assert.Equal(2, pages[1].Count);
    }

    [Fact]
    public void A_line_taller_than_the_page_gets_a_page_of_its_own()
    {
        var flow = new FlowBuilder();
        Paragraph(flow, "a", 1);
        flow.Line(500, 400, [new TextItem("huge", 0, 400, default, 0, 0, 10)]);
        Paragraph(flow, "b", 1);
        var pages = Pages(flow, 50);
        Assert.Equal([["a:1"], ["huge"], ["b:1"]], pages);
    }

    [Fact]
    public void Forced_breaks_start_pages_and_space_vanishes_at_the_top()
    {
        var flow = new FlowBuilder();
        Paragraph(flow, "a", 1);
        flow.PageBreak();
        flow.PageBreak();
        Paragraph(flow, "b", 1);
        flow.Finish();
        var pages = Paginator.Paginate(flow.Items, 50);
        Assert.Equal(2, pages.Count);
        Assert.Equal(0, pages[1][0].Top);
    }

    [Fact]
    public void Tags_travel_with_the_lines_they_wrap()
    {
        var flow = new FlowBuilder();
        flow.Begin(StructureTag.Section);
        Paragraph(flow, "a", 6);
        flow.End();
        flow.Finish();
        var pages = Paginator.Paginate(flow.Items, 50);
        var first = pages[0][0].Line.Items;
        Assert.IsType<BeginTag>(first[0]);
        Assert.IsType<EndTag>(pages[^1][^1].Line.Items[^1]);
    }
}
