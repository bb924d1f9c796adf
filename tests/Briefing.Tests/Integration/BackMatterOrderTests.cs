using System.Xml.Linq;
using Briefing.Publishing;
using Briefing.Tests.Epub;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Integration;

/// <summary>Back matter comes in the Chicago Manual of Style's order — the FAQ appendix, then the notes — and the notes
/// are never numbered as a chapter of the text, in the PDF, its contents and outline, and the EPUB.</summary>
public sealed class BackMatterOrderTests
{
    private const string Source = """
        ---
        title: Order
        style: report
        ---

        # Order

        ## First chapter

        A cited claim.[^1]

        ## Second chapter

        More text.

        ## FAQ

        ### Why?

        Because.[^2]

        [^1]: The first note.
        [^2]: The second note.
        """;

    [Fact]
    public void Notes_follow_the_appendix_unnumbered()
    {
        using var dir = new TempDir();
        var build = Publisher.Build(new BuildRequest(dir.File("order.md", Source), Path.Combine(dir.Path, "out")));

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(build.Pdf());
        var pages = pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
        int PageStarting(string heading) => pages.FindIndex(1, t => t.Contains(heading, StringComparison.Ordinal) && !t.Contains("Contents", StringComparison.Ordinal));
        Assert.True(PageStarting("Appendix") < PageStarting("The first note."));
        var contents = pages.First(t => t.Contains("Contents", StringComparison.Ordinal));
        Assert.Contains("2 Second chapter", contents, StringComparison.Ordinal);
        Assert.True(contents.IndexOf("Appendix", StringComparison.Ordinal) < contents.IndexOf("Notes", StringComparison.Ordinal));
        Assert.DoesNotContain("3 Notes", contents, StringComparison.Ordinal);

        var epub = new EpubPackage(File.ReadAllBytes(build.Epub()));
        var spine = epub.Spine.ToList();
        var notesFile = epub.ContentDocuments.Single(d => d.Doc.Descendants().Any(e => (string?)e.Attribute(EpubPackage.Ops + "type") == "endnotes")).Href;
        Assert.True(spine.FindIndex(h => h.EndsWith("faq.xhtml", StringComparison.Ordinal)) < spine.FindIndex(h => h.EndsWith(notesFile, StringComparison.Ordinal)));
        var toc = epub.NavOf("toc").Elements(EpubPackage.X + "ol").Elements(EpubPackage.X + "li").Select(li => li.Element(EpubPackage.X + "a")!.Value).ToList();
        Assert.Equal(["1 First chapter", "2 Second chapter"], toc.Take(2));
        Assert.Equal("Notes", toc[^1]);
    }
}
