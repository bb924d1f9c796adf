using Briefing.Tests.Support;
using UglyToad.PdfPig;
using Xunit;

namespace Briefing.Tests.Typography;

/// <summary>Emoji in the text are printed from the bundled black-and-white Noto Emoji (a fallback font of every
/// bundled style), extract as themselves, and only emoji newer than its repertoire are warned about.</summary>
[Collection("pdf")]
public sealed class EmojiTests
{
    [Fact]
    public void Common_emoji_are_drawn_from_the_emoji_font_and_read_back()
    {
        using var dir = new TempDir();
        var source = dir.File("e.md", "# Launch\n\nWe \u2764\uFE0F it \U0001F609, ready \u2705 for \U0001F680 and \u2615.\n");
        var run = CliRun.Of("build", source, "-o", dir.Path, "--format", "pdf");
        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("no font of the style", run.Err);
        Assert.Equal(0, CliRun.Of("check", source).ExitCode);

        using var pdf = PdfDocument.Open(Path.Combine(dir.Path, "e.pdf"));
        var letters = pdf.GetPages().SelectMany(p => p.Letters).ToList();
        var text = string.Concat(letters.Select(l => l.Value));
        Assert.Contains("We\u2764it\U0001F609,ready\u2705for\U0001F680and\u2615.", text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        foreach (var emoji in new[] { "\U0001F609", "\u2705", "\U0001F680" })
            Assert.Contains(letters, l => l.Value == emoji && (l.FontName ?? "").Contains("Noto Emoji", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("memo")]
    [InlineData("report")]
    public void Every_bundled_style_falls_back_to_the_emoji_font(string style)
    {
        using var dir = new TempDir();
        var source = dir.File("e.md", "# A\n\nDone \U0001F44F\U0001F3C6.\n");
        var run = CliRun.Of("check", source, "--style", style);
        Assert.True(run.ExitCode == 0, run.Err);
    }
}
