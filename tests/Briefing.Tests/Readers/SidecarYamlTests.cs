using Briefing.Readers;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Readers;

/// <summary>Sidecars and front matter: a value of the wrong shape, a repeated key or a slip in a key's name gets a
/// message in the author's words at the key's line, never .NET's.</summary>
public sealed class SidecarYamlTests
{
    private static InputException SidecarError(string yaml, out string sidecar)
    {
        using var dir = new TempDir();
        var source = dir.File("article.txt", "Title\n\nLede.\n\nChapter\n\nText.\n");
        sidecar = dir.File("article.yaml", yaml);
        return Assert.Throws<InputException>(() => SourceReader.Read(source));
    }

    private static InputException FrontMatterError(string yaml, out string source)
    {
        using var dir = new TempDir();
        var path = source = dir.File("article.md", "---\n" + yaml + "---\n\n# Title\n\nText.\n");
        return Assert.Throws<InputException>(() => SourceReader.Read(path));
    }

    private static IReadOnlyList<Diagnostic> FrontMatterWarnings(string yaml, out string source, out Model.Document document)
    {
        using var dir = new TempDir();
        source = dir.File("article.md", "---\n" + yaml + "---\n\n# Title\n\nText.\n");
        document = SourceReader.Read(source);
        return document.Report.Warnings;
    }

    [Fact]
    public void Keywords_as_one_line_are_words_separated_by_commas()
    {
        var warnings = FrontMatterWarnings("keywords: water, rivers ,  \n", out _, out var document);
        Assert.Empty(warnings);
        Assert.Equal(["water", "rivers"], document.Metadata.KeywordList);
        Assert.Equal(["water"], Sidecar.Parse("keywords: water\n", "s.yaml", 0).Keywords!);
    }

    [Fact]
    public void Keywords_holding_a_mapping_are_refused_in_words()
    {
        var e = SidecarError("title: T\nkeywords:\n  a: b\n", out var sidecar);
        Assert.Equal($"{sidecar}:2: keywords must be a list (keywords: [a, b]) or one line of comma-separated words", e.Message);
    }

    [Fact]
    public void Faq_as_one_value_is_refused_in_words()
    {
        var e = SidecarError("author: Someone\nfaq: nope\n", out var sidecar);
        Assert.Equal($"{sidecar}:2: faq must be a list of questions (- Question?)", e.Message);
    }

    [Fact]
    public void A_front_matter_that_is_a_list_is_refused_in_words()
    {
        var e = FrontMatterError("- title\n- author\n", out var source);
        Assert.Equal($"{source}:2: the front matter must be `key: value` lines, not a list", e.Message);
    }

    [Theory]
    [InlineData("title:\n  first: a\n", "mapping")]
    [InlineData("title: [a, b]\n", "list")]
    public void A_title_must_be_one_value(string yaml, string shape)
    {
        var e = FrontMatterError("author: Someone\n" + yaml, out var source);
        Assert.Equal($"{source}:3: title must be one value, not a {shape}", e.Message);
    }

    [Fact]
    public void A_key_given_twice_names_both_lines()
    {
        var e = FrontMatterError("title: A\nauthor: B\nlayout: post\ntitle: C\n", out var source);
        Assert.Equal($"{source}:5: title is given twice (lines 2 and 5)", e.Message);
        var s = SidecarError("title: A\n\ntitle: C\n", out var sidecar);
        Assert.Equal($"{sidecar}:3: title is given twice (lines 1 and 3)", s.Message);
    }

    [Fact]
    public void An_unknown_sidecar_key_is_an_error_suggesting_the_nearest()
    {
        var e = SidecarError("title: Good\nautor: Someone\n", out var sidecar);
        Assert.StartsWith($"{sidecar}:2: unknown key 'autor' (did you mean 'author'?); the keys are title, subtitle, author,", e.Message);
        Assert.DoesNotContain("Briefing.", e.Message);
    }

    [Fact]
    public void Front_matter_keys_that_look_like_slips_of_ours_are_warned_about_and_others_passed_over()
    {
        var warnings = FrontMatterWarnings("autor: Someone\nTitel: X\nlangauge: fr\nlayout: post\ntags: [a]\nname: n\n", out var source, out var document);
        Assert.Equal([
            $"{source}:2: unknown key 'autor' (did you mean 'author'?); it is ignored",
            $"{source}:3: unknown key 'Titel' (did you mean 'title'?); it is ignored",
            $"{source}:4: unknown key 'langauge' (did you mean 'language'?); it is ignored",
        ], warnings.Select(w => w.ToString()));
        Assert.Null(document.Metadata.Author);
        Assert.Equal("en", document.Metadata.Language);
    }

    [Fact]
    public void Faq_lines_come_from_the_nodes()
    {
        var sidecar = Sidecar.Parse("# comment\nfaq:\n\n  - First?\n  # between\n  - >-\n    Second,\n    folded?\ntitle: T\n", "s.yaml", 3);
        Assert.Equal(["First?", "Second, folded?"], sidecar.Faq!);
        Assert.Equal([7, 9], sidecar.FaqLines);
    }

    [Fact]
    public void A_date_that_is_no_calendar_date_and_a_language_that_is_no_tag_are_warned_about_at_their_lines()
    {
        using var dir = new TempDir();
        var source = dir.File("article.txt", "Title\n\nLede.\n\nChapter\n\nText.\n");
        var sidecar = dir.File("article.yaml", "title: T\ndate: 2026-13-45\nlanguage: English (UK)\n");
        var document = SourceReader.Read(source);
        Assert.Equal([
            $"{sidecar}:2: date 2026-13-45 is not a calendar date (YYYY-MM-DD); it is printed as written and left out of the EPUB's metadata",
            $"{sidecar}:3: language 'English (UK)' is not a BCP 47 tag (such as en, en-GB or pt-BR); the EPUB will say \"und\" (undetermined)",
        ], document.Report.Warnings.Select(w => w.ToString()));
        Assert.Equal("2026-13-45", document.Metadata.WrittenDate);
        Assert.Null(Briefing.Epub.EpubMetadata.W3cDateOf(document.Metadata.Date));
        Assert.Equal("und", Briefing.Epub.EpubMetadata.LanguageTag(document.Metadata.Language));
    }

    [Theory]
    [InlineData("2025-01-15")]
    [InlineData("2025-01")]
    [InlineData("2025")]
    [InlineData("15 January 2025")]
    public void Real_dates_and_tags_are_not_warned_about(string date)
    {
        var sidecar = Sidecar.Parse($"date: {date}\nlanguage: en_GB\n", "s.yaml", 0);
        Assert.Empty(sidecar.Warnings);
    }
}
