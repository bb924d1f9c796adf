using Briefing.Layout.Breaking;
using Briefing.Layout.Hyphenation;
using Briefing.Model;
using Briefing.Styles;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Typography;

/// <summary>The style's word_spacing reaches the glue, and impossible values are refused.</summary>
public class WordSpacingTests
{
    [Fact]
    public void BuilderUsesTheGivenFractions()
    {
        var standard = new ParagraphItemBuilder(null);
        standard.AddSpace(3, 0);
        Assert.Equal(BreakItem.Glue(3, 1.5, 1), standard.Items[0]);
        var tight = new ParagraphItemBuilder(null, spaceStretch: 0.4, spaceShrink: 0.25);
        tight.AddSpace(3, 0);
        Assert.Equal(3 * 0.4, tight.Items[0].Stretch, 12);
        Assert.Equal(0.75, tight.Items[0].Shrink, 12);
    }

    [Fact]
    public void DefaultStyleKeepsTexGlueAndRefusesNonsense()
    {
        var style = StyleLoader.Load(Repo.DefaultStyle);
        Assert.Equal(0.5, style.WordSpacing.Stretch);
        Assert.Equal(1.0 / 3, style.WordSpacing.Shrink, 3);

        using var dir = new TempDir();
        var fonts = Path.Combine(Repo.Root, "styles", "fonts");
        var yaml = File.ReadAllText(Repo.DefaultStyle).Replace("folder: fonts", $"folder: {fonts}")
                   + "\nword_spacing: { stretch: 5, shrink: 0.3 }\n";
        var path = dir.File("bad.yaml", yaml);
        var e = Assert.Throws<InputException>(() => StyleLoader.Load(path));
        Assert.Contains("word_spacing", e.Message);
    }
}
