using Briefing.Layout.Breaking;
using Briefing.Layout.Hyphenation;
using Xunit;

namespace Briefing.Tests.Typography;

public class ParagraphItemsTests
{
    private static readonly Hyphenator EnUs = Hyphenator.ForLanguage("en-us")!;
    private static double Mono(string s) => s.Length * 5.0;

    [Fact]
    public void WordsSpacesHyphensAndFinishFollowTexConventions()
    {
        string[] words = ["well-known", "hyphenation"];
        var list = ParagraphItems.Build(words, Mono, spaceWidth: 3, hyphenWidth: 4, EnUs);
        BreakItem[] expected =
        [
            BreakItem.Box(25), BreakItem.PenaltyItem(0, 50, true), BreakItem.Box(25), // well- | known
            BreakItem.Glue(3, 1.5, 1),
            BreakItem.Box(10), BreakItem.PenaltyItem(4, 50, true), BreakItem.Box(20), // hy-phen-ation
            BreakItem.PenaltyItem(4, 50, true), BreakItem.Box(25),
            BreakItem.PenaltyItem(0, BreakItem.Infinity, false), BreakItem.Glue(0, BreakItem.Infinity, 0),
            BreakItem.PenaltyItem(0, -BreakItem.Infinity, false),
        ];
        Assert.Equal(expected, list.Items);
        ItemSource[] sources =
        [
            new(0, 0, 5), new(0, 5, 0), new(0, 5, 5), new(0, 0, 0),
            new(1, 0, 2), new(1, 2, 0), new(1, 2, 4), new(1, 6, 0), new(1, 6, 5),
            new(-1, 0, 0), new(-1, 0, 0), new(-1, 0, 0),
        ];
        Assert.Equal(sources, list.Sources);
    }

    [Fact]
    public void PremeasuredWordsKeepTheirWidthAndPiecesAreMeasured()
    {
        var asked = new List<string>();
        double Measure(string s) { asked.Add(s); return s.Length * 5.0; }
        var list = ParagraphItems.Build([("Iran", 21.5), ("hyphenation", 60.0)], Measure, 3, 4, EnUs);
        Assert.Equal([21.5, 10, 20, 25], list.Items.Where(i => i.Kind == ItemKind.Box).Select(i => i.Width));
        Assert.Equal(["hy", "phen", "ation"], asked);
    }

    [Fact]
    public void WithoutHyphenatorWordsStayWholeButHardHyphensStillBreak()
    {
        var list = ParagraphItems.Build(["counter-revolutionary", "hyphenation"], Mono, 3, 4, null);
        Assert.Equal(3, list.Items.Count(i => i.Kind == ItemKind.Box)); // counter- | revolutionary | hyphenation
        Assert.Single(list.Items, i => i.Kind == ItemKind.Penalty && i.Flagged);
    }

    [Theory]
    [InlineData("-5")]           // leading minus
    [InlineData("pre-")]         // trailing hyphen
    [InlineData("1990–2000")]    // numbers
    [InlineData("a--b")]
    [InlineData("http://x-y.org")]
    public void NoHardBreakWhereItWouldMisleadTheReader(string word)
    {
        var list = ParagraphItems.Build([word], Mono, 3, 4, EnUs);
        Assert.DoesNotContain(list.Items.Take(list.Items.Count - 3), i => i.Kind == ItemKind.Penalty);
    }

    [Fact]
    public void SoftHyphensAreTheOnlyBreaksOfTheirWord()
    {
        var builder = new ParagraphItemBuilder(EnUs);
        builder.AddWord("hyphen\u00ADation", Mono, 4, tag: 7);
        var list = builder.Finish();
        Assert.Equal([BreakItem.Box(30), BreakItem.PenaltyItem(4, 50, true), BreakItem.Box(25)], list.Items.Take(3));
        Assert.Equal([new ItemSource(7, 0, 6), new(7, 7, 0), new(7, 7, 5)], list.Sources.Take(3));
    }

    [Fact]
    public void LineBreakDropsTheSpaceBeforeItAndIsForced()
    {
        var builder = new ParagraphItemBuilder(null);
        builder.AddWord("one", Mono, 4, 0);
        builder.AddSpace(3, 0);
        builder.AddLineBreak(1);
        builder.AddWord("two", Mono, 4, 2);
        var items = builder.Finish().Items;
        Assert.Equal(ItemKind.Penalty, items[1].Kind); // no glue left between "one" and the break
        var breaks = new KnuthPlassBreaker().Break(items, _ => 500);
        Assert.Equal([3, items.Count - 1], breaks.Select(b => b.Position));
    }

    [Fact]
    public void NarrowMeasureHyphenatesAndLinesReadBack()
    {
        string[] words = ["International", "relationships", "require", "cooperation", "between", "governments."];
        var list = ParagraphItems.Build(words, Mono, 5, 5, EnUs);
        var breaks = new KnuthPlassBreaker().Break(list.Items, _ => 75); // 15 characters
        var lines = Enumerable.Range(0, breaks.Count).Select(i => ParagraphItems.LineText(words, list, breaks, i)).ToList();
        Assert.Contains(lines, l => l.EndsWith('-'));
        Assert.Equal(string.Join(' ', words), string.Join(' ', lines).Replace("- ", ""));
        Assert.All(breaks, b => Assert.True(b.Ratio >= -1));
    }
}
