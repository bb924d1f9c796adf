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
    public void It_warms_the_files_the_layout_names_for_the_same_style()
    {
        var style = BriefingFixture.Style();
        var warmed = StyleLoader.TextFontFiles(style);
        var laidOut = PdfFixture.A4.Layout.Fonts;
        // Same strings: PDFsharp keys its font cache by the family name made from the path.
        Assert.Equal(4, warmed.Count);
        Assert.All(warmed, path => Assert.Contains(path, laidOut));
    }
}
