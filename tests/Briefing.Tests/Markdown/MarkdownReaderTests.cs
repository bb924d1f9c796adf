using Briefing.Model;
using Briefing.Readers;
using Briefing.Readers.Markdown;
using Xunit;

namespace Briefing.Tests.Markdown;

public sealed class MarkdownReaderTests
{
    private static Document Read(string md, Sidecar? sidecar = null) => MarkdownReader.Read(md, "doc.md", sidecar);

    [Fact]
    public void One_h1_is_the_title_and_deeper_levels_are_chapters_sections_labels()
    {
        var doc = Read("# The Title\n\nLede text.\n\n## One\n\nIntro.\n\n### Inner\n\n#### Label:\n\nLabel text.\n\n## Two\n\nMore.\n");
        Assert.Equal("The Title", doc.Metadata.Title);
        Assert.Equal(["One", "Two"], doc.Chapters.Select(c => c.Heading.Text));
        var inner = Assert.Single(doc.Chapters[0].Sections);
        var label = Assert.IsType<Label>(Assert.Single(inner.Blocks));
        Assert.Equal("Label:", label.Heading.Text);
        Assert.Equal("Label text.", Inlines.PlainText(((Paragraph)label.Blocks[0]).Content));
        Assert.Equal("Lede text.", Inlines.PlainText(((Paragraph)doc.Lede[0]).Content));
    }

    [Fact]
    public void Several_h1_map_by_level()
    {
        var doc = Read("# A\n\ntext\n\n## A1\n\ntext\n\n# B\n\ntext\n");
        Assert.Equal(["A", "B"], doc.Chapters.Select(c => c.Heading.Text));
        Assert.Equal("A1", doc.Chapters[0].Sections[0].Heading.Text);
        Assert.Equal("doc", doc.Metadata.Title);
    }

    [Fact]
    public void Setext_headings_and_front_matter_with_lines()
    {
        var doc = Read("---\ntitle: From Front Matter\nsubtitle: Sub\nlast_review_date: \"2026-01-01\"\n---\n\nHeading Title\n=======\n\nText.\n\nChapter\n-------\n\nMore.\n\n### Section\n\nEnd.\n");
        Assert.Equal("From Front Matter", doc.Metadata.Title);
        Assert.Equal("Sub", doc.Metadata.Subtitle);
        // The front matter names another title, so the single # heading is the first chapter, not lost as the title.
        Assert.Equal("Heading Title", doc.Chapters.Single().Heading.Text);
        Assert.Empty(doc.Lede);
        Assert.Equal("Chapter", doc.Chapters[0].Sections.Single().Heading.Text);
        Assert.Equal(12, doc.Chapters[0].Sections[0].Heading.Line);
    }

    [Theory]
    [InlineData("Heading  Title")]
    [InlineData("heading title.")]
    public void A_single_heading_that_repeats_the_front_matter_title_is_the_title(string heading)
    {
        var doc = Read($"---\ntitle: Heading Title\n---\n\n# {heading}\n\nLede.\n\n## Chapter\n\nMore.\n");
        Assert.Equal("Heading Title", doc.Metadata.Title);
        Assert.Equal("Lede.", Inlines.PlainText(((Paragraph)doc.Lede.Single()).Content));
        Assert.Equal("Chapter", doc.Chapters.Single().Heading.Text);
    }

    [Fact]
    public void A_heading_that_repeats_the_title_with_typed_quotes_and_dashes_is_the_title()
    {
        var doc = Read("---\ntitle: The \"Quiet\" Corridor -- 'Tis a note...\n---\n\n# The \"Quiet\" Corridor -- 'Tis a note...\n\nLede.\n\n## Chapter\n\nMore.\n");
        Assert.Equal("Chapter", doc.Chapters.Single().Heading.Text);
        Assert.Single(doc.Lede);
    }

    [Fact]
    public void Front_matter_words_are_set_as_the_text_is()
    {
        var doc = Read("---\ntitle: 'The \"Quiet\" Corridor'\nsubtitle: Une note d'analyse\nauthor: Seán O'Brien\n---\n\nText.\n");
        Assert.Equal("The “Quiet” Corridor", doc.Metadata.Title);
        Assert.Equal("Une note d’analyse", doc.Metadata.Subtitle);
        Assert.Equal("Seán O’Brien", doc.Metadata.Author);
    }

    [Fact]
    public void Front_matter_syntax_errors_name_the_line()
    {
        var e = Assert.Throws<InputException>(() => Read("---\ntitle: ok\nsubtitle: [broken\n---\n\n# T\n"));
        Assert.Equal("doc.md", e.Diagnostic.File);
        Assert.InRange(e.Diagnostic.Line, 3, 5);
    }

    [Fact]
    public void An_faq_heading_turns_sub_headings_into_questions()
    {
        var doc = Read("# T\n\n## Body\n\nx\n\n## Frequently Asked Questions\n\n### Why?\n\nBecause.\n\n### How?\n\n- like this\n- or that\n\n## After\n\ny\n");
        var faq = Assert.IsType<Faq>(doc.Faq);
        Assert.Equal(["Why?", "How?"], faq.Entries.Select(e => e.Question.Text));
        Assert.All(faq.Entries, e => Assert.Equal(QuestionSource.Source, e.QuestionSource));
        Assert.IsType<BulletList>(faq.Entries[1].Answer[0]);
        Assert.Equal(["Body", "After"], doc.Chapters.Select(c => c.Heading.Text));
    }

    [Fact]
    public void A_page_that_is_all_faq()
    {
        var doc = Read("# FAQ (Frequently Asked Questions)\n\n## One?\n\nA.\n\n## Two?\n\nB.\n");
        Assert.Empty(doc.Chapters);
        Assert.Equal(2, doc.Faq!.Entries.Count);
    }

    [Fact]
    public void Raw_html_and_unsafe_links_never_reach_the_model_as_markup()
    {
        var doc = Read("# T\n\n## C\n\n<script>alert('x')</script>\n\n<div onclick=\"evil()\">Visible <b>text</b></div>\n\n" +
                       "Click [here](javascript:alert(1)) or [data](data:text/html,x) or [web](https://example.org) <img src=x onerror=y>.\n");
        var texts = BodyText.Of(doc).ToList();
        Assert.DoesNotContain(texts, t => t.Contains('<') || t.Contains("alert", StringComparison.Ordinal) || t.Contains("onclick", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("Visible text", StringComparison.Ordinal));
        var links = doc.Chapters[0].Blocks.OfType<Paragraph>().SelectMany(p => p.Content).OfType<Link>().ToList();
        Assert.Equal("https://example.org", Assert.Single(links).Target);
    }

    [Fact]
    public void Lists_nested_a_thousand_deep_do_not_overflow()
    {
        var md = "# T\n\n## C\n\n" + string.Concat(Enumerable.Range(0, 1000).Select(i => new string(' ', i * 2) + "- item " + i + "\n"));
        Exception? error = null;
        // A small stack proves the reader does not recurse with the input's depth.
        var thread = new Thread(() => { try { var doc = Read(md); Assert.Contains("item 999", string.Join(" ", BodyText.Of(doc))); } catch (Exception e) { error = e; } }, 512 * 1024);
        thread.Start();
        thread.Join();
        Assert.Null(error);
    }

    [Fact]
    public void Tables_code_and_quotes_are_kept()
    {
        var doc = Read("# T\n\n## C\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```sh\nls -l\n```\n\n> quoted\n");
        var blocks = doc.Chapters[0].Blocks;
        var table = Assert.IsType<Table>(blocks[0]);
        Assert.Equal("a", Inlines.PlainText(table.Header[0][0]));
        Assert.Equal("2", Inlines.PlainText(table.Rows[0][1]));
        var code = Assert.IsType<CodeBlock>(blocks[1]);
        Assert.Equal(("ls -l", "sh"), (code.Text, code.Language));
        Assert.IsType<Quote>(blocks[2]);
    }
}
