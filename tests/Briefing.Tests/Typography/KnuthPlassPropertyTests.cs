using Briefing.Layout.Breaking;
using CsCheck;
using Xunit;

namespace Briefing.Tests.Typography;

public class KnuthPlassPropertyTests
{
    /// <summary>A random paragraph: items plus a measure whose first lines may be narrower.</summary>
    internal sealed record Para(BreakItem[] Items, double Wide, double Narrow, int NarrowLines)
    {
        public double Width(int line) => line < NarrowLines ? Narrow : Wide;
        public override string ToString() =>
            $"W={Wide} N={Narrow}x{NarrowLines} [" + string.Join(' ', Items.Select(i => i.Kind switch
            {
                ItemKind.Box => i.Stretch > 0 ? $"B{i.Width}/{i.Stretch}/{i.Shrink}" : $"B{i.Width}",
                ItemKind.Glue => $"G{i.Width}/{i.Stretch}/{i.Shrink}",
                _ => $"P{i.Penalty}{(i.Flagged ? "f" : "")}/{i.Width}",
            })) + "]";
    }

    private const double HyphenWidth = 3;

    /// <summary>Words of 1–<paramref name="maxParts"/> hyphenatable parts, separated by spaces, some with an
    /// explicit penalty before the space and some by a forced line break; in some paragraphs the parts stretch and
    /// shrink by a fraction of their width (font expansion).</summary>
    private static Gen<Para> Paragraphs(int maxWords, int maxParts, int minPart, int maxPart, int minWide, int maxWide, int maxNarrowBy) =>
        from words in Gen.Int[minPart, maxPart].Array[1, maxParts].Array[1, maxWords]
        from seps in Gen.Select(Gen.Int[0, 11], Gen.Int[-300, 300], Gen.Int[3, 8]).Array[maxWords]
        from wide in Gen.Int[minWide, maxWide]
        from narrowBy in Gen.Int[0, maxNarrowBy]
        from narrowLines in Gen.Int[0, 3]
        from expansion in Gen.Int[0, 3].Select(i => Expansions[i])
        select Build(words, seps, wide, wide - narrowBy, narrowLines, expansion);

    private static readonly double[] Expansions = [0, 0, 0.02, 0.05];

    private static Para Build(int[][] words, (int Kind, int Penalty, int Space)[] seps, double wide, double narrow, int narrowLines,
        double expansion)
    {
        var items = new List<BreakItem>();
        for (var w = 0; w < words.Length; w++)
        {
            if (w > 0)
            {
                var (kind, penalty, space) = seps[w - 1];
                if (kind == 0)
                {
                    items.AddRange(TypographyFixtures.Finish()); // a forced line break inside the paragraph
                }
                else
                {
                    if (kind == 1) items.Add(BreakItem.PenaltyItem(0, penalty, false));
                    items.Add(BreakItem.Glue(space, space / 2.0, space / 3.0));
                }
            }
            for (var p = 0; p < words[w].Length; p++)
            {
                if (p > 0) items.Add(BreakItem.PenaltyItem(HyphenWidth, 50, true));
                items.Add(BreakItem.Box(words[w][p], words[w][p] * expansion, words[w][p] * expansion));
            }
        }
        items.AddRange(TypographyFixtures.Finish());
        return new Para([.. items], wide, narrow, narrowLines);
    }

    private static readonly KnuthPlassOptions[] OptionSets =
    [
        KnuthPlassOptions.Default,
        new KnuthPlassOptions { Pretolerance = -1, DoubleHyphenDemerits = 50000, FitnessDemerits = 300 },
        new KnuthPlassOptions { Tolerance = 1000, LinePenalty = 1, FinalHyphenDemerits = 0, ShortLastLineFraction = 0.5, ShortLastLineDemerits = 20000 },
        new KnuthPlassOptions { Pretolerance = 10, Tolerance = 50, FitnessDemerits = 0 },
    ];

    private static readonly Gen<KnuthPlassOptions> Options = Gen.Int[0, 3].Select(i => OptionSets[i]);

    [Fact]
    public void FindsTheBruteForceOptimum() =>
        Gen.Select(Paragraphs(maxWords: 6, maxParts: 2, minPart: 3, maxPart: 20, minWide: 40, maxWide: 90, maxNarrowBy: 15), Options)
            .Sample((para, options) =>
            {
                var kp = new KnuthPlassBreaker(options).Solve(para.Items, para.Width);
                var best = ReferenceBreaker.Optimum(para.Items, para.Width, options);
                Assert.NotNull(best); // every part plus a hyphen fits the narrowest line, so a solution exists
                var why = $"optimum {string.Join(',', best.Value.Breaks)} = {best.Value.Demerits} in pass {best.Value.Pass}; "
                    + $"got {string.Join(',', kp.Breaks.Select(b => b.Position))} = {kp.Demerits} in pass {kp.Pass}";
                Assert.True(best.Value.Pass == kp.Pass, why);
                Assert.True(Math.Abs(best.Value.Demerits - kp.Demerits) <= 1e-9 * Math.Max(1, Math.Abs(kp.Demerits)), why);
                var rescored = ReferenceBreaker.Score(para.Items, kp.Breaks, para.Width, options, final: kp.Pass == 3);
                Assert.NotNull(rescored);
                Assert.True(Math.Abs(rescored.Value - kp.Demerits) <= 1e-9 * Math.Max(1, Math.Abs(kp.Demerits)), why);
            }, iter: 1000);

    [Fact]
    public void BreaksAreLegalOrderedCompleteAndFit() =>
        Paragraphs(maxWords: 60, maxParts: 4, minPart: 2, maxPart: 25, minWide: 40, maxWide: 300, maxNarrowBy: 10)
            .Sample(para => CheckStructure(para, expectFit: true), iter: 300);

    [Fact]
    public void OverfullMaterialStillBreaksEverywhereItMust() =>
        Paragraphs(maxWords: 40, maxParts: 3, minPart: 2, maxPart: 120, minWide: 30, maxWide: 100, maxNarrowBy: 20)
            .Sample(para => CheckStructure(para, expectFit: false), iter: 300);

    private static void CheckStructure(Para para, bool expectFit)
    {
        var items = para.Items;
        var breaks = new KnuthPlassBreaker().Break(items, para.Width);
        Assert.Equal(items.Length - 1, breaks[^1].Position);
        for (var i = 0; i < breaks.Count; i++)
        {
            Assert.True(TypographyFixtures.IsLegalBreak(items, breaks[i].Position), $"illegal break at {breaks[i].Position}");
            if (i > 0) Assert.True(breaks[i].Position > breaks[i - 1].Position);
        }
        var broken = breaks.Select(b => b.Position).ToHashSet();
        for (var i = 0; i < items.Length; i++)
            if (items[i].Kind == ItemKind.Penalty && items[i].Penalty <= -BreakItem.Infinity)
                Assert.Contains(i, broken);

        var lines = TypographyFixtures.Lines(items, breaks);
        for (var i = 0; i < lines.Count; i++)
        {
            var (width, stretch, shrink, inf) = lines[i];
            var target = para.Width(i);
            var fits = width - shrink <= target + 1e-9;
            if (expectFit) Assert.True(fits, $"line {i} is {width - shrink} wide at full shrink, measure {target}");
            var r = breaks[i].Ratio;
            if (!fits) { Assert.True(r < -1); continue; }
            Assert.True(r >= -1 - 1e-12);
            // The reported ratio is the one that makes the line exactly the measure.
            if (width > target) Assert.Equal(target, width + r * shrink, 6);
            else if (width < target && !inf && stretch > 0) Assert.Equal(target, width + r * stretch, 6);
            else Assert.Equal(0, r);
        }
    }
}
