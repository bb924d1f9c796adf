using System.Diagnostics;
using Briefing.Layout;
using Briefing.Pdf;
using Briefing.Tests.Layout;
using Xunit;
using Xunit.Abstractions;

namespace Briefing.Tests.Pdf;

/// <summary>Writes the fixture to /tmp/briefing-fixture.pdf so it can be looked at, and reports timings.</summary>
[Collection("pdf")]
public sealed class FixtureOutput(ITestOutputHelper output)
{
    [Fact]
    public void Writes_the_fixture_for_inspection()
    {
        var document = BriefingFixture.Document();
        var style = BriefingFixture.Style();
        var clock = Stopwatch.StartNew();
        var layout = LayoutEngine.Layout(document, style, "a4");
        var layoutTime = clock.Elapsed;
        clock.Restart();
        using (var file = File.Create("/tmp/briefing-fixture.pdf"))
            PdfWriter.Write(layout, file, new PdfOptions(new DateTimeOffset(2025, 1, 15, 0, 0, 0, TimeSpan.Zero)));
        output.WriteLine($"pages {layout.PageCount}, layout {layoutTime.TotalMilliseconds:0} ms, pdf {clock.Elapsed.TotalMilliseconds:0} ms");
        foreach (var w in layout.Warnings) output.WriteLine("warning: " + w);
        Assert.True(layout.PageCount > 5);
    }
}
