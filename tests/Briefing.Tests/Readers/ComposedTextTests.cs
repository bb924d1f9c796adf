using Briefing.Layout;
using Briefing.Model;
using Briefing.Readers;
using Briefing.Styles;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Readers;

/// <summary>Text typed with combining accents ("nai\u0308ve") is read in composed form (NFC) by both readers and from
/// sidecars, so the PDF sets the font's accented letter rather than a mark over the wrong one.</summary>
public sealed class ComposedTextTests
{
    private const string Decomposed = "nai\u0308ve Cafe\u0301";
    private const string Composed = "na\u00EFve Caf\u00E9";

    [Theory]
    [InlineData("a.md", "# Title\n\nIntro.\n\n## Chapter\n\n")]
    [InlineData("a.txt", "Title\n\nIntro.\n\nChapter\n\n")]
    public void Both_readers_compose_the_text(string name, string before)
    {
        using var dir = new TempDir();
        var document = SourceReader.Read(dir.File(name, before + Decomposed + " words here.\n"));
        var text = string.Join(" ", BodyText.Blocks(document.Chapters.SelectMany(c => c.Blocks)));
        Assert.Contains(Composed, text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0308", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Front_matter_and_sidecar_values_are_composed()
    {
        Assert.Equal(Composed, SourceReader.Parse($"---\ntitle: {Decomposed}\n---\n\nText.\n", "a.md").Metadata.Title);
        using var dir = new TempDir();
        var source = dir.File("b.txt", "Title\n\nLede.\n\nChapter\n\nText.\n");
        dir.File("b.yaml", $"author: {Decomposed}\n");
        Assert.Equal(Composed, SourceReader.Read(source).Metadata.Author);
    }

    [Fact]
    public void The_PDF_sets_the_composed_letters()
    {
        var document = SourceReader.Parse("# Title\n\nIntro.\n\n## Chapter\n\n" + Decomposed + " words.\n", "a.md");
        var texts = LayoutEngine.Layout(document, StyleLoader.Load(Repo.DefaultStyle), "a4").Pages
            .SelectMany(p => p.Items).OfType<TextItem>().Select(t => t.Text).ToList();
        Assert.Contains(texts, t => t.Contains("na\u00EFve", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains('\u0308', StringComparison.Ordinal) || t.Contains('\u0301', StringComparison.Ordinal));
    }

    /// <summary>Expected forms as Python's unicodedata gives them (UAX #15): marks in canonical order, Hangul by rule,
    /// singletons replaced, excluded pairs left apart, a second identical mark blocked.</summary>
    [Theory]
    [InlineData("Tie\u0302\u0301ng", "Ti\u1EBFng")]
    [InlineData("a\u0323\u0302", "\u1EAD")]
    [InlineData("a\u0302\u0323", "\u1EAD")]
    [InlineData("\u1100\u1161\u11A8", "\uAC01")]
    [InlineData("\u2126", "\u03A9")]
    [InlineData("\u0915\u093C", "\u0915\u093C")]
    [InlineData("e\u0301\u0301", "\u00E9\u0301")]
    [InlineData("\u00E9\u0323", "\u1EB9\u0301")]
    public void Composition_follows_the_Unicode_algorithm(string text, string nfc) => Assert.Equal(nfc, SourceText.Composed(text));

    [Fact]
    public void Composed_text_is_returned_as_it_is()
    {
        var text = "Already " + Composed + " Ti\u1EBFng Vi\u1EC7t \uAC01 \u00C5ngstr\u00F6m";
        Assert.Same(text, SourceText.Composed(text));
    }
}
