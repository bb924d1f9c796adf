using Briefing.Model;
using Briefing.Publishing;
using Briefing.Readers;
using Briefing.Tests.Epub;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Integration;

/// <summary>The words the editions add are in the document's language: a German briefing says "Inhalt", "Seite 2 von 5"
/// and "15. Oktober 2026"; a language we have no words for gets English, marked as such in the EPUB.</summary>
public sealed class WordingTests
{
    private static string German(string language) => $"""
        ---
        title: Energiewende in der Kommune
        language: {language}
        date: 2026-10-15
        ---

        # Energiewende in der Kommune

        Die Stadt will bis 2040 klimaneutral sein.

        ## Wärme

        ###

        Ein Abschnitt ohne Überschrift.

        Fernwärme ist der größte Hebel.[^1]

        ## Häufig gestellte Fragen

        ### Was kostet das?

        Zunächst nichts.

        [^1]: Laut Wärmeplan 2025.
        """;

    [Fact]
    public void A_German_briefing_is_worded_in_German_in_both_editions()
    {
        using var dir = new TempDir();
        var build = Publisher.Build(new BuildRequest(dir.File("energie.md", German("de")), Path.Combine(dir.Path, "out")));
        Assert.DoesNotContain(build.Warnings, w => w.Message.Contains("hyphenation", StringComparison.Ordinal));

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(build.Pdf());
        var text = string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        foreach (var expected in new[] { "BRIEFING", "ZUSAMMENFASSUNG", "15. Oktober 2026", "Inhalt", "Seite 2 von", "Anmerkungen",
                     "Anhang — Häufig gestellte Fragen" })
            Assert.Contains(expected, text, StringComparison.Ordinal);
        foreach (var english in new[] { "Contents", "Summary", "SUMMARY", "October", "page 2 of", "Notes", "Appendix" })
            Assert.DoesNotContain(english, text, StringComparison.Ordinal);

        var package = new EpubPackage(File.ReadAllBytes(build.Epub()));
        var nav = package.Nav;
        Assert.Equal("Inhalt", package.NavOf("toc").Elements().First().Value);
        Assert.Contains(nav.Descendants(EpubPackage.X + "a"), a => a.Value == "Titelseite");
        Assert.DoesNotContain(nav.Descendants(), e => (string?)e.Attribute("lang") == "en");   // nothing generated is English
        var hrefs = package.NavOf("toc").Descendants(EpubPackage.X + "a").Select(a => (string)a.Attribute("href")!).ToList();
        Assert.Contains(hrefs, h => h.EndsWith("#warme", StringComparison.Ordinal));              // not "#w-rme"
        var backLink = package.ContentDocuments.SelectMany(d => d.Doc.Descendants(EpubPackage.X + "a"))
            .Single(a => (string?)a.Attribute("role") == "doc-backlink");
        Assert.Equal("Zurück zum Text", (string?)backLink.Attribute("aria-label"));
        var cover = package.ContentDocuments.SelectMany(d => d.Doc.Descendants(EpubPackage.X + "img")).First();
        Assert.Equal("Umschlag: Energiewende in der Kommune", (string?)cover.Attribute("alt"));
        Assert.Contains(package.ContentDocuments.SelectMany(d => d.Doc.Descendants(EpubPackage.X + "nav")),
            n => (string?)n.Attribute("aria-label") == "Fragen");
        Assert.Contains("Abschnitt ohne Titel", package.NavOf("toc").Descendants(EpubPackage.X + "a").Select(a => a.Value));
        if (EpubCheck.Available || Repo.IsCi)
        {
            var check = EpubCheck.Run(File.ReadAllBytes(build.Epub()), "german");
            Assert.True(check.Fatals + check.Errors + check.Warnings == 0, check.ToString());
        }
    }

    [Fact]
    public void A_language_without_words_gets_English_marked_as_English()
    {
        using var dir = new TempDir();
        var build = Publisher.Build(new BuildRequest(dir.File("energie.md", German("pt")), Path.Combine(dir.Path, "out")));
        var package = new EpubPackage(File.ReadAllBytes(build.Epub()));
        var heading = package.NavOf("toc").Elements().First();
        Assert.Equal("Contents", heading.Value);
        Assert.Equal("en", (string?)heading.Attribute("lang"));
    }

    [Theory]
    [InlineData("fr", "2026-10-01", "1er octobre 2026")]
    [InlineData("es", "2026-03-15", "15 de marzo de 2026")]
    [InlineData("it-IT", "2026-08-02", "2 agosto 2026")]
    [InlineData("en-GB", "2026-12-05", "5 December 2026")]
    public void Dates_are_written_in_the_document_language(string language, string date, string written) =>
        Assert.Equal(written, new Metadata("T", Date: date, Language: language).WrittenDate);

    [Theory]
    [InlineData("Häufig gestellte Fragen")]
    [InlineData("Foire aux questions")]
    [InlineData("Preguntas frecuentes")]
    [InlineData("Domande frequenti")]
    public void An_FAQ_heading_in_another_language_is_the_FAQ(string heading)
    {
        var doc = SourceReader.Parse($"# T\n\n## Eins\n\nText.\n\n## {heading}\n\n### Frage?\n\nAntwort.\n", "t.md");
        Assert.NotNull(doc.Faq);
        Assert.Single(doc.Faq!.Entries);
    }
}
