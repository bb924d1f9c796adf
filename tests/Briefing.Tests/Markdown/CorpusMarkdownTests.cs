using Briefing.MarkdownExport;
using Markdig;
using Briefing.Model;
using Briefing.Publishing;
using Briefing.Readers;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Markdown;

/// <summary>Every corpus document and the seed: chapters found, nothing lost, and import → Markdown → read gives the same tree.</summary>
public sealed class CorpusMarkdownTests
{
    public static TheoryData<string> Sources() =>
        [.. new[] { Repo.SeedText }.Concat(Repo.CorpusFiles()).Select(p => Path.GetFileName(p))];

    private static string PathOf(string name) => name == Path.GetFileName(Repo.SeedText) ? Repo.SeedText : Path.Combine(Repo.Corpus, name);

    [Theory]
    [MemberData(nameof(Sources))]
    public void Import_round_trips_through_markdown(string name)
    {
        var original = SourceReader.Read(PathOf(name));
        var markdown = MarkdownWriter.Write(original);
        var again = SourceReader.Parse(markdown, "roundtrip.md");
        Assert.Equal(original.Metadata.Title, again.Metadata.Title);
        Assert.Equal(Outline(original), Outline(again));
        Assert.Equal(BodyText.WordCount(original), BodyText.WordCount(again));
        Assert.Equal(string.Concat(BodyText.Of(original)).Where(c => !char.IsWhiteSpace(c)), string.Concat(BodyText.Of(again)).Where(c => !char.IsWhiteSpace(c)));
    }

    [Theory]
    [InlineData("md_art-of-command-line_README.md", "The Art of Command Line", null, "Note: I’m planning to revise this")]
    [InlineData("md_youtube-dl_README.md", "youtube-dl", "download videos from youtube.com or other video platforms", null)]
    [InlineData("md_rust-book_ch04_understanding-ownership.md", "Understanding Ownership", null, "Ownership is Rust’s most unique feature")]
    [InlineData("md_homebrew_FAQ.md", "FAQ (Frequently Asked Questions)", null, null)]
    public void Corpus_covers_have_the_title_and_the_first_words_of_text(string name, string title, string? subtitle, string? ledeStart)
    {
        if (!Directory.Exists(Repo.Corpus) && !Repo.IsCi) return;
        var doc = SourceReader.Read(Path.Combine(Repo.Corpus, name));
        Assert.Equal(title, doc.Metadata.Title);
        Assert.Equal(subtitle, doc.Metadata.Subtitle);
        var lede = BodyText.Blocks(doc.Lede).ToList();
        if (ledeStart is null) Assert.Empty(lede);
        else Assert.StartsWith(ledeStart, lede[0], StringComparison.Ordinal);
        Assert.DoesNotContain(BodyText.Of(doc), t => t.Contains("{:toc}", StringComparison.Ordinal) || t.Contains("[TOC]", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("md_art-of-command-line_README.md", "🌍 Čeština ∙ Deutsch ∙", "Meta · Basics · Everyday use ·")]
    [InlineData("md_homebrew_FAQ.md", "Table of Contents {:toc}")]
    [InlineData("md_rust-book_ch04_understanding-ownership.md", "[TOC]")]
    [InlineData("md_semver_2.0.0.md")]
    [InlineData("md_youtube-dl_README.md", "Build Status", "INSTALLATION · DESCRIPTION · OPTIONS ·")]
    public void Corpus_navigation_left_out_is_exactly_the_navigation(string name, params string[] starts)
    {
        // The word test above counts what the report lists as kept; this pins what the report may list.
        if (!Directory.Exists(Repo.Corpus) && !Repo.IsCi) return;
        var removed = SourceReader.Read(Path.Combine(Repo.Corpus, name)).Report.NoiseRemoved;
        Assert.Equal(starts.Length, removed.Count);
        for (var i = 0; i < starts.Length; i++) Assert.StartsWith(starts[i], removed[i], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("md_art-of-command-line_README.md", 12, 0)]
    [InlineData("md_homebrew_FAQ.md", 0, 28)]
    [InlineData("md_rust-book_ch04_understanding-ownership.md", 4, 0)]
    [InlineData("md_semver_2.0.0.md", 7, 12)]
    [InlineData("md_youtube-dl_README.md", 12, 28)]
    public void Corpus_markdown_finds_its_chapters_and_faq(string name, int chapters, int questions)
    {
        if (!Directory.Exists(Repo.Corpus) && !Repo.IsCi) return;
        var doc = SourceReader.Read(Path.Combine(Repo.Corpus, name));
        Assert.Equal(chapters, doc.Chapters.Count);
        Assert.Equal(questions, doc.Faq?.Entries.Count ?? 0);
    }

    [Theory]
    [InlineData("md_art-of-command-line_README.md")]
    [InlineData("md_homebrew_FAQ.md")]
    [InlineData("md_rust-book_ch04_understanding-ownership.md")]
    [InlineData("md_semver_2.0.0.md")]
    [InlineData("md_youtube-dl_README.md")]
    public void Every_visible_word_survives(string name)
    {
        if (!Directory.Exists(Repo.Corpus) && !Repo.IsCi) return;
        var path = Path.Combine(Repo.Corpus, name);
        var text = SourceText.Load(path);
        var doc = SourceReader.Read(path);
        // Markdig's own plain-text rendering is the reference for what a reader sees (minus front matter and raw HTML).
        var pipeline = new Markdig.MarkdownPipelineBuilder().UseYamlFrontMatter().UsePipeTables().UseGridTables().UseAutoLinks().UseEmphasisExtras().Build();
        var visible = Words(Markdig.Markdown.ToPlainText(
            System.Text.RegularExpressions.Regex.Replace(text, "<!--.*?-->", " ", System.Text.RegularExpressions.RegexOptions.Singleline), pipeline));
        // Navigation left out (contents lists, language bars) is listed in the report: nothing vanishes unsaid.
        var kept = string.Join(' ', BodyText.Of(doc).Append(doc.Metadata.Title).Append(doc.Metadata.Subtitle ?? "")
            .Concat(doc.Faq?.Entries.Select(e => e.Question.Text) ?? []).Concat(doc.Report.NoiseRemoved));
        // Raw HTML's tags and attributes are not visible text; everything else must be found in what was kept.
        // Quotes and dashes are set as type: compare their typewriter forms.
        var plainKept = Typewriter.Plain(kept);
        var missing = visible.Keys.Where(w => !w.Contains('<') && !w.Contains('>') && !w.Contains('=') && !w.Contains('"')
                                               && !plainKept.Contains(Typewriter.Plain(w), StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "lost: " + string.Join(" ", missing.Take(30)));
    }

    private static Dictionary<string, int> Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',', ';', ':', '(', ')', '"', '\'', '*', '`'))
            .Where(w => w.Any(char.IsLetterOrDigit)).GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());

    private static string Outline(Document d) => System.Text.Json.JsonSerializer.Serialize(
        d.Chapters.Select(c => new { c.Heading.Text, Sections = c.Sections.Select(s => s.Heading.Text), Labels = StructureReport.Count<Label>(c.Blocks.Concat(c.Sections.SelectMany(s => s.Blocks))) })
            .Append(new { Text = "FAQ", Sections = d.Faq?.Entries.Select(e => e.Question.Text) ?? [], Labels = 0 }));
}
