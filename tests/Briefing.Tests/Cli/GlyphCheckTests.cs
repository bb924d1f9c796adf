using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Cli;

/// <summary><c>briefing check</c> finds characters the style's fonts cannot show, where <c>build</c> would draw '?'.</summary>
public sealed class GlyphCheckTests
{
    private const string Smile = "\U0001F972"; // Unicode 13: newer than the bundled emoji font
    private const string Han = "\u6F22";       // nor CJK ideographs

    [Fact]
    public void Characters_no_bundled_font_has_are_errors_with_line_column_and_caret()
    {
        using var dir = new TempDir();
        var source = dir.File("g.txt", $"Title\n\nA lede with a smile {Smile} in it.\n\nBody\n\nText with {Han} and {Han} again.\n");
        var run = CliRun.Of("check", source);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("2 error(s)", run.Out);
        Assert.Contains($"error: {source}:3:21: no font of the style can show U+1F972 '{Smile}'", run.Err);
        Assert.Contains($"error: {source}:7:11: no font of the style can show U+6F22 '{Han}'; the PDF has '?' in its place (2 times; first here)", run.Err);
        Assert.Contains(" 7 | Text with", run.Err);
        Assert.Contains("\n   |           ^", run.Err); // under column 11

        // build agrees: the layout's missing glyphs are warnings at the same places.
        var build = CliRun.Of("build", source, "-o", dir.Path, "--format", "pdf");
        Assert.Equal(0, build.ExitCode);
        Assert.Contains($"warning: {source}:3:21: no font of the style can show U+1F972", build.Err);
        Assert.Contains($"warning: {source}:7:11: no font of the style can show U+6F22 '{Han}'; the PDF has '?' in its place (2 times; first here)", build.Err);
    }

    [Fact]
    public void Coverage_follows_the_style_including_its_fallback_fonts()
    {
        using var dir = new TempDir();
        var source = dir.File("k.txt", "Title\n\nA lede with a chess king \u2654 in it.\n\nBody\n\nText.\n");
        Assert.Equal(0, CliRun.Of("check", source).ExitCode); // the default style falls back to Noto Sans Symbols 2

        var memo = File.ReadAllText(Path.Combine(Repo.Root, "styles", "memo.yaml"))
            .Replace("folder: fonts", "folder: " + Path.Combine(Repo.Root, "styles", "fonts"), StringComparison.Ordinal);
        var noFallback = dir.File("plain.yaml", string.Join('\n', memo.Split('\n').Where(l => !l.TrimStart().StartsWith("fallback:", StringComparison.Ordinal))));
        var run = CliRun.Of("check", source, "--style", noFallback);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{source}:3:26: no font of the style can show U+2654", run.Err);
    }

    [Fact]
    public void A_long_line_is_shown_around_the_column()
    {
        using var dir = new TempDir();
        var source = dir.File("long.txt", $"Title\n\nLede.\n\nBody\n\n{new string('x', 300)} {Han} {new string('y', 200)}\n");
        var run = CliRun.Of("check", source);
        var lines = run.Err.Split('\n');
        var shown = Array.FindIndex(lines, l => l.StartsWith(" 7 | …", StringComparison.Ordinal));
        Assert.True(shown >= 0, run.Err);
        Assert.Equal(lines[shown].IndexOf(Han, StringComparison.Ordinal), lines[shown + 1].IndexOf('^'));
    }
}
