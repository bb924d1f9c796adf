using Briefing.Layout;
using Briefing.Layout.Fonts;
using Briefing.Layout.Text;
using Xunit;

namespace Briefing.Tests.Layout;

/// <summary>Setting one paragraph: measurement, justification, soft hyphens, over-long words, font fallback.</summary>
public sealed class ParagraphSetterTests
{
    private static LayoutContext Context(string breaking = "total-fit")
    {
        var style = BriefingFixture.Style();
        style.LineBreaking = breaking;
        return new LayoutContext(style, "a4", "en", new HashSet<string>());
    }

    private static List<SetLine> Set(LayoutContext ctx, string text, double width, bool justify = true) =>
        ParagraphSetter.Set(ctx, [new Span(text, ctx.BodyStyle, null, StructureTag.Paragraph)], new ParagraphShape(width, Justify: justify));

    private static IEnumerable<TextItem> Texts(IEnumerable<SetLine> lines) => lines.SelectMany(l => l.Items.OfType<TextItem>());

    [Theory]
    [InlineData("first-fit")]
    [InlineData("total-fit")]
    public void Justified_lines_reach_the_measure_and_the_last_line_does_not(string breaking)
    {
        var ctx = Context(breaking);
        var lines = Set(ctx, BriefingFixture.Sentences(3, 12), ctx.FrameWidth);
        Assert.True(lines.Count > 5);
        foreach (var line in lines.Take(lines.Count - 1))
            Assert.True(Math.Abs(line.Width - ctx.FrameWidth) < 0.01, $"{line.Width}: {string.Join("|", line.Items.OfType<TextItem>().Select(t => t.Text))}");
        Assert.True(lines[^1].Width < ctx.FrameWidth - 1);
        Assert.All(Texts(lines), t => Assert.True(t.X >= -0.001 && t.X + t.Width <= ctx.FrameWidth + 0.01));
    }

    [Theory]
    [InlineData(40, "OPS- | 12345- | long- | ticket- | identifier")]
    [InlineData(60, "OPS-12345- | long-ticket- | identifier")]
    public void A_ragged_identifier_wider_than_the_measure_is_cut_after_its_hyphens(double width, string expected)
    {
        var ctx = Context();
        var spans = new List<Span> { new("OPS-12345-long-ticket-identifier", ctx.BodyStyle with { Size = 8 }, null, StructureTag.Paragraph) };
        var lines = ParagraphSetter.Set(ctx, spans, new ParagraphShape(width, Justify: false));
        Assert.Equal(expected, string.Join(" | ", lines.Select(l => string.Concat(l.Items.OfType<TextItem>().Select(t => t.Text)))));
    }

    [Fact]
    public void Ragged_lines_are_set_at_natural_spacing_and_never_overflow()
    {
        var ctx = Context();
        var lines = Set(ctx, BriefingFixture.Sentences(4, 10), 250, justify: false);
        foreach (var line in lines)
        {
            Assert.True(line.Width <= 250.01, $"{line.Width}");
            // Words sharing a look are drawn as one run with real spaces.
            Assert.True(line.Items.OfType<TextItem>().Count() <= 3);
        }
    }

    [Fact]
    public void Words_are_measured_as_the_sum_of_their_advances_and_pair_kerning()
    {
        var ctx = Context();
        var face = ctx.FaceOf(ctx.BodyStyle);
        var font = ctx.Fonts[face];
        var size = ctx.BodyStyle.Size;
        const string word = "Water";
        var advances = word.Sum(c => font.Advance(font.Glyph(c)));
        var kerns = word.Zip(word.Skip(1)).Sum(p => font.Kern(font.Glyph(p.First), font.Glyph(p.Second)));
        Assert.True(kerns < 0); // "Wa" is a kerned pair
        Assert.Equal((advances + kerns) * size, ctx.Measure(word, ctx.BodyStyle), 9);
        Assert.Equal(ctx.Measure("Wa", ctx.BodyStyle) + ctx.Measure("ter", ctx.BodyStyle) + ctx.Fonts.Join("Wa", "ter", face, size),
            ctx.Measure(word, ctx.BodyStyle), 9);
    }

    [Fact]
    public void Soft_hyphens_are_never_drawn_and_become_hyphens_only_at_a_break()
    {
        var ctx = Context("first-fit");
        var word = "hydro\u00ADelec\u00ADtric\u00ADity";
        var text = string.Join(' ', Enumerable.Repeat(word, 30));
        var lines = Set(ctx, text, 180);
        var all = Texts(lines).ToList();
        Assert.DoesNotContain(all, t => t.Text.Contains('\u00AD'));
        var joined = string.Join(" ", all.Select(t => t.Text));
        Assert.Contains("hydroelectricity", joined);
        // Every line that ends inside the word ends with a drawn hyphen.
        foreach (var line in lines.Take(lines.Count - 1))
        {
            var last = line.Items.OfType<TextItem>().Last().Text;
            Assert.True(last.EndsWith("hydroelectricity", StringComparison.Ordinal) || last.EndsWith('-'), last);
        }
    }

    [Fact]
    public void A_word_longer_than_the_line_is_cut_so_no_line_overflows()
    {
        var ctx = Context();
        var word = string.Concat(Enumerable.Repeat("abcdefghij", 2_000));
        var lines = Set(ctx, "Before " + word + " after.", 200);
        Assert.True(lines.Count > 50);
        Assert.All(Texts(lines), t => Assert.True(t.X + t.Width <= 200.01, $"{t.X + t.Width}"));
        var drawn = string.Concat(Texts(lines).Select(t => t.Text)).Replace(" ", "");
        Assert.Contains(word, drawn.Replace("-", ""));
    }

    [Fact]
    public void A_long_url_is_broken_within_the_measure()
    {
        var ctx = Context();
        var url = "https://example.org/" + string.Join("/", Enumerable.Range(0, 40).Select(i => $"part{i}"));
        var lines = Set(ctx, "See " + url + " for details.", 220);
        Assert.All(Texts(lines), t => Assert.True(t.X + t.Width <= 220.01));
    }

    [Fact]
    public void Characters_the_text_face_lacks_come_from_a_fallback_face()
    {
        var ctx = Context();
        var body = ctx.FaceOf(ctx.BodyStyle);
        Assert.False(ctx.Fonts[body].Has('\u2192'));
        var lines = Set(ctx, "Upstream \u2192 downstream", 300);
        var arrow = Texts(lines).Single(t => t.Text.Contains('\u2192'));
        Assert.NotEqual(body, arrow.Face);
        Assert.True(ctx.Fonts[arrow.Face].Has('\u2192'));
        Assert.Empty(ctx.Fonts.Missing);
    }

    [Fact]
    public void A_character_no_face_has_becomes_a_question_mark_and_is_reported_missing()
    {
        var ctx = Context();
        var lines = Set(ctx, "Capital \u4E2D\u6587 city", 300);
        var text = string.Concat(Texts(lines).Select(t => t.Text));
        Assert.Contains("??", text);
        Assert.Contains(0x4E2D, ctx.Fonts.Missing);
    }

    [Fact]
    public void Control_characters_are_dropped_and_whitespace_runs_collapse()
    {
        var ctx = Context();
        var lines = Set(ctx, "one\u0007 \t two\u200B\n three", 300, justify: false);
        Assert.Equal("one two three", string.Concat(Texts(lines).Select(t => t.Text)));
    }

    [Fact]
    public void Links_become_one_link_element_per_line_fragment()
    {
        var ctx = new LayoutContext(BriefingFixture.Style(), "a4", "en", new HashSet<string> { "target" });
        var spans = new List<Span>
        {
            new("Read ", ctx.BodyStyle, null, StructureTag.Paragraph),
            new(BriefingFixture.Sentences(9, 3), ctx.BodyStyle, "#target", StructureTag.Paragraph),
            new(" and ", ctx.BodyStyle, null, StructureTag.Paragraph),
            new("this site", ctx.BodyStyle, "https://example.org/a?b=c&d=e", StructureTag.Paragraph),
        };
        var lines = ParagraphSetter.Set(ctx, spans, new ParagraphShape(200));
        var links = lines.SelectMany(l => l.Items.OfType<BeginTag>()).Where(b => b.Tag == StructureTag.Link).ToList();
        Assert.True(links.Count(l => l.Link!.Anchor == "target") >= 2);
        Assert.Single(links, l => l.Link!.Url == "https://example.org/a?b=c&d=e");
        Assert.All(links, l => Assert.True(l.Link!.Width > 0 && l.Link.Height > 0));
    }

    [Fact]
    public void Links_to_unknown_anchors_are_plain_text_left_to_the_reader_to_warn_about()
    {
        var ctx = Context();
        var lines = ParagraphSetter.Set(ctx, [new Span("nowhere", ctx.BodyStyle, "#missing", StructureTag.Paragraph)], new ParagraphShape(200));
        Assert.DoesNotContain(lines.SelectMany(l => l.Items), i => i is BeginTag { Tag: StructureTag.Link });
        Assert.Empty(ctx.Warnings);   // the reader names it with its line (DocumentAnchors.DanglingLinks)
    }

    [Fact]
    public void Font_files_are_read_once_per_process()
    {
        var style = BriefingFixture.Style();
        var path = Path.Combine(style.FontFolder, style.Fonts.Body.Regular);
        var fonts = Enumerable.Range(0, 8).AsParallel().Select(_ => FontCache.Get(path)).ToList();
        Assert.All(fonts, f => Assert.Same(fonts[0], f));
    }
}
