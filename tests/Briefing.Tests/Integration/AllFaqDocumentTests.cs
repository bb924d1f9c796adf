using Briefing.Publishing;
using Briefing.Tests.Epub;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Integration;

/// <summary>A page that is all FAQ (Homebrew's) has no body text for the questions to be an appendix to: both editions
/// print its own heading and treat the questions as the text; after a body text the FAQ stays "Appendix — …".</summary>
public sealed class AllFaqDocumentTests
{
    private const string AllFaq = "# FAQ\n\n## How do I update?\n\nRun the updater.\n\n## How do I uninstall?\n\nRun the uninstaller.\n";
    private const string WithBody = "# Guide\n\n## Install\n\nRun the installer.\n\n## FAQ\n\n### How do I update?\n\nRun the updater.\n";

    private static (string PdfText, EpubPackage Epub) Build(string source)
    {
        using var dir = new TempDir();
        var build = Publisher.Build(new BuildRequest(dir.File("guide.md", source), Path.Combine(dir.Path, "out")));
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(build.Pdf());
        var text = string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        return (text, new EpubPackage(File.ReadAllBytes(build.Epub())));
    }

    private static IEnumerable<(string Type, string Href)> Landmarks(EpubPackage epub) =>
        epub.NavOf("landmarks").Descendants(EpubPackage.X + "a")
            .Select(a => ((string)a.Attribute(EpubPackage.Ops + "type")!, (string)a.Attribute("href")!));

    [Fact]
    public void A_page_that_is_all_FAQ_is_not_an_appendix()
    {
        var (text, epub) = Build(AllFaq);
        Assert.Contains("Frequently Asked Questions", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Appendix", text, StringComparison.Ordinal);

        var faq = epub.Doc("faq.xhtml");
        Assert.DoesNotContain("Appendix", faq.Root!.Value, StringComparison.Ordinal);
        var section = faq.Descendants(EpubPackage.X + "section").First();
        Assert.Equal("chapter", (string?)section.Attribute(EpubPackage.Ops + "type"));
        Assert.Contains(("bodymatter", "faq.xhtml"), Landmarks(epub).Select(l => (l.Type, l.Href.Split('#')[0])));
        Assert.DoesNotContain(Landmarks(epub), l => l.Type == "appendix");
    }

    [Fact]
    public void After_a_body_text_the_FAQ_is_the_appendix()
    {
        var (text, epub) = Build(WithBody);
        Assert.Contains("Appendix — Frequently Asked Questions", text, StringComparison.Ordinal);
        Assert.Equal("appendix", (string?)epub.Doc("faq.xhtml").Descendants(EpubPackage.X + "section").First().Attribute(EpubPackage.Ops + "type"));
        Assert.Contains(Landmarks(epub), l => l.Type == "appendix" && l.Href.StartsWith("faq.xhtml", StringComparison.Ordinal));
    }
}
