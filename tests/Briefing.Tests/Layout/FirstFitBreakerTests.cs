using Briefing.Layout.Breaking;
using CsCheck;
using Xunit;

namespace Briefing.Tests.Layout;

public sealed class FirstFitBreakerTests
{
    private static readonly FirstFitBreaker Breaker = new();

    /// <summary>Words of the given widths separated by spaces (width 4, stretch 2, shrink 1), finished TeX-style.</summary>
    private static List<BreakItem> Words(params double[] widths)
    {
        var items = new List<BreakItem>();
        for (var i = 0; i < widths.Length; i++)
        {
            if (i > 0) items.Add(BreakItem.Glue(4, 2, 1));
            items.Add(BreakItem.Box(widths[i]));
        }
        items.Add(BreakItem.PenaltyItem(0, BreakItem.Infinity, false));
        items.Add(BreakItem.Glue(0, BreakItem.Infinity, 0));
        items.Add(BreakItem.PenaltyItem(0, -BreakItem.Infinity, false));
        return items;
    }

    [Fact]
    public void Each_line_takes_as_many_words_as_fit()
    {
        // 10+4+10+4+10 = 38 fits 40; adding another word would not.
        var items = Words(10, 10, 10, 10, 10, 10);
        var breaks = Breaker.Break(items, _ => 40);
        Assert.Equal(2, breaks.Count);
        Assert.Equal(5, breaks[0].Position); // the glue after the third word
        Assert.Equal(items.Count - 1, breaks[1].Position);
        Assert.Equal(2.0 / 4, breaks[0].Ratio, 6); // 2 pt short, two glues of stretch 2
        Assert.Equal(0, breaks[1].Ratio); // the last line has infinite stretch
    }

    [Fact]
    public void Shrinking_spaces_lets_a_word_stay_on_the_line()
    {
        // Natural 10+4+10+4+10 = 38 > 37, but each space may give 1 pt.
        var breaks = Breaker.Break(Words(10, 10, 10, 10), _ => 37);
        Assert.Equal(5, breaks[0].Position);
        Assert.True(breaks[0].Ratio is < 0 and >= -1);
    }

    [Fact]
    public void A_word_wider_than_the_line_stands_alone_and_is_reported_overfull()
    {
        var breaks = Breaker.Break(Words(5, 100, 5), _ => 40);
        Assert.Equal(3, breaks.Count);
        Assert.True(breaks[1].Ratio < -1);
    }

    [Fact]
    public void Forced_breaks_end_lines_and_leading_glue_is_dropped()
    {
        var items = Words(10, 10);
        items.InsertRange(1, [BreakItem.PenaltyItem(0, BreakItem.Infinity, false), BreakItem.Glue(0, BreakItem.Infinity, 0), BreakItem.PenaltyItem(0, -BreakItem.Infinity, false)]);
        var breaks = Breaker.Break(items, _ => 100);
        Assert.Equal(2, breaks.Count);
        Assert.Equal(3, breaks[0].Position);
    }

    [Fact]
    public void Hyphen_penalties_are_taken_when_the_word_does_not_fit()
    {
        var items = new List<BreakItem>
        {
            BreakItem.Box(30), BreakItem.Glue(4, 2, 1), BreakItem.Box(10), BreakItem.PenaltyItem(3, 50, true), BreakItem.Box(10),
            BreakItem.PenaltyItem(0, BreakItem.Infinity, false), BreakItem.Glue(0, BreakItem.Infinity, 0), BreakItem.PenaltyItem(0, -BreakItem.Infinity, false),
        };
        var breaks = Breaker.Break(items, _ => 48);
        Assert.Equal(3, breaks[0].Position);
    }

    [Fact]
    public void Lines_never_overflow_unless_a_single_box_does()
    {
        Gen.Double[1, 60].Array[1, 80].Sample(widths =>
        {
            var items = Words(widths);
            var breaks = Breaker.Break(items, _ => 60);
            var start = 0;
            foreach (var b in breaks)
            {
                double natural = 0, shrink = 0;
                var boxes = 0;
                for (var i = start; i < b.Position; i++)
                {
                    var it = items[i];
                    if (it.Kind == ItemKind.Box) { natural += it.Width; boxes++; }
                    else if (it.Kind == ItemKind.Glue && i > start && it.Stretch < BreakItem.Infinity) { natural += it.Width; shrink += it.Shrink; }
                }
                Assert.True(natural - shrink <= 60 + 1e-9 || boxes == 1, $"line from {start} to {b.Position} is {natural} wide");
                start = b.Position + 1;
                while (start < items.Count && items[start].Kind == ItemKind.Glue) start++;
            }
            Assert.Equal(items.Count - 1, breaks[^1].Position);
        }, iter: 300);
    }
}
