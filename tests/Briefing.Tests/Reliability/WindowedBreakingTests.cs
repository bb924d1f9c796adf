using Briefing.Layout.Breaking;
using Briefing.Layout.Hyphenation;
using Xunit;

namespace Briefing.Tests.Reliability;

/// <summary>A paragraph of tens of thousands of words is broken in windows: legal, in order, as good as whole.</summary>
public sealed class WindowedBreakingTests
{
    private static (List<string> Words, ParagraphItemList List) Paragraph(int count, int seed)
    {
        var rng = new Random(seed);
        var words = Enumerable.Range(0, count).Select(_ => new string('m', rng.Next(1, 12))).ToList();
        return (words, ParagraphItems.Build(words, w => w.Length * 5.0, 3, 3, null));
    }

    private static double Measure(int line) => line == 0 ? 280 : 300;

    [Fact]
    public void Short_paragraphs_go_to_the_breaker_whole()
    {
        var (_, list) = Paragraph(2_000, 1);
        var breaker = new KnuthPlassBreaker();
        Assert.Equal(breaker.Break(list.Items, Measure), WindowedBreaking.Break(breaker, list.Items, Measure));
    }

    [Fact]
    public void A_huge_paragraph_breaks_in_windows_as_well_as_whole()
    {
        var (words, list) = Paragraph(40_000, 2);
        Assert.True(list.Items.Count > WindowedBreaking.MaxItems);
        var breaker = new KnuthPlassBreaker();
        var whole = breaker.Break(list.Items, Measure);
        var windowed = WindowedBreaking.Break(breaker, list.Items, Measure);

        Assert.Equal(list.Items.Count - 1, windowed[^1].Position);
        for (var i = 0; i < windowed.Count; i++)
        {
            var b = windowed[i];
            if (i > 0) Assert.True(b.Position > windowed[i - 1].Position, $"break {i} goes backwards");
            var item = list.Items[b.Position];
            Assert.True(item.Kind == ItemKind.Penalty || (item.Kind == ItemKind.Glue && list.Items[b.Position - 1].Kind == ItemKind.Box), $"break {i} at an illegal item");
            // No seam leaves an overfull line, nor one looser than the loosest the whole paragraph needs.
            if (i < windowed.Count - 1) Assert.InRange(b.Ratio, -1, whole.SkipLast(1).Max(w => w.Ratio) + 1e-9);
        }
        // The seams cost next to nothing: within a line per window of the total-fit optimum.
        Assert.InRange(windowed.Count, whole.Count, whole.Count + list.Items.Count / WindowedBreaking.Window + 1);
        // Every word is on exactly one line, in order.
        var text = string.Join(" ", Enumerable.Range(0, windowed.Count).Select(l => ParagraphItems.LineText(words, list, windowed, l)));
        Assert.Equal(string.Join(" ", words), text);
    }

    [Fact]
    public void A_huge_word_with_no_spaces_is_still_broken()
    {
        // A long run of pieces joined only by penalties (a word cut between its characters).
        var items = new List<BreakItem>();
        for (var i = 0; i < 30_000; i++)
        {
            if (i > 0) items.Add(BreakItem.PenaltyItem(0, 200, false));
            items.Add(BreakItem.Box(6));
        }
        items.Add(BreakItem.PenaltyItem(0, BreakItem.Infinity, false));
        items.Add(BreakItem.Glue(0, BreakItem.Infinity, 0));
        items.Add(BreakItem.PenaltyItem(0, -BreakItem.Infinity, false));
        var breaks = WindowedBreaking.Break(new KnuthPlassBreaker(), items, _ => 300);
        Assert.Equal(items.Count - 1, breaks[^1].Position);
        Assert.InRange(breaks.Count, 30_000 * 6 / 300, 30_000 * 6 / 300 + 2 * (items.Count / WindowedBreaking.Window + 1));
    }
}
