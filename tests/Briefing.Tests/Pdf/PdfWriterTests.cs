using Briefing.Layout;
using Briefing.Layout.Fonts;
using Briefing.Pdf;
using Briefing.Tests.Layout;
using PdfSharp.Drawing;
using Xunit;

namespace Briefing.Tests.Pdf;

/// <summary>Properties of the writer itself: reproducible bytes, parallel use, metadata cleaning, measurement
/// agreeing with what PDFsharp draws.</summary>
[Collection("pdf")]
public sealed class PdfWriterTests
{
    [Fact]
    public void The_same_layout_and_timestamp_give_the_same_bytes()
    {
        var first = PdfFixture.A4.Bytes;
        var again = PdfFixture.Write(LayoutEngine.Layout(BriefingFixture.Document(), BriefingFixture.Style(), "a4"));
        Assert.Equal(first.Length, again.Length);
        Assert.True(first.AsSpan().SequenceEqual(again), "two writes differ");
        var later = PdfWriter.Write(PdfFixture.A4.Layout, new PdfOptions(PdfFixture.Timestamp.AddDays(1)));
        Assert.False(first.AsSpan().SequenceEqual(later));
    }

    [Fact]
    public void Documents_written_in_parallel_equal_those_written_alone()
    {
        var style = BriefingFixture.Style();
        var fixture = BriefingFixture.Document();
        var layouts = new[]
        {
            PdfFixture.A4.Layout,
            PdfFixture.Letter.Layout,
            LayoutEngine.Layout(fixture with { Chapters = fixture.Chapters.Take(3).ToList() }, style, "a4"),
            LayoutEngine.Layout(fixture with { Chapters = fixture.Chapters.Skip(3).ToList(), Faq = null }, style, "letter"),
        };
        var alone = layouts.Select(PdfFixture.Write).ToList();
        var together = new byte[layouts.Length][];
        Parallel.For(0, layouts.Length * 2, new ParallelOptions { MaxDegreeOfParallelism = 4 },
            i => together[i % layouts.Length] = PdfFixture.Write(layouts[i % layouts.Length]));
        for (var i = 0; i < layouts.Length; i++)
            Assert.True(alone[i].AsSpan().SequenceEqual(together[i]), $"document {i} differs when written in parallel");
    }

    [Theory]
    [InlineData("Russia & Iran <draft>", "Russia and Iran ‹draft›")]
    [InlineData("AT&T\u0007 report", "AT and T report")]
    [InlineData("Plain", "Plain")]
    public void Metadata_text_is_made_safe_for_the_xmp_packet(string raw, string clean) =>
        Assert.Equal(clean, MetadataText.Clean(raw));

    [Fact]
    public void Layout_widths_agree_with_what_pdfsharp_draws()
    {
        FontFileResolver.Install();
        var style = BriefingFixture.Style();
        var ctx = new LayoutContext(style, "a4", "en", new HashSet<string>());
        var gfx = XGraphics.CreateMeasureContext(new XSize(1000, 1000), XGraphicsUnit.Point, XPageDirection.Downwards);
        foreach (var (family, bold, italic) in new[] { (Family.Body, false, false), (Family.Body, true, true), (Family.Heading, true, false), (Family.Mono, false, false) })
        {
            var face = ctx.Fonts.Face(family, bold, italic);
            var font = new XFont(FontFileResolver.FamilyName(ctx.Fonts.Paths[face]), 10.5, XFontStyleEx.Regular, new XPdfFontOptions(PdfSharp.Pdf.PdfFontEncoding.Unicode));
            foreach (var text in new[] { "Hydroelectric", "AV To fi", "Water, 1,240 — “quoted” text." })
            {
                // PDFsharp draws each kerned piece at plain advances: its width must be the gap layout leaves for it.
                var run = ctx.Fonts.Runs(text, face, 10.5).Single();
                var pieces = run.Pieces ?? [new TextPiece(0, 0)];
                for (var k = 0; k < pieces.Count; k++)
                {
                    var end = k + 1 < pieces.Count ? pieces[k + 1].Start : text.Length;
                    var room = (k + 1 < pieces.Count ? pieces[k + 1].X : run.Width) - pieces[k].X;
                    var kern = k + 1 < pieces.Count ? ctx.Fonts.Join(text[..end], text[end..], face, 10.5) : 0;
                    Assert.True(Math.Abs(gfx.MeasureString(text[pieces[k].Start..end], font).Width + kern - room) < 1e-6, text);
                }
            }
        }
    }
}
