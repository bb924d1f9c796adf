using Briefing.Layout;
using Briefing.Model;
using Xunit;

namespace Briefing.Tests.Layout;

/// <summary>Two blocks of one kind in a row (code, quotes, lists) are set as two, with space between them that the
/// page shows: two grey boxes, two quote bars, two lists further apart than their items.</summary>
public sealed class AdjacentBlocksTests
{
    private static readonly double Paragraph = BriefingFixture.Style().Spacing.Paragraph;

    /// <summary>The page holding <paramref name="marker"/>, of a document whose one chapter is <paramref name="blocks"/>.</summary>
    private static LaidOutPage PageOf(string marker, params Block[] blocks)
    {
        var document = BriefingFixture.Document() with { Chapters = [new Chapter(new Heading("c", Inlines.Text("Blocks")), blocks, [])] };
        var layout = LayoutEngine.Layout(document, BriefingFixture.Style(), "a4");
        return layout.Pages.Single(p => p.Items.OfType<TextItem>().Any(t => t.Text.Contains(marker, StringComparison.Ordinal)));
    }

    private static TextItem TextOf(LaidOutPage page, string text) =>
        page.Items.OfType<TextItem>().First(t => t.Text.Contains(text, StringComparison.Ordinal));

    /// <summary>Vertical extents (top, bottom) of the stacks of touching rectangles.</summary>
    private static List<(double Top, double Bottom)> Stacks(IEnumerable<(double Top, double Bottom)> pieces)
    {
        var stacks = new List<(double Top, double Bottom)>();
        foreach (var (top, bottom) in pieces.OrderBy(p => p.Top))
        {
            if (stacks.Count > 0 && top <= stacks[^1].Bottom + 0.01) stacks[^1] = (stacks[^1].Top, Math.Max(stacks[^1].Bottom, bottom));
            else stacks.Add((top, bottom));
        }
        return stacks;
    }

    [Fact]
    public void Two_code_blocks_in_a_row_are_two_boxes_a_paragraph_space_apart()
    {
        var page = PageOf("return", new CodeBlock("def main():\n    return 0", "python"), new CodeBlock("plain\ttab\nseparated\tvalues"));
        var boxes = Stacks(page.Items.OfType<BoxItem>().Select(b => (b.Y, b.Y + b.Height)));
        Assert.Equal(2, boxes.Count);
        Assert.True(boxes[1].Top - boxes[0].Bottom >= Paragraph - 0.01, $"{boxes[1].Top - boxes[0].Bottom:F2} pt between the boxes");
        var (first, second) = (TextOf(page, "return"), TextOf(page, "separated"));
        Assert.True(first.Y < boxes[0].Bottom && second.Y > boxes[1].Top, "each box holds its own code");
    }

    [Fact]
    public void Two_quotes_in_a_row_have_bars_further_apart_than_paragraphs_inside_a_quote()
    {
        var page = PageOf("The best way",
            new Quote([new Paragraph("q1", Inlines.Text("The best way to predict the future is to invent it.")),
                new Paragraph("q2", Inlines.Text("Second paragraph of the first quote."))]),
            new Quote([new Paragraph("q3", Inlines.Text("A second quote, quite separate."))]));
        var bars = Stacks(page.Items.OfType<RuleItem>().Where(r => r.X1 == r.X2).Select(r => (Math.Min(r.Y1, r.Y2), Math.Max(r.Y1, r.Y2))));
        Assert.Equal(2, bars.Count);
        var inside = TextOf(page, "Second paragraph").Y - TextOf(page, "The best way").Y;
        var between = TextOf(page, "A second quote").Y - TextOf(page, "Second paragraph").Y;
        Assert.True(bars[1].Top - bars[0].Bottom >= 2 * Paragraph - 0.01, $"{bars[1].Top - bars[0].Bottom:F2} pt between the bars");
        Assert.True(between >= inside + Paragraph - 0.01, $"quotes {between:F2} pt apart, paragraphs in a quote {inside:F2} pt");
    }

    [Fact]
    public void A_list_straight_after_another_stands_further_off_than_its_items()
    {
        static ListItem Item(string id, string text) => new([new Paragraph(id, Inlines.Text(text))]);
        var page = PageOf("apple",
            new BulletList([Item("a", "apple"), Item("b", "pear")]),
            new BulletList([Item("c", "plum"), Item("d", "quince")]),
            new BulletList([Item("e", "first"), Item("f", "second")], Ordered: true));
        double Y(string text) => TextOf(page, text).Y;
        var item = Y("pear") - Y("apple");
        Assert.True(Y("plum") - Y("pear") >= item + Paragraph - 0.01, $"lists {Y("plum") - Y("pear"):F2} pt apart, items {item:F2}");
        Assert.True(Y("first") - Y("quince") >= item + Paragraph - 0.01, $"lists {Y("first") - Y("quince"):F2} pt apart, items {item:F2}");
    }
}
