using Briefing.Cli;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Cli;

/// <summary>Building several inputs at once: largest first, and the same files whatever the number of jobs.</summary>
public sealed class BatchTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Inputs_are_started_largest_first_equal_sizes_in_the_given_order_and_missing_ones_last()
    {
        var small = _dir.File("a-small.md", "# A\n\nShort.\n");
        var large = _dir.File("b-large.md", "# B\n\n" + string.Concat(Enumerable.Repeat("Many words here. ", 200)) + "\n");
        var twinOne = _dir.File("c-twin.md", "# C\n\nSame length text.\n");
        var twinTwo = _dir.File("d-twin.md", "# D\n\nSame length text.\n");
        var missing = Path.Combine(_dir.Path, "e-missing.md");

        Assert.Equal([large, twinOne, twinTwo, small, missing], BuildCommand.LargestFirst([small, missing, large, twinOne, twinTwo]));
    }

    [Fact]
    public void Verbose_prints_each_inputs_recovered_structure_and_the_default_does_not()
    {
        var input = _dir.File("in/note.md", "---\ntitle: Field Note\n---\n\nLede.\n\n# First Chapter\n\nText.\n\n## A Section\n\nMore text.\n");
        var verbose = CliRun.Of("build", input, "-o", Path.Combine(_dir.Path, "v"), "-v", "--format", "epub");
        var plain = CliRun.Of("build", input, "-o", Path.Combine(_dir.Path, "p"), "--format", "epub");

        Assert.Equal(0, verbose.ExitCode);
        Assert.Contains("Title:    Field Note", verbose.Out);
        Assert.Contains("# First Chapter", verbose.Out);
        Assert.Contains("  ## A Section", verbose.Out);
        Assert.DoesNotContain("Title:    Field Note", plain.Out);
    }

    [Fact]
    public void Two_jobs_write_the_same_files_as_one_and_report_every_input()
    {
        var inputs = new[]
        {
            _dir.File("in/short.md", "---\ntitle: Short\n---\n\n# One\n\nA short note.\n"),
            _dir.File("in/seed.txt", File.ReadAllText(Repo.SeedText)),
            _dir.File("in/middle.md", "---\ntitle: Middle\n---\n\n# Two\n\n" + string.Concat(Enumerable.Repeat("Some text to set. ", 300)) + "\n"),
        };
        var one = CliRun.Of(["build", .. inputs, "-o", Path.Combine(_dir.Path, "one"), "--jobs", "1"]);
        var two = CliRun.Of(["build", .. inputs, "-o", Path.Combine(_dir.Path, "two"), "--jobs", "2"]);

        Assert.Equal(0, one.ExitCode);
        Assert.Equal(0, two.ExitCode);
        Assert.Contains("built 3 of 3 input(s)", two.Out);
        var names = Directory.GetFiles(Path.Combine(_dir.Path, "one")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["middle.epub", "middle.pdf", "seed.epub", "seed.pdf", "short.epub", "short.pdf"], names);
        foreach (var name in names)
            Assert.Equal(File.ReadAllBytes(Path.Combine(_dir.Path, "one", name!)), File.ReadAllBytes(Path.Combine(_dir.Path, "two", name!)));
    }

    [Theory]
    [InlineData(7, 2, 8, 2, true)]    // every core has a build and more wait
    [InlineData(0, 2, 8, 2, false)]   // the last to start may use the cores others leave
    [InlineData(5, 1, 8, 2, false)]   // --jobs 1: one build, which may use every core
    [InlineData(1, 2, 2, 4, false)]   // two builds on four cores leave cores free
    [InlineData(3, 4, 8, 2, true)]    // more jobs than cores
    public void A_build_runs_on_one_core_only_while_the_batch_keeps_every_core_busy(int waiting, int jobs, int inputs, int cores, bool alone) =>
        Assert.Equal(alone, BuildCommand.SingleCore(waiting, jobs, inputs, cores));

    [Fact]
    public void A_build_on_one_core_writes_the_same_files()
    {
        var seed = _dir.File("in/seed.txt", File.ReadAllText(Repo.SeedText));
        var time = new DateTimeOffset(2025, 1, 15, 0, 0, 0, TimeSpan.Zero);
        var spread = Publishing.Publisher.Build(new Publishing.BuildRequest(seed, Path.Combine(_dir.Path, "spread"), Timestamp: time));
        var alone = Publishing.Publisher.Build(new Publishing.BuildRequest(seed, Path.Combine(_dir.Path, "alone"), Timestamp: time, SingleCore: true));
        Assert.Equal(2, alone.Outputs.Count);
        Assert.Equal(spread.Outputs.Select(o => Path.GetFileName(o.Path)), alone.Outputs.Select(o => Path.GetFileName(o.Path)));
        foreach (var ((a, _), (b, _)) in spread.Outputs.Zip(alone.Outputs))
            Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
    }
}
