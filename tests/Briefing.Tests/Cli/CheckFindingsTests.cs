using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Cli;

/// <summary>What <c>briefing check</c> reports about a document's outline and FAQ, each at its line.</summary>
public sealed class CheckFindingsTests
{
    [Fact]
    public void A_question_asked_twice_and_one_left_unanswered_are_warned_at_their_lines()
    {
        using var dir = new TempDir();
        var md = dir.File("faq.md", "---\ntitle: Travel\n---\n\n## FAQ\n\n### What about trains?\n\nFirst class.\n\n" +
                                    "### What about trains?\n\nAgain.\n\n### Where do I send receipts?\n");
        var run = CliRun.Of("check", md);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"warning: {md}:11: FAQ question \"What about trains?\" asked twice (first on line 7)", run.Err);
        Assert.Contains($"warning: {md}:15: FAQ question \"Where do I send receipts?\" has no answer", run.Err);
        Assert.Contains("2 warning(s)", run.Out);
    }

    [Fact]
    public void A_chapter_with_sections_is_not_empty_but_its_empty_sections_are_reported()
    {
        using var dir = new TempDir();
        var md = dir.File("plan.md", "# Plan\n\n## Phase One\n\n### Research\n\n### Design\n\nSketches.\n\n## Phase Two\n");
        var run = CliRun.Of("check", md);
        Assert.DoesNotContain("\"Phase One\" is empty", run.Err);
        Assert.Contains($"warning: {md}:5: section \"Research\" is empty", run.Err);
        Assert.DoesNotContain("\"Design\" is empty", run.Err);
        Assert.Contains($"warning: {md}:11: chapter \"Phase Two\" is empty", run.Err);
    }

    [Fact]
    public void A_minor_heading_over_nothing_is_reported_at_its_line()
    {
        // "#### Deep" under a chapter is a label over what follows; with nothing there the chapter still holds it,
        // so neither the chapter nor the heading was reported.
        using var dir = new TempDir();
        var md = dir.File("notes.md", "# Notes\n\n## Setup\n\nInstall it.\n\n#### Caveats\n\n## Usage\n\n#### Flags\n\nUse -v.\n");
        var run = CliRun.Of("check", md);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"warning: {md}:7: heading \"Caveats\" has nothing under it", run.Err);
        Assert.DoesNotContain("\"Flags\"", run.Err);
        Assert.DoesNotContain("\"Setup\" is empty", run.Err);
    }
}
