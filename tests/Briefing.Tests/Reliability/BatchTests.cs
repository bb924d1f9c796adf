using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Reliability;

/// <summary>One bad input in a batch does not stop the others; the summary names it and the exit code is 1.</summary>
public sealed class BatchTests
{
    [Fact]
    public void One_failing_input_among_good_ones()
    {
        using var dir = new TempDir();
        var good1 = dir.File("in/alpha.txt", "Alpha\n\nA lede.\n\nChapter\n\nText.\n");
        var bad = dir.File("in/broken.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);
        var good2 = dir.File("in/gamma.md", "# Gamma\n\nA lede.\n\n## Chapter\n\nText.\n");
        var outDir = Path.Combine(dir.Path, "out");
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "broken.pdf"), "previous broken.pdf");

        var run = CliRun.Of("build", Path.Combine(dir.Path, "in"), "-o", outDir, "-j", "1");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(bad + ":3: binary data", run.Err);
        Assert.Contains("built 2 of 3 input(s)", run.Out + run.Err);
        Assert.Matches(@"failed: .*broken\.txt", run.Out + run.Err);
        Assert.DoesNotMatch(@"failed: .*(alpha|gamma)", run.Out + run.Err);
        foreach (var name in new[] { "alpha.pdf", "alpha.epub", "gamma.pdf", "gamma.epub" })
            Assert.True(new FileInfo(Path.Combine(outDir, name)).Length > 1000, name);
        Assert.Equal("previous broken.pdf", File.ReadAllText(Path.Combine(outDir, "broken.pdf")));
        Assert.False(File.Exists(Path.Combine(outDir, "broken.epub")));
        Assert.Empty(Directory.EnumerateFiles(outDir, "*.briefing-tmp"));
        _ = good1; _ = good2;
    }

    [Fact]
    public void Named_inputs_one_missing_the_others_built()
    {
        using var dir = new TempDir();
        var good = dir.File("a.txt", "Alpha\n\nA lede.\n\nChapter\n\nText.\n");
        var missing = Path.Combine(dir.Path, "nope.txt");
        var run = CliRun.Of("build", good, missing, "-o", Path.Combine(dir.Path, "out"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(missing + ": file not found", run.Err);
        Assert.True(File.Exists(Path.Combine(dir.Path, "out", "a.pdf")));
    }
}
