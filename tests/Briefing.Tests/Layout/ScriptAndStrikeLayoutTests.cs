using Briefing.Layout;
using Briefing.Layout.Flow;
using Briefing.Layout.Text;
using Briefing.Model;
using Xunit;

namespace Briefing.Tests.Layout;

/// <summary>Sub- and superscripts set smaller on a shifted baseline; struck-through words with a rule through them.</summary>
public sealed class ScriptAndStrikeLayoutTests
{
    private static readonly LayoutContext Ctx = new(BriefingFixture.Style(), "a4", "en", new HashSet<string>());

    private static List<SetLine> Set(IReadOnlyList<Inline> inlines, double width, bool justify = true) =>
        ParagraphSetter.Set(Ctx, InlineFlattener.Flatten(inlines, Ctx.BodyStyle, StructureTag.Paragraph, Ctx.Link, BlockComposer.CodeScale),
            new ParagraphShape(width, Justify: justify));

    private static TextItem Item(SetLine line, string text) => line.Items.OfType<TextItem>().Single(t => t.Text == text);

    [Fact]
    public void A_superscript_is_smaller_and_above_the_baseline_a_subscript_below()
    {
        var line = Set([new TextRun("area x"), new Superscript(Inlines.Text("2")), new TextRun(" of H"), new Subscript(Inlines.Text("2")), new TextRun("O")],
            Ctx.FrameWidth, justify: false).Single();
        var texts = line.Items.OfType<TextItem>().ToList();
        var (sup, sub) = (texts[1], texts[3]);
        var size = Ctx.BodyStyle.Size;
        Assert.Equal(("2", "2"), (sup.Text, sub.Text));
        Assert.All(texts.Where(t => t != sup && t != sub), t => Assert.Equal((0.0, size), (t.Y, t.Size)));
        // Layout's y runs down: a raised baseline is negative.
        Assert.InRange(sup.Size / size, 0.6, 0.72);
        Assert.InRange(-sup.Y / size, 0.28, 0.38);
        Assert.InRange(sub.Size / size, 0.6, 0.72);
        Assert.InRange(sub.Y / size, 0.1, 0.2);
        // Each follows what it is set against, without a space.
        Assert.Equal(texts[0].X + texts[0].Width, sup.X, 3);
        Assert.Equal(texts[2].X + texts[2].Width, sub.X, 3);
        Assert.Empty(line.Items.OfType<BoxItem>());
    }

    [Fact]
    public void A_strike_rule_goes_through_the_struck_words_and_the_spaces_between_them_and_no_further()
    {
        const string struck = "DELETED WORDS THAT RUN OVER THE LINE BREAK AND ON TO THE NEXT";   // capitals: told apart from the rest
        var lines = Set([new TextRun(BriefingFixture.Sentences(1, 6) + " "), new Strikethrough(Inlines.Text(struck)), new TextRun(" kept words follow. " + BriefingFixture.Sentences(1, 6))],
            260);
        var size = Ctx.BodyStyle.Size;
        var colour = Ctx.BodyStyle.Colour;
        var ruled = lines.Where(l => l.Items.OfType<BoxItem>().Any()).ToList();
        Assert.True(ruled.Count >= 2, "the struck words run over a line break");
        foreach (var line in ruled)
        {
            var rule = Assert.Single(line.Items.OfType<BoxItem>());
            var struckItems = line.Items.OfType<TextItem>().Where(t => t.Text.TrimEnd('-') is { Length: > 1 } w && w.All(c => c is ' ' || char.IsUpper(c))).ToList();
            Assert.NotEmpty(struckItems);
            // From the first struck word's left edge to the last one's right edge: spaces between included, none beyond.
            Assert.Equal(struckItems.Min(t => t.X), rule.X, 3);
            Assert.Equal(struckItems.Max(t => t.X + t.Width), rule.X + rule.Width, 3);
            Assert.DoesNotContain(line.Items.OfType<TextItem>(), t => !struckItems.Contains(t) && t.X < rule.X + rule.Width - 0.01 && t.X + t.Width > rule.X + 0.01);
            Assert.True(struckItems.Count > 1 || struckItems[0].Text.Contains(' ', StringComparison.Ordinal), "several words on each ruled line");
            // Through the middle of the lower-case letters, as thick as a stem, in the text's colour.
            var middle = -(rule.Y + rule.Height / 2) / size;
            Assert.InRange(middle, 0.22, 0.36);
            Assert.InRange(rule.Height / size, 0.03, 0.08);
            Assert.Equal(colour, rule.Colour);
        }
        var unstruck = lines.SelectMany(l => l.Items.OfType<TextItem>()).Where(t => t.Text.Contains("kept", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(unstruck);
    }

    [Fact]
    public void A_struck_formula_keeps_one_rule_at_the_height_of_its_words()
    {
        var line = Set([new Strikethrough([new TextRun("H"), new Subscript(Inlines.Text("2")), new TextRun("O")])], Ctx.FrameWidth, justify: false).Single();
        var rule = Assert.Single(line.Items.OfType<BoxItem>());
        var texts = line.Items.OfType<TextItem>().ToList();
        Assert.Equal(["H", "2", "O"], texts.Select(t => t.Text));
        Assert.Equal(texts[0].X, rule.X, 3);
        Assert.Equal(texts[2].X + texts[2].Width, rule.X + rule.Width, 3);
        Assert.InRange(-(rule.Y + rule.Height / 2) / Ctx.BodyStyle.Size, 0.22, 0.36);
    }
}
