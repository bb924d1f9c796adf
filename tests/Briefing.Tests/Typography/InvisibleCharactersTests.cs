using Briefing.Layout;
using Briefing.Layout.Fonts;
using Briefing.Layout.Text;
using Briefing.Styles;
using Briefing.Tests.Layout;
using Briefing.Tests.Support;
using UglyToad.PdfPig;
using Xunit;

namespace Briefing.Tests.Typography;

/// <summary>Invisible characters no font has (the emoji presentation selector after "❤", joiners, tag characters)
/// are not drawn and not reported: before, each was a '?' on the page and a warning.</summary>
[Collection("pdf")]
public sealed class InvisibleCharactersTests
{
    private const string Vs16 = "\uFE0F";

    private static FontBook Book() => new(StyleLoader.Load(Repo.DefaultStyle));

    [Theory]
    [InlineData(0xFE0F, true)]
    [InlineData(0xFE00, true)]
    [InlineData(0xE0100, true)]   // a supplementary variation selector
    [InlineData(0xE007F, true)]   // CANCEL TAG, the end of a flag's tag sequence
    [InlineData(0x200D, true)]
    [InlineData(0x180E, true)]
    [InlineData(0x00AD, false)]   // the soft hyphen is the line breaker's
    [InlineData('a', false)]
    [InlineData(0x1F3FD, false)]  // a skin-tone modifier is not default-ignorable (see the skin-tone test)
    [InlineData(0xFFF9, false)]   // interlinear annotation anchor: a format character, but not default-ignorable
    public void Default_ignorable_code_points_are_Unicodes(int cp, bool ignorable) =>
        Assert.Equal(ignorable, FontBook.IsDefaultIgnorable(cp));

    [Fact]
    public void A_skin_tone_no_face_has_leaves_its_emoji_drawn_alone()
    {
        Assert.False(FontBook.IsDefaultIgnorable(0x1F3FD));
        Assert.True(FontBook.LeftOutWhenMissing(0x1F3FD));
        var book = Book();
        var face = book.Face(Family.Body, false, false);
        var runs = book.Runs("Agreed \U0001F44D\U0001F3FD.", face, 10);
        Assert.Equal("Agreed \U0001F44D.", string.Concat(runs.Select(r => r.Text)));
        Assert.Empty(book.Missing);
    }

    [Fact]
    public void A_variation_selector_no_face_has_is_neither_drawn_nor_measured_nor_missing()
    {
        var book = Book();
        var face = book.Face(Family.Body, false, false);
        var runs = book.Runs($"I \u2764{Vs16} this \u26A0{Vs16}", face, 10);
        Assert.Equal("I \u2764 this \u26A0", string.Concat(runs.Select(r => r.Text)));
        Assert.Empty(book.Missing);
        Assert.Equal(book.Measure("I \u2764 this \u26A0", face, 10), book.Measure($"I \u2764{Vs16} this \u26A0{Vs16}", face, 10), 9);
        Assert.Equal(runs.Sum(r => r.Width), book.Measure($"I \u2764{Vs16} this \u26A0{Vs16}", face, 10), 9);
    }

    [Fact]
    public void Text_of_nothing_but_invisible_characters_is_one_empty_run()
    {
        var book = Book();
        var face = book.Face(Family.Body, false, false);
        var run = Assert.Single(book.Runs(Vs16 + "\U000E0100", face, 10));
        Assert.Equal("", run.Text);
        Assert.Equal(0, run.Width);
        Assert.Equal(0, book.Measure(Vs16, face, 10));
    }

    [Fact]
    public void Pieces_joined_across_a_dropped_character_kern_as_the_characters_that_meet()
    {
        var book = Book();
        var face = book.Face(Family.Body, false, false);
        var kern = book.Join("A", "V", face, 10);
        Assert.True(kern < 0);
        Assert.Equal(kern, book.Join("A" + Vs16, "V", face, 10), 9);
        Assert.Equal(kern, book.Join("A", Vs16 + "V", face, 10), 9);
        Assert.Equal(0, book.Join(Vs16, "V", face, 10));
        Assert.Equal(0, book.Join("A " + Vs16, "V", face, 10));
    }

    [Fact]
    public void A_word_of_nothing_but_invisible_characters_takes_no_place_between_spaces()
    {
        var ctx = new LayoutContext(BriefingFixture.Style(), "a4", "en", new HashSet<string>());
        // Where the line's text ends: a dropped word that kept its place would add a second space.
        double End(string text) => ParagraphSetter.Set(ctx, [new Span(text, ctx.BodyStyle, null, StructureTag.Paragraph)], new ParagraphShape(400))
            .SelectMany(l => l.Items).OfType<TextItem>().Max(t => t.X + t.Width);
        Assert.Equal(End("A lone here."), End($"A lone {Vs16} here."), 6);
        Assert.Equal(End("A lone here."), End($"A lone {Vs16}\U000E0100 here."), 6);
        Assert.True(End("A lone x here.") > End("A lone here.") + 2);
    }

    [Fact]
    public void Built_the_page_shows_the_symbol_with_no_question_mark_and_no_warning()
    {
        using var dir = new TempDir();
        var source = dir.File("v.md", $"# Signs\n\nI \u2764{Vs16} this, \u26A0{Vs16} careful, done \u2714{Vs16}.\n");
        var run = CliRun.Of("build", source, "-o", dir.Path, "--format", "pdf");
        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("no font of the style", run.Err);
        Assert.Equal(0, CliRun.Of("check", source).ExitCode);
        using var pdf = PdfDocument.Open(Path.Combine(dir.Path, "v.pdf"));
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        Assert.Contains("I\u2764this,\u26A0careful,done\u2714.", text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("?", text, StringComparison.Ordinal);
    }
}
