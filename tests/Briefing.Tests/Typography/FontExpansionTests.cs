using Briefing.Layout;
using Briefing.Layout.Breaking;
using Briefing.Layout.Fonts;
using Briefing.Layout.Hyphenation;
using Briefing.Layout.Text;
using Briefing.Model;
using Briefing.Styles;
using Briefing.Tests.Layout;
using Briefing.Tests.Pdf;
using Briefing.Tests.Support;
using UglyToad.PdfPig;
using Xunit;

namespace Briefing.Tests.Typography;

/// <summary>Font expansion: justified lines scale their glyphs a little (within the style's limits) so their spaces
/// vary less; the breaker counts the glyphs' stretch, lines still end exactly at the measure, and the PDF draws the
/// scaled glyphs where layout put them, as whole words.</summary>
public sealed class FontExpansionTests
{
    private const double Limit = 0.02;

    private static LayoutContext Context(double expansion, string breaking = "total-fit")
    {
        var style = BriefingFixture.Style();
        style.LineBreaking = breaking;
        style.Expansion = new Expansion { Stretch = expansion, Shrink = expansion };
        return new LayoutContext(style, "a4", "en", new HashSet<string>());
    }

    private static List<SetLine> Set(LayoutContext ctx, string text, double width, bool justify = true) =>
        ParagraphSetter.Set(ctx, [new Span(text, ctx.BodyStyle, null, StructureTag.Paragraph)], new ParagraphShape(width, Justify: justify));

    /// <summary>Gaps between the words of every line but the last.</summary>
    private static List<double> Gaps(List<SetLine> lines) =>
        [.. lines.Take(lines.Count - 1).SelectMany(l =>
        {
            var texts = l.Items.OfType<TextItem>().ToList();
            return texts.Zip(texts.Skip(1), (a, b) => b.X - (a.X + a.Width)).Where(g => g > 0.01);
        })];

    [Fact]
    public void Word_boxes_stretch_and_shrink_by_the_given_fraction_of_their_width()
    {
        var builder = new ParagraphItemBuilder(null, glyphStretch: 0.02, glyphShrink: 0.01);
        builder.AddWord("water", _ => 25, 3, 0);
        builder.AddBox(10, 1); // an inline object is not type: it never stretches
        var boxes = builder.Items.Where(i => i.Kind == ItemKind.Box).ToList();
        Assert.Equal(BreakItem.Box(25, 0.5, 0.25), boxes[0]);
        Assert.Equal(BreakItem.Box(10), boxes[1]);
    }

    [Fact]
    public void A_hyphen_break_overfull_by_its_hyphen_alone_does_not_end_the_line()
    {
        // Found by KnuthPlassPropertyTests (seed 82IlDM1sXAv4): "Word wordword-x wordword" on a 59-wide measure.
        // Broken after "wordword-" the line is 64 wide with the hyphen and can shrink by 4.98 only; broken after
        // "-x" it is 64 wide too, but the box x brings 0.06 of shrink of its own (font expansion), so it fits.
        // The first break must not retire the line's start as if nothing later could fit.
        BreakItem Box(double w) => BreakItem.Box(w, w * 0.02, w * 0.02);
        BreakItem[] items =
        [
            Box(20), BreakItem.Glue(6, 3, 2), Box(9), BreakItem.Glue(6, 3, 2), Box(20), BreakItem.PenaltyItem(3, 50, true),
            Box(3), BreakItem.Glue(4, 2, 4 / 3.0), Box(15), BreakItem.PenaltyItem(3, 50, true), Box(19),
            BreakItem.PenaltyItem(0, BreakItem.Infinity, false), BreakItem.Glue(0, BreakItem.Infinity, 0),
            BreakItem.PenaltyItem(0, -BreakItem.Infinity, false),
        ];
        var result = new KnuthPlassBreaker(KnuthPlassOptions.Default with { Pretolerance = -1 }).Solve(items, _ => 59);
        Assert.Equal(2, result.Pass);
        Assert.Equal([7, 13], result.Breaks.Select(b => b.Position));
        Assert.InRange(result.Breaks[0].Ratio, -1, -0.99);
    }

    [Fact]
    public void The_breaker_counts_the_glyphs_stretch()
    {
        // Two 100 pt words and a 5 pt space on a 215 pt line: 10 pt short. Glue alone stretches 2.5 pt (ratio 4),
        // with 2 % expansion the boxes add 4 pt (ratio 10 / 6.5).
        static IReadOnlyList<Briefing.Layout.Breaking.LineBreak> Break(double glyph)
        {
            BreakItem[] items = [BreakItem.Box(100, 100 * glyph, 100 * glyph), BreakItem.Glue(5, 2.5, 5.0 / 3),
                BreakItem.Box(100, 100 * glyph, 100 * glyph), BreakItem.PenaltyItem(0, -BreakItem.Infinity, false)];
            return new FirstFitBreaker().Break(items, _ => 215);
        }
        Assert.Equal(4, Break(0)[0].Ratio, 6);
        Assert.Equal(10 / 6.5, Break(Limit)[0].Ratio, 6);
    }

    [Theory]
    [InlineData("total-fit")]
    [InlineData("first-fit")]
    public void Expanded_lines_reach_the_measure_with_evener_spaces_and_scales_within_the_limit(string breaking)
    {
        var text = BriefingFixture.Sentences(7, 40);
        const double measure = 240;
        var plain = Set(Context(0, breaking), text, measure);
        var ctx = Context(Limit, breaking);
        var expanded = Set(ctx, text, measure);

        var scales = expanded.SelectMany(l => l.Items.OfType<TextItem>()).Select(t => t.Scale).ToList();
        Assert.All(scales, s => Assert.InRange(s, 1 - Limit - 1e-9, 1 + Limit + 1e-9));
        Assert.Contains(scales, s => Math.Abs(s - 1) > 0.002); // it is used
        Assert.All(plain.SelectMany(l => l.Items.OfType<TextItem>()), t => Assert.Equal(1, t.Scale));
        // No line goes beyond the measure; every expanded line ends exactly on it (total fit justifies every line but
        // the last; first fit may leave a hopelessly loose line ragged, unscaled).
        foreach (var line in expanded.Take(expanded.Count - 1))
        {
            Assert.True(line.Width <= measure + 1e-6, $"{line.Width}");
            if (breaking == "total-fit" || line.Items.OfType<TextItem>().Any(t => t.Scale != 1)) Assert.Equal(measure, line.Width, 3);
        }
        Assert.True(expanded[^1].Width <= measure + 1e-6);
        Assert.All(expanded[^1].Items.OfType<TextItem>(), t => Assert.Equal(1, t.Scale)); // a last line is never scaled

        // Total fit spaces them more evenly: the loosest gap and the spread of gaps both shrink. (First fit is greedy:
        // a line that takes more words by shrinking may leave the next one looser.)
        if (breaking != "total-fit") return;
        var (before, after) = (Gaps(plain), Gaps(expanded));
        Assert.True(after.Max() < before.Max(), $"loosest gap {after.Max():0.00} vs {before.Max():0.00}");
        Assert.True(Spread(after) < Spread(before), $"spread {Spread(after):0.000} vs {Spread(before):0.000}");
    }

    [Fact]
    public void A_line_too_loose_without_expansion_is_within_tolerance_with_it()
    {
        // Two 100 pt words and a 5 pt space on a 210 pt line: glue alone stretches 2.5 pt (ratio 2, badness 800: only
        // the emergency pass takes it); with 2 % expansion the boxes add 4 pt (ratio 5 / 6.5, badness 46: first pass).
        static KnuthPlassResult Solve(double glyph) => new KnuthPlassBreaker().Solve(
            [BreakItem.Box(100, 100 * glyph, 100 * glyph), BreakItem.Glue(5, 2.5, 5.0 / 3),
                BreakItem.Box(100, 100 * glyph, 100 * glyph), BreakItem.PenaltyItem(0, -BreakItem.Infinity, false)], _ => 210);
        var (plain, expanded) = (Solve(0), Solve(Limit));
        Assert.Equal((3, 2.0), (plain.Pass, plain.Breaks[0].Ratio));
        Assert.Equal(1, expanded.Pass);
        Assert.Equal(5 / 6.5, expanded.Breaks[0].Ratio, 6);
    }

    [Theory]
    [InlineData("total-fit")]
    [InlineData("first-fit")]
    public void A_last_line_that_fits_only_by_narrower_glyphs_is_broken_instead(string breaking)
    {
        // The sentence's natural width less its spaces' full shrink and a little more than its glyphs could give:
        // expansion would fit it on one line, but a paragraph's last line keeps its glyphs, so it takes two.
        var ctx = Context(Limit, breaking);
        const string text = "Tehran and Moscow signed a broad treaty on energy and transport.";
        var natural = Set(ctx, text, 1000).Single().Width;
        var space = ctx.Fonts.Measure(" ", ctx.Fonts.Face(Family.Body, bold: false, italic: false), ctx.BodyStyle.Size);
        var spaces = text.Count(c => c == ' ');
        var glyphs = natural - spaces * space;
        var measure = natural - spaces * space * ctx.Style.WordSpacing.Shrink - glyphs * Limit / 2;

        var lines = Set(ctx, text, measure);
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.True(l.Width <= measure + 1e-6, $"{l.Width} > {measure}"));
        Assert.All(lines[^1].Items.OfType<TextItem>(), t => Assert.Equal(1, t.Scale));
    }

    private static double Spread(List<double> gaps)
    {
        var mean = gaps.Average();
        return Math.Sqrt(gaps.Sum(g => (g - mean) * (g - mean)) / gaps.Count) / mean;
    }

    [Fact]
    public void Ragged_text_is_never_scaled()
    {
        var lines = Set(Context(Limit), BriefingFixture.Sentences(3, 20), 240, justify: false);
        Assert.All(lines.SelectMany(l => l.Items.OfType<TextItem>()), t => Assert.Equal(1, t.Scale));
    }

    [Fact]
    public void The_pdf_draws_scaled_words_whole_and_where_layout_put_them()
    {
        var style = BriefingFixture.Style();
        style.Expansion = new Expansion { Stretch = Limit, Shrink = Limit };
        var layout = LayoutEngine.Layout(BriefingFixture.Document(), style, "a4");
        var page = layout.Pages.First(p => p.Items.OfType<TextItem>().Count(t => t.Scale != 1 && !t.Text.Contains(' ')) > 5);
        var scaled = page.Items.OfType<TextItem>().Where(t => t.Scale != 1 && !t.Text.Contains(' ') && t.Text.Length > 3).ToList();

        using var pdf = PdfDocument.Open(PdfFixture.Write(layout));
        var words = pdf.GetPage(page.Number).GetWords().ToList();
        foreach (var t in scaled)
        {
            // PdfPig's y is from the bottom; layout's from the top.
            var word = words.FirstOrDefault(w => Math.Abs(w.Letters[0].StartBaseLine.X - t.X) < 0.1
                                                 && Math.Abs(page.Height - w.Letters[0].StartBaseLine.Y - t.Y) < 0.1);
            Assert.True(word is not null, $"no word at {t.X:0.0},{t.Y:0.0} for '{t.Text}'");
            Assert.Equal(t.Text, word.Text);
            Assert.Equal(t.X + t.Width, word.Letters[^1].EndBaseLine.X, 0.05);
        }
    }

    [ToolFact("pdftotext")]
    public void Poppler_extracts_scaled_words_whole()
    {
        var style = BriefingFixture.Style();
        style.Expansion = new Expansion { Stretch = Limit, Shrink = Limit };
        var layout = LayoutEngine.Layout(BriefingFixture.Document(), style, "a4");
        var page = layout.Pages.First(p => p.Items.OfType<TextItem>().Count(t => t.Scale != 1 && !t.Text.Contains(' ')) > 5);
        // Line-end fragments are left out: poppler joins a hyphenated word with its rest on the next line.
        var scaled = page.Items.OfType<TextItem>().Where(t => t.Scale != 1).Select(t => t.Text)
            .Where(w => !w.Contains(' ') && w.Length is > 3 and < 30 && !w.EndsWith('-')).ToList();

        using var dir = new TempDir();
        var run = ToolRun.Of("pdftotext", "-f", $"{page.Number}", "-l", $"{page.Number}", dir.File("x.pdf", PdfFixture.Write(layout)), "-");
        Assert.Equal(0, run.ExitCode);
        var tokens = run.Out.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        // A word drawn off its layout place would come apart ("Teh ran") or run into its neighbour.
        Assert.All(scaled, w => Assert.Contains(tokens, t => t.Contains(w)));
        Assert.True(scaled.Count(w => tokens.Contains(w)) >= scaled.Count * 0.8);
    }

    [Fact]
    public void The_default_style_expands_by_two_percent_and_refuses_visible_distortion()
    {
        var style = StyleLoader.Load(Repo.DefaultStyle);
        Assert.Equal((0.02, 0.02), (style.Expansion.Stretch, style.Expansion.Shrink));

        using var dir = new TempDir();
        var fonts = Path.Combine(Repo.Root, "styles", "fonts");
        var yaml = File.ReadAllText(Repo.DefaultStyle).Replace("folder: fonts", $"folder: {fonts}")
            .Replace("expansion: { stretch: 0.02, shrink: 0.02 }", "expansion: { stretch: 0.1, shrink: 0.02 }");
        var path = dir.File("wide.yaml", yaml);
        var e = Assert.Throws<InputException>(() => StyleLoader.Load(path));
        Assert.Contains("expansion", e.Message);
        Assert.True(e.Diagnostic.Line > 0);
    }
}
