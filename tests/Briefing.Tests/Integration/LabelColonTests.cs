using Briefing.Publishing;
using Briefing.Tests.Epub;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Integration;

/// <summary>A run-in label keeps its colon ("Turkey: Ankara …"); set as a small heading of its own line (the report
/// style) it drops it, in both editions, as a heading never ends in a colon.</summary>
public sealed class LabelColonTests
{
    private static (List<string> PdfWords, List<string> EpubLabels) Build(string style)
    {
        using var dir = new TempDir();
        var source = dir.File("t.md", $"---\ntitle: T\nstyle: {style}\n---\n\n# T\n\n## Chapter\n\n### Section\n\n#### Turkey:\n\nAnkara mediates.\n\n#### *Iran*:\n\nTehran waits.\n");
        var build = Publisher.Build(new BuildRequest(source, Path.Combine(dir.Path, "out")));
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(build.Pdf());
        var words = pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToList();
        var epub = new EpubPackage(File.ReadAllBytes(build.Epub()));
        var labels = epub.ContentDocuments.SelectMany(d => d.Doc.Descendants())
            .Where(e => ((string?)e.Attribute("class") ?? "").Split(' ').Contains("label")).Select(e => e.Value).ToList();
        return (words, labels);
    }

    [Fact]
    public void A_label_set_apart_drops_its_colon()
    {
        var (words, labels) = Build("report");
        Assert.Contains("Turkey", words);
        Assert.DoesNotContain("Turkey:", words);
        Assert.DoesNotContain("Iran:", words);
        Assert.Equal(["Turkey", "Iran"], labels);
    }

    [Fact]
    public void A_run_in_label_keeps_it()
    {
        var (words, labels) = Build("briefing");
        Assert.Contains("Turkey:", words);
        Assert.Equal(["Turkey:", "Iran:"], labels);
    }
}
