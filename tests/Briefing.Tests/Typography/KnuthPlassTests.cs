using System.Diagnostics;
using Briefing.Layout.Breaking;
using Briefing.Layout.Hyphenation;
using Xunit;
using Xunit.Abstractions;

namespace Briefing.Tests.Typography;

public class KnuthPlassTests(ITestOutputHelper output)
{
    private static readonly BreakItem RigidSpace = BreakItem.Glue(10, 0, 0);

    private static List<BreakItem> Words(BreakItem space, params double[] widths)
    {
        var items = new List<BreakItem>();
        for (var i = 0; i < widths.Length; i++)
        {
            if (i > 0) items.Add(space);
            items.Add(BreakItem.Box(widths[i]));
        }
        items.AddRange(TypographyFixtures.Finish());
        return items;
    }

    [Fact]
    public void EmptyParagraphHasNoLines() => Assert.Empty(new KnuthPlassBreaker().Break([], _ => 100));

    [Fact]
    public void DegenerateParagraphsStillEndWithABreak()
    {
        var breaker = new KnuthPlassBreaker();
        Assert.Equal([new LineBreak(0, 0)], breaker.Break([BreakItem.Box(30)], _ => 100)); // short, nothing to stretch
        Assert.Equal([2], breaker.Break([.. TypographyFixtures.Finish()], _ => 100).Select(b => b.Position));
        var wide = breaker.Break([BreakItem.Box(130), .. TypographyFixtures.Finish()], _ => 100);
        Assert.Equal(3, wide[0].Position);
        Assert.True(double.IsNegativeInfinity(wide[0].Ratio)); // overfull with no shrink
        var notForced = breaker.Break([BreakItem.Box(30), BreakItem.Glue(10, 5, 3), BreakItem.Box(30)], _ => 100);
        Assert.Equal([2], notForced.Select(b => b.Position)); // the end is a break even without a forced penalty
    }

    [Fact]
    public void OnlyOneFeasibleBreakSetIsFound()
    {
        // Rigid spaces, measure 100: 30+10+60 = 100, 20+10+70 = 100, 45+10+45 on the last line (finishing glue).
        // Every other first line is either short with nothing to stretch (30, infinitely bad) or overfull (130),
        // and likewise for the second line, so glue 3 then glue 7 is the only solution.
        var items = Words(RigidSpace, 30, 60, 20, 70, 45, 45);
        var result = new KnuthPlassBreaker().Solve(items, _ => 100);
        Assert.Equal([3, 7, 13], result.Breaks.Select(b => b.Position));
        Assert.All(result.Breaks, b => Assert.Equal(0, b.Ratio));
        Assert.Equal(1, result.Pass);
        Assert.Equal(3 * 100, result.Demerits); // three perfect lines: (linepenalty 10 + badness 0)^2 each
    }

    [Fact]
    public void VariableLineWidthsAreHonoured()
    {
        // First line 70 wide, the rest 100: only 30+10+30 | 45+10+45 | 20 fits.
        var items = Words(RigidSpace, 30, 30, 45, 45, 20);
        var narrowFirst = new KnuthPlassBreaker().Solve(items, line => line == 0 ? 70 : 100);
        Assert.Equal([3, 7, items.Count - 1], narrowFirst.Breaks.Select(b => b.Position));
        Assert.Equal(1, narrowFirst.Pass);
        // With 100 everywhere no first line fits (30+10+30 is 30 short with nothing to stretch, 105 is too wide):
        // only the emergency pass finds an answer.
        Assert.Equal(3, new KnuthPlassBreaker().Solve(items, _ => 100).Pass);
    }

    [Fact]
    public void TotalFitBeatsFirstFit()
    {
        // Measure 100; spaces 10 wide, stretch 5, shrink 3; boxes 25 25 25 20 20 45 30. Worked by hand:
        // first fit (natural widths): 25 25 25 = 95 (+20 = 125 too wide) | 20 20 = 50 (+45 = 105 too wide) | 45 30.
        //   Line 2 has one space to stretch by 50: ratio 10.
        // total fit: line 1 must be 25 25 25 (25 25 = 60 has ratio 8; 25 alone cannot stretch; four boxes are
        //   overfull), ratio 0.5. Line 2: 20 20 45 = 105 shrinks by 5 of 6, ratio -5/6 (badness 58 < 100);
        //   20 20 is ratio 10 and adding 30 is overfull. So the breaks are glue 5, glue 11, end, in the first pass.
        var items = Words(BreakItem.Glue(10, 5, 3), 25, 25, 25, 20, 20, 45, 30);
        var firstFit = FirstFit(items, 100);
        Assert.Equal([5, 9, 15], firstFit.Select(b => b.Position));
        Assert.Equal(10, firstFit[1].Ratio, 9);
        var total = new KnuthPlassBreaker().Solve(items, _ => 100);
        Assert.Equal([5, 11, 15], total.Breaks.Select(b => b.Position));
        Assert.Equal([0.5, Math.Round(-5.0 / 6, 9), 0], total.Breaks.Select(b => Math.Round(b.Ratio, 9)));
        Assert.Equal(1, total.Pass);
        Assert.True(Demerits(items, total.Breaks) < Demerits(items, firstFit));
    }

    [Fact]
    public void OverfullBoxStillBreaksAndReportsIt()
    {
        var items = Words(BreakItem.Glue(10, 5, 3), 20, 150, 20, 30);
        var result = new KnuthPlassBreaker().Solve(items, _ => 100);
        Assert.Equal(3, result.Pass);
        Assert.Equal(items.Count - 1, result.Breaks[^1].Position);
        var lines = TypographyFixtures.Lines(items, result.Breaks);
        var overfull = lines.FindIndex(l => l.Width > 150 - 1e-9 && l.Width < 300);
        Assert.True(overfull >= 0);
        Assert.True(result.Breaks[overfull].Ratio < -1);
        Assert.Equal(lines.Count(l => l.Width - l.Shrink > 100), result.Breaks.Count(b => b.Ratio < -1));
    }

    [Fact]
    public void HyphenBreaksAreLeftForTheSecondPass()
    {
        // "aaaaa-bbbbb" can be hyphenated; a measure that needs no hyphen keeps the word whole (pass 1).
        var items = new List<BreakItem>
        {
            BreakItem.Box(50), BreakItem.Glue(10, 5, 3), BreakItem.Box(25), BreakItem.PenaltyItem(5, 50, true),
            BreakItem.Box(25),
        };
        items.AddRange(TypographyFixtures.Finish());
        var wide = new KnuthPlassBreaker().Solve(items, _ => 110);
        Assert.Equal(1, wide.Pass);
        Assert.DoesNotContain(wide.Breaks, b => items[b.Position].Flagged);
        // At 80 the only good lines are 50+10+25+hyphen 5 = 90 (shrink 3: overfull) … or 50 | 25-25: pass 2 may
        // hyphenate; whatever it picks, every line fits.
        var narrow = new KnuthPlassBreaker().Solve(items, _ => 60);
        Assert.All(narrow.Breaks, b => Assert.True(b.Ratio >= -1));
    }

    [Fact]
    public void ConsecutiveHyphensCostExtra()
    {
        // Measure 100, spaces 10/5/3, hyphens 10 wide. Words 50, 30|45, 35|6, 40 (| = hyphenation point).
        // Line 1 can only be "50 30-" (= 100; "50" alone cannot stretch, "50 75" is overfull).
        // Then either "45 35-" (= 100, ratio 0, demerits 10² + 50² = 2600) and "6 40",
        // or "45 35 6" (= 96, ratio 0.8, badness 51.2, demerits 61.2² ≈ 3745) and "40".
        // Without hyphen demerits the hyphenated pair wins (2600 < 3745); with them it loses.
        var g = BreakItem.Glue(10, 5, 3);
        var h = BreakItem.PenaltyItem(10, 50, true);
        var items = new List<BreakItem>
        {
            BreakItem.Box(50), g, BreakItem.Box(30), h, BreakItem.Box(45), g, BreakItem.Box(35), h, BreakItem.Box(6),
            g, BreakItem.Box(40),
        };
        items.AddRange(TypographyFixtures.Finish());
        var cheap = new KnuthPlassBreaker(new KnuthPlassOptions { DoubleHyphenDemerits = 0, FinalHyphenDemerits = 0 }).Break(items, _ => 100);
        var dear = new KnuthPlassBreaker(new KnuthPlassOptions { FinalHyphenDemerits = 0 }).Break(items, _ => 100);
        Assert.Equal([3, 7, 13], cheap.Select(b => b.Position));
        Assert.Equal([3, 9, 13], dear.Select(b => b.Position));
        Assert.Equal(0.8, dear[1].Ratio, 9);
    }

    [Fact]
    public void ShortLastLineIsAvoidedWhenCheap()
    {
        // Ten 20-wide words with stretchy spaces on a measure of 150: without the rule the last line may hold a
        // single word; with a strong rule the last line is at least a fifth of the measure.
        var items = Words(BreakItem.Glue(8, 6, 3), 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20);
        var strict = new KnuthPlassBreaker(new KnuthPlassOptions { ShortLastLineFraction = 0.3, ShortLastLineDemerits = 1e6 });
        var lines = TypographyFixtures.Lines(items, strict.Break(items, _ => 150));
        Assert.True(lines[^1].Width >= 0.3 * 150, $"last line {lines[^1].Width}");
        var lax = new KnuthPlassBreaker(new KnuthPlassOptions { ShortLastLineFraction = 0 });
        var laxLines = TypographyFixtures.Lines(items, lax.Break(items, _ => 150));
        Assert.True(laxLines[^1].Width < 0.3 * 150, $"lax last line {laxLines[^1].Width}");
    }

    [Fact]
    public void HundredThousandItemsBreakQuickly()
    {
        // The seed article's words, repeated into one paragraph of over 100,000 items, hyphenated, set in a
        // monospace-like measure of about 60 characters (the first line indented).
        var seed = File.ReadAllText(Path.Combine(TypographyFixtures.RepoRoot(), "source-text", "russia-iran-relations.txt"))
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var words = new List<string>();
        while (words.Count < 45_000) words.AddRange(seed);
        var list = ParagraphItems.Build(words, s => s.Length * 5.2, 2.6, 3.5, Hyphenator.ForLanguage("en-us"));
        Assert.True(list.Items.Count >= 100_000);
        var breaker = new KnuthPlassBreaker();
        breaker.Solve(list.Items.Take(2000).Append(list.Items[^1]).ToList(), _ => 320); // warm up the JIT
        var sw = Stopwatch.StartNew();
        var result = breaker.Solve(list.Items, line => line == 0 ? 300 : 320);
        sw.Stop();
        output.WriteLine($"{list.Items.Count} items, {result.Breaks.Count} lines, pass {result.Pass}: {sw.Elapsed.TotalMilliseconds:F0} ms");
        Assert.Equal(list.Items.Count - 1, result.Breaks[^1].Position);
        Assert.All(result.Breaks, b => Assert.True(TypographyFixtures.IsLegalBreak(list.Items, b.Position)));
        Assert.True(result.Breaks.Count(b => b.Ratio < -1) <= words.Count(w => w.Length * 5.2 > 300) * 2);
    }

    private static IReadOnlyList<LineBreak> FirstFit(IReadOnlyList<BreakItem> items, double measure)
    {
        // Greedy: take each legal break that still fits at natural width, breaking at the last one that did.
        var breaks = new List<LineBreak>();
        var start = 0;
        var lastFit = -1;
        for (var b = 0; b < items.Count; b++)
        {
            if (!TypographyFixtures.IsLegalBreak(items, b)) continue;
            var width = TypographyFixtures.Lines(items, [.. breaks, new LineBreak(b, 0)])[^1].Width;
            var forced = items[b].Kind == ItemKind.Penalty && items[b].Penalty <= -BreakItem.Infinity;
            if (width <= measure && !forced) { lastFit = b; continue; }
            var at = forced && width <= measure ? b : lastFit;
            breaks.Add(new LineBreak(at, 0));
            if (at != b) { b = at; }
            lastFit = -1;
            start = at + 1;
        }
        _ = start;
        var lines = TypographyFixtures.Lines(items, breaks);
        return [.. breaks.Select((br, i) => br with { Ratio = RatioOf(lines[i], measure) })];
    }

    private static double RatioOf((double Width, double Stretch, double Shrink, bool Inf) line, double measure) =>
        line.Inf ? 0 : line.Width < measure ? (line.Stretch > 0 ? (measure - line.Width) / line.Stretch : double.PositiveInfinity)
        : line.Width > measure ? (line.Shrink > 0 ? (measure - line.Width) / line.Shrink : double.NegativeInfinity) : 0;

    private static double Demerits(IReadOnlyList<BreakItem> items, IReadOnlyList<LineBreak> breaks) =>
        ReferenceBreaker.Score(items, breaks, _ => 100, KnuthPlassOptions.Default, final: true) ?? double.PositiveInfinity;
}
