using Briefing.Layout;
using Briefing.Model;
using Briefing.Tests.Pdf;
using Xunit;

namespace Briefing.Tests.Layout;

/// <summary>Styles and documents at the edges of what is allowed: layout finishes, nothing leaves the page.</summary>
[Collection("pdf")]
public sealed class ExtremeInputTests
{
    [Fact]
    public void Huge_type_on_a_small_text_block_still_lays_out()
    {
        var style = BriefingFixture.Style();
        style.Sizes.Body = 120;
        style.Sizes.Leading = 130;
        style.Sizes.Chapter = 400;
        style.Sizes.Title = 400;
        style.Margins.Left = style.Margins.Right = (595.28 - 144) / 2;
        style.Margins.Top = style.Margins.Bottom = (841.89 - 144) / 2;
        var fixture = BriefingFixture.Document();
        var document = fixture with { Chapters = fixture.Chapters.Take(1).ToList() };
        var layout = LayoutEngine.Layout(document, style, "a4");
        Assert.True(layout.PageCount > 10);
        LayoutReader.Walk(layout);
        Assert.All(layout.Pages.SelectMany(p => p.Items).OfType<TextItem>(), t => Assert.True(t.X >= 0 && t.Y > 0));
        Assert.NotEmpty(PdfFixture.Write(layout));
    }

    [Fact]
    public void No_margins_no_furniture_no_hyphenation_first_fit_and_no_widow_rule()
    {
        var style = BriefingFixture.Style();
        style.Margins.Left = style.Margins.Right = style.Margins.Top = style.Margins.Bottom = 0;
        style.Hyphenation.Enabled = false;
        style.LineBreaking = "first-fit";
        style.WidowsOrphans = 0;
        style.Justify = false;
        var layout = LayoutEngine.Layout(BriefingFixture.Document(), style, "letter");
        var drawn = LayoutReader.Walk(layout);
        Assert.DoesNotContain(drawn, d => d.Item is TextItem t && t.Text.StartsWith("page ", StringComparison.Ordinal) && LayoutReader.IsArtifact(d));
        Assert.All(drawn.Select(d => d.Item).OfType<TextItem>(), t => Assert.True(t.X + t.Width <= 612.01));
    }

    [Fact]
    public void Characters_beyond_the_basic_plane_are_measured_and_drawn()
    {
        var fixture = BriefingFixture.Document();
        var text = "Bold math \U0001D400\U0001D401, an emoji \U0001F600 and a newer one \U0001F972 here.";
        var document = fixture with { Chapters = [new Chapter(new Heading("astral", Inlines.Text("Astral")), [new Paragraph("a", Inlines.Text(text))], [])], Faq = null };
        var layout = LayoutEngine.Layout(document, BriefingFixture.Style(), "a4");
        var items = layout.Pages.SelectMany(p => p.Items).OfType<TextItem>().ToList();
        Assert.Contains(items, t => t.Text.Contains("\U0001D400\U0001D401", StringComparison.Ordinal));
        // The bundled black-and-white emoji font has Unicode 6's emoji, not Unicode 13's smiling face with tear.
        Assert.Contains(items, t => t.Text.Contains("\U0001F600", StringComparison.Ordinal) && layout.Fonts[t.Face].Contains("Emoji", StringComparison.Ordinal));
        Assert.Equal([0x1F972], layout.MissingGlyphs);
        // Drawn from the maths face. (PDFsharp 6.2.4 writes a wrong ToUnicode entry for characters beyond U+FFFF,
        // so text extraction does not give them back; the glyphs themselves are right.)
        Assert.Contains(items, t => t.Text.Contains("\U0001D400", StringComparison.Ordinal) && layout.Fonts[t.Face].Contains("Math", StringComparison.Ordinal));
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(PdfFixture.Write(layout));
        Assert.Equal(layout.PageCount, pdf.NumberOfPages);
    }
}
