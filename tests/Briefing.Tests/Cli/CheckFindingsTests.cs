using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Cli;

/// <summary>What <c>briefing check</c> reports about a document's outline and FAQ, each at its line.</summary>
public sealed class CheckFindingsTests
{
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
}
