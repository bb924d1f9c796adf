using Briefing.Model;
using Briefing.Readers;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Markdown;

/// <summary>What Markdown does silently — a fence or front matter never closed, footnotes that do not meet, a link
/// to no anchor — is read as CommonMark says and named with its line.</summary>
public sealed class MarkdownWarningsTests
{
    private static List<string> Warnings(string markdown, out Document document)
    {
        document = SourceReader.Parse(markdown, "doc.md");
        return [.. document.Report.Warnings.Select(w => w.ToString())];
    }

    [Fact]
    public void An_unclosed_fence_keeps_the_rest_as_code_and_says_so_at_its_line()
    {
        var warnings = Warnings("# T\n\nText.\n\n## Chapter\n\n```c\ncode\n\n## Not a heading\n", out var document);
        Assert.Equal(["doc.md:7: code fence never closed: the rest of the file (3 lines) is set as code"], warnings);
        var code = Assert.IsType<CodeBlock>(Assert.Single(document.Chapters).Blocks[^1]);
        Assert.Contains("## Not a heading", code.Text);
    }

    [Fact]
    public void A_closed_fence_says_nothing()
    {
        Assert.Empty(Warnings("# T\n\n```\ncode\n```\n\n~~~~\nmore\n~~~~~\n", out _));
    }

    [Fact]
    public void A_fence_left_open_in_a_list_item_ends_with_it()
    {
        var warnings = Warnings("# T\n\n- item\n\n  ```\n  code\n\nAfter.\n", out _);
        Assert.Equal(["doc.md:5: code fence never closed: the rest of its list item or quote (2 lines) is set as code"], warnings);
    }

    [Fact]
    public void A_front_matter_never_closed_is_text_with_a_warning_at_line_1()
    {
        var warnings = Warnings("---\ntitle: Lost\n\n# Real Title\n\nText.\n", out var document);
        Assert.Equal(["doc.md:1: front matter opened here is never closed with ---; it is read as text"], warnings);
        Assert.Equal("Real Title", document.Metadata.Title);
        // A rule above a paragraph is no front matter.
        Assert.Empty(Warnings("---\n\nJust a rule above.\n", out _));
    }

    [Fact]
    public void A_citation_with_no_note_and_a_note_never_cited_are_named_at_their_lines()
    {
        var warnings = Warnings("# T\n\nCited[^nope]. Escaped \\[^esc] and `[^code]` and [^used].\n\n[^used]: A note.\n\n[^unused]: Never.\n", out _);
        Assert.Equal([
            "doc.md:3: footnote [^nope] has no note ([^nope]: …)",
            "doc.md:7: note [^unused] is never cited; it is left out",
        ], warnings);
    }

    [Fact]
    public void A_link_to_an_unknown_anchor_is_named_at_its_line_once()
    {
        var warnings = Warnings("# T\n\nLede.\n\n## Chapter\n\nSee [there](#nowhere) and [the chapter](#chapter).\n\n- [again](#nowhere)\n", out _);
        Assert.Equal([
            "doc.md:7: link to unknown anchor '#nowhere' is set as plain text",
            "doc.md:9: link to unknown anchor '#nowhere' is set as plain text",
        ], warnings);
    }

    [Fact]
    public void Build_verbose_prints_each_warning_once()
    {
        using var dir = new TempDir();
        var source = dir.File("a.md", "# T\n\nLede.\n\n## Chapter\n\nCited[^nope].\n");
        var run = CliRun.Of("build", source, "-o", dir.Path, "-v", "--format", "epub");
        Assert.Equal(0, run.ExitCode);
        var all = run.Out + run.Err;
        var warning = $"warning: {source}:7: footnote [^nope] has no note ([^nope]: …)";
        Assert.Equal(1, all.Split('\n').Count(l => l == warning));
        Assert.Contains(warning, run.Err);
    }
}
