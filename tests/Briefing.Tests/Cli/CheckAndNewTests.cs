using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Cli;

public sealed class CheckAndNewTests
{
    [Fact]
    public void New_writes_a_starter_that_builds_and_refuses_to_overwrite()
    {
        using var dir = new TempDir();
        var run = CliRun.Of("new", "energy-outlook", "--folder", dir.Path);
        Assert.Equal(0, run.ExitCode);
        var md = Path.Combine(dir.Path, "energy-outlook.md");
        Assert.True(File.Exists(md) && File.Exists(Path.Combine(dir.Path, "energy-outlook.yaml")));
        Assert.Equal(1, CliRun.Of("new", "energy-outlook", "--folder", dir.Path).ExitCode);
        Assert.Equal(2, CliRun.Of("new", "bad name!", "--folder", dir.Path).ExitCode);

        var check = CliRun.Of("check", md);
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("2 chapters", check.Out);
        Assert.Equal(0, CliRun.Of("build", md, "-o", Path.Combine(dir.Path, "out"), "-q").ExitCode);
        Assert.True(File.Exists(Path.Combine(dir.Path, "out", "energy-outlook.pdf")));
    }

    [Fact]
    public void Check_passes_the_seed_and_fails_answers_without_questions()
    {
        var seed = CliRun.Of("check", Repo.SeedText);
        Assert.Equal(0, seed.ExitCode);
        Assert.Contains("9 chapters, 39 sections, 6 FAQ entries", seed.Out);

        using var dir = new TempDir();
        var lost = dir.File("lost.txt", "Title\n\nLede.\n\nBody\n\nText.\n\nFAQ\n\nAn answer whose question was lost.\n");
        var run = CliRun.Of("check", lost);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error: {lost}:11: FAQ answer without a question", run.Err);
        Assert.Contains("^", run.Err);
    }

    [Fact]
    public void Inspect_lists_the_back_matter_in_reading_order_under_the_headings_printed()
    {
        using var dir = new TempDir();
        var md = dir.File("notes.md", "---\ntitle: Notes and questions\n---\n\n## Body\n\nA claim.[^1]\n\n## FAQ\n\n### Why?\n\nBecause.\n\n[^1]: A source.\n");
        var run = CliRun.Of("inspect", md);
        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n').Where(l => l.StartsWith("# ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["# Body", "# Appendix \u2014 Frequently Asked Questions", "# Notes"], lines);
    }
}
