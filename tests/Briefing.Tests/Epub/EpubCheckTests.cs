using Briefing.Epub;
using Briefing.Model;
using Xunit;

namespace Briefing.Tests.Epub;

/// <summary>EPUBCheck (the W3C's conformance checker) must find nothing at all: 0 fatals, 0 errors, 0 warnings.</summary>
public class EpubCheckTests
{
    private static void AssertClean(byte[] epub, string name)
    {
        var result = EpubCheck.Run(epub, name);
        Assert.True(result.Fatals + result.Errors + result.Warnings == 0, result.ToString());
    }

    [EpubCheckFact]
    public void Fixture_with_printed_pages_is_clean()
    {
        var doc = EpubFixture.Document();
        AssertClean(EpubPackage.Write(doc, EpubFixture.Style(), EpubFixture.Options(doc)).Bytes, "fixture");
    }

    [EpubCheckFact]
    public void Fixture_with_embedded_fonts_labels_in_toc_numbering_and_block_labels_is_clean()
    {
        var doc = EpubFixture.Document();
        var style = EpubFixture.Style();
        style.Epub.EmbedFonts = true;
        style.Epub.TocLabels = true;
        style.NumberSections = true;
        style.RunInLabels = false;
        style.Cover = false;
        AssertClean(EpubPackage.Write(doc, style, new EpubOptions(EpubFixture.Modified, new Dictionary<string, int>())).Bytes, "fixture-fonts");
    }

    [EpubCheckFact]
    public void Deep_nesting_and_a_bare_document_are_clean()
    {
        var deep = EpubNestingTests.DeepDocument();
        AssertClean(EpubPackage.Write(deep, EpubFixture.Style(), new EpubOptions(EpubFixture.Modified, new Dictionary<string, int> { ["item500"] = 7 })).Bytes, "deep");
        var bare = new Document(new Metadata("Bare <&>", Language: "de-CH"), [], [], new Faq(new Heading("faq", Inlines.Text("FAQ")), []), ImportReport.Empty("x"));
        AssertClean(EpubPackage.Write(bare, EpubFixture.Style(), new EpubOptions(DateTimeOffset.UnixEpoch, new Dictionary<string, int>())).Bytes, "bare");
    }
}
