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

[Collection("pdf")]
public sealed class ScratchTiming(ITestOutputHelper output)
{
    [Fact]
    public void Big()
    {
        var d = BriefingFixture.Document();
        var chapters = Enumerable.Range(0, 34).SelectMany(i => d.Chapters.Select(c => c with { Heading = c.Heading with { Id = c.Heading.Id + "-" + i }, Sections = c.Sections.Select(s => s with { Heading = s.Heading with { Id = s.Heading.Id + "-" + i } }).ToList() })).ToList();
        var big = d with { Chapters = chapters };
        var style = BriefingFixture.Style();
        LayoutEngine.Layout(d, style, "a4");
        for (var k = 0; k < 3; k++)
        {
            var clock = Stopwatch.StartNew();
            var layout = LayoutEngine.Layout(big, style, "a4");
            var t1 = clock.Elapsed; clock.Restart();
            using var ms = new MemoryStream();
            PdfWriter.Write(layout, ms, new PdfOptions(DateTimeOffset.UnixEpoch));
            output.WriteLine($"pages {layout.PageCount}, layout {t1.TotalMilliseconds:0} ms, pdf {clock.Elapsed.TotalMilliseconds:0} ms, {ms.Length / 1024} KB");
        }
    }
}
