using System.Text.Json;
using Briefing.Layout.Breaking;
using Briefing.Tests.Integration;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Typography;

/// <summary>Never more than two hyphenated lines in a row: in both breakers, and on the seed as
/// bench/typography.py counts it.</summary>
public class HyphenRunTests
{
    /// <summary>Measure 100, rigid spaces: lines of exactly 100 exist only by breaking at the three hyphens in turn
    /// (60 + 10 + 25 + hyphen 5; 20 + 10 + 25 + 10 + 30 + 5; 40 + 10 + 45 + 5), then a last line of 30.</summary>
    private static List<BreakItem> Ladder()
    {
        var glue = BreakItem.Glue(10, 0, 0);
        var hyphen = BreakItem.PenaltyItem(5, 50, true);
        return
        [
            BreakItem.Box(60), glue, BreakItem.Box(25), hyphen, BreakItem.Box(20), glue, BreakItem.Box(25), glue,
            BreakItem.Box(30), hyphen, BreakItem.Box(40), glue, BreakItem.Box(45), hyphen, BreakItem.Box(30),
            .. TypographyFixtures.Finish(),
        ];
    }

    private static int LongestRun(IReadOnlyList<BreakItem> items, IReadOnlyList<LineBreak> breaks)
    {
        int run = 0, longest = 0;
        foreach (var b in breaks)
        {
            run = items[b.Position] is { Kind: ItemKind.Penalty, Flagged: true } ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        return longest;
    }

    [Fact]
    public void KnuthPlassGivesUpAPerfectLadderForTwoHyphensInARow()
    {
        var items = Ladder();
        var free = new KnuthPlassBreaker(new KnuthPlassOptions { MaxConsecutiveHyphens = 0 }).Solve(items, _ => 100);
        Assert.Equal([3, 9, 13, 17], free.Breaks.Select(b => b.Position));
        Assert.Equal(3, LongestRun(items, free.Breaks));

        var limited = new KnuthPlassBreaker().Solve(items, _ => 100);
        Assert.Equal(2, new KnuthPlassBreaker().Options.MaxConsecutiveHyphens);
        Assert.True(LongestRun(items, limited.Breaks) <= 2);
        Assert.Equal(3, limited.Pass); // only an underfull line avoids the third hyphen
        Assert.Equal(items.Count - 1, limited.Breaks[^1].Position);
        Assert.True(limited.Breaks.Zip(limited.Breaks.Skip(1)).All(p => p.First.Position < p.Second.Position));
        // Every line but the underfull one still fits exactly.
        var lines = TypographyFixtures.Lines(items, limited.Breaks);
        Assert.All(lines, l => Assert.True(l.Width <= 100 + 1e-9));
    }

    [Fact]
    public void FirstFitStopsAtTwoHyphensInARow()
    {
        var items = Ladder();
        var free = new FirstFitBreaker { MaxConsecutiveHyphens = 0 }.Break(items, _ => 100);
        Assert.Equal(3, LongestRun(items, free));
        var limited = new FirstFitBreaker().Break(items, _ => 100);
        Assert.True(LongestRun(items, limited) <= 2);
        Assert.All(TypographyFixtures.Lines(items, limited), l => Assert.True(l.Width <= 100 + 1e-9));
    }

    [Fact]
    public void RandomParagraphsNeverLadderWhenTheyNeedNot()
    {
        // Words of random widths, each with a hyphenation point, stretchable spaces: a breakable paragraph always
        // has an answer within the limit, so no run of three ever appears.
        var random = new Random(5);
        var breaker = new KnuthPlassBreaker();
        for (var trial = 0; trial < 300; trial++)
        {
            var items = new List<BreakItem>();
            var words = random.Next(20, 80);
            for (var w = 0; w < words; w++)
            {
                if (w > 0) items.Add(BreakItem.Glue(3, 1.5, 1));
                items.Add(BreakItem.Box(random.Next(4, 20)));
                items.Add(BreakItem.PenaltyItem(3, 50, true));
                items.Add(BreakItem.Box(random.Next(4, 20)));
            }
            items.AddRange(TypographyFixtures.Finish());
            var measure = random.Next(60, 140);
            var result = breaker.Solve(items, _ => measure);
            Assert.True(LongestRun(items, result.Breaks) <= 2, $"trial {trial}: measure {measure}, pass {result.Pass}");
        }
    }

    [ToolFact("python3", "pdftotext")]
    public void SeedHasNoHyphenLadderNorOverfullLinesNorWidows()
    {
        var pdf = BuiltOutputs.Of(Repo.SeedText).Pdf();
        var run = ToolRun.Of("python3", Path.Combine(Repo.Root, "bench", "typography.py"), pdf, "--json");
        Assert.True(run.ExitCode == 0, run.Err);
        using var figures = JsonDocument.Parse(run.Out);
        var r = figures.RootElement;
        Assert.True(r.GetProperty("hyphenated_lines").GetInt32() > 10); // hyphenation is on, and measured
        Assert.InRange(r.GetProperty("longest_hyphen_run").GetInt32(), 1, 2);
        Assert.Equal(0, r.GetProperty("overfull_lines").GetInt32());
        Assert.Equal(0, r.GetProperty("widows").GetInt32());
        Assert.Equal(0, r.GetProperty("orphans").GetInt32());
        // Issue 5's goals for the seed: spaces at most 1.4 × natural on 95 % of justified lines, 1.9 on any.
        Assert.InRange(r.GetProperty("space_ratio").GetProperty("p95").GetDouble(), 1, 1.4);
        Assert.InRange(r.GetProperty("space_ratio").GetProperty("max").GetDouble(), 1, 1.9);
        // Font expansion as the PDF draws it: justified lines both wider and narrower, within the default style's
        // ±2 % (scales are read to four decimals); paragraphs' last lines never scaled.
        var scale = r.GetProperty("glyph_scale");
        Assert.True(scale.GetProperty("lines").GetInt32() > 300);
        Assert.True(scale.GetProperty("wider").GetInt32() > 50 && scale.GetProperty("narrower").GetInt32() > 50);
        Assert.InRange(scale.GetProperty("min").GetDouble(), 0.98, 1);
        Assert.InRange(scale.GetProperty("max").GetDouble(), 1, 1.02);
        Assert.Equal(0, scale.GetProperty("scaled_short_lines").GetInt32());
    }
}
