using Briefing.Cli;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Cli;

public sealed class WatcherTests
{
    [Fact]
    public void A_change_rebuilds_the_source_it_belongs_to()
    {
        using var dir = new TempDir();
        var a = dir.File("a.txt", "A\n\nx\n");
        var b = dir.File("b.md", "# B\n");
        var watcher = new Watcher([a, b], _ => 0, new Output(TextWriter.Null, TextWriter.Null), Path.Combine(dir.Path, "styles"));
        Assert.Equal([a], watcher.Affected([a]));
        Assert.Equal([b], watcher.Affected([Path.Combine(dir.Path, "b.yaml")]));
        Assert.Empty(watcher.Affected([Path.Combine(dir.Path, "c.txt")]));
        Assert.Equal([a, b], watcher.Affected([Path.Combine(dir.Path, "styles", "briefing.yaml")]));
        // A picture in or below a Markdown source's folder: that source (raw text shows no pictures).
        Assert.Equal([b], watcher.Affected([Path.Combine(dir.Path, "img", "chart.png")]));
        Assert.Equal([b], watcher.Affected([Path.Combine(dir.Path, "photo.JPG")]));
        Assert.Empty(watcher.Affected([Path.Combine(Path.GetTempPath(), "elsewhere.png")]));
        // A folder called styles below a source is not the styles folder: a file there is nobody's style or sidecar.
        Assert.Empty(watcher.Affected([Path.Combine(dir.Path, "chapters", "styles", "notes.yaml")]));
    }
}
