using Briefing.Pdf;
using Briefing.Styles;
using Briefing.Tests.Layout;
using Xunit;

namespace Briefing.Tests.Pdf;

/// <summary>The warm-up is only a head start: it never fails a build, and it warms the faces the build will ask for.</summary>
[Collection("pdf")]
public sealed class PdfWarmUpTests
{
    [Fact]
    public void A_missing_or_broken_font_does_not_escape_the_warm_up()
    {
        var dir = Directory.CreateTempSubdirectory("briefing-warm-");
        try
        {
            var broken = Path.Combine(dir.FullName, "Broken-Regular.ttf");
            File.WriteAllBytes(broken, [0, 1, 0, 0, 0, 9, 0xFF, 0xFF, 1, 2, 3]);
            PdfWarmUp.Warm([Path.Combine(dir.FullName, "Missing.ttf"), broken]);
        }
        finally { dir.Delete(recursive: true); }
    }

    [Fact]
    public void It_warms_the_files_that_most_text_is_drawn_in()
    {
        var style = BriefingFixture.Style();
        var warmed = StyleLoader.TextFontFiles(style);
        var layout = PdfFixture.A4.Layout;
        // Same strings as the layout's (PDFsharp's cache key is made from them, through FontFileResolver.Font).
        Assert.Equal(4, warmed.Count);
        var drawn = layout.Pages.SelectMany(p => p.Items).OfType<Briefing.Layout.TextItem>()
            .Where(t => t.Text.Length > 0).Select(t => layout.Fonts[t.Face]).ToList();
        Assert.Equal(4, drawn.Distinct().Count(warmed.Contains));
        Assert.True(drawn.Count(warmed.Contains) > 0.9 * drawn.Count, "the warm-up misses the faces most text uses");
    }
}
