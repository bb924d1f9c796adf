using Xunit;
using Briefing.Publishing;
using Briefing.Tests.Support;

namespace Briefing.Tests.Cli;

public sealed class AtomicFileTests
{
    [Fact]
    public void A_failed_write_keeps_the_old_file_and_leaves_no_temporary()
    {
        using var dir = new TempDir();
        var target = dir.File("a.pdf", "old");
        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(target, s =>
        {
            s.Write("half a fi"u8);
            throw new InvalidOperationException("boom");
        }));
        Assert.Equal("old", File.ReadAllText(target));
        Assert.Single(Directory.EnumerateFiles(dir.Path));
    }

    [Fact]
    public void A_complete_write_replaces_the_file_and_reports_its_size()
    {
        using var dir = new TempDir();
        var target = dir.File("a.pdf", "old");
        Assert.Equal(3, AtomicFile.Write(target, s => s.Write("new"u8)));
        Assert.Equal("new", File.ReadAllText(target));
        Assert.Single(Directory.EnumerateFiles(dir.Path));
    }

    [Fact]
    public void Stale_temporaries_of_dead_processes_are_cleaned()
    {
        using var dir = new TempDir();
        // A PID that cannot be running (above the kernel's pid_max default).
        var stale = dir.File(".a.pdf.99999999.briefing-tmp", "half");
        AtomicFile.Write(Path.Combine(dir.Path, "a.pdf"), s => s.Write("x"u8));
        Assert.False(File.Exists(stale));
    }
}
