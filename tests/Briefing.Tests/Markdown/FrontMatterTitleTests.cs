using Briefing.Epub;
using Briefing.Layout;
using Briefing.MarkdownExport;
using Briefing.Readers;
using Briefing.Styles;
using Briefing.Tests.Epub;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Markdown;

/// <summary>A front-matter title and subtitle are Markdown, as pandoc reads them: escapes are unescaped and markup
/// is taken off, so neither edition prints a backslash, an asterisk or a backtick the author did not mean; import
/// escapes them again.</summary>
public sealed class FrontMatterTitleTests
{
    private static string Source(string subtitle) =>
        $"---\ntitle: Quarterly Review\nsubtitle: {subtitle}\n---\n\nRevenue grew.\n\n## Revenue\n\nText.\n";

    [Theory]
    [InlineData(@"Numbers, \*risks\* and next steps", "Numbers, *risks* and next steps")]
    [InlineData(@"""Numbers, *risks* and next steps""", "Numbers, risks and next steps")]
    [InlineData("Using `grep` **well**", "Using grep well")]
    [InlineData("1. Introduction", "1. Introduction")]
    [InlineData("Plain words", "Plain words")]
    public void The_subtitle_is_read_as_Markdown_into_plain_text(string yaml, string subtitle) =>
        Assert.Equal(subtitle, SourceReader.Parse(Source(yaml), "q.md").Metadata.Subtitle);

    [Fact]
    public void Neither_edition_prints_the_escapes()
    {
        var doc = SourceReader.Parse(Source(@"Numbers, \*risks\* and next steps"), "q.md");
        var texts = LayoutEngine.Layout(doc, StyleLoader.Load(Repo.DefaultStyle), "a4").Pages
            .SelectMany(p => p.Items).OfType<TextItem>().Select(t => t.Text).ToList();
        Assert.Contains(texts, t => t.Contains("*risks*", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains('\\', StringComparison.Ordinal));
        var epub = EpubPackage.Write(doc, StyleLoader.Load(Repo.DefaultStyle), new EpubOptions(DateTimeOffset.UnixEpoch, new Dictionary<string, int>()));
        Assert.Contains(epub.Metadata.Elements(EpubPackage.Dc + "title"), t => t.Value == "Numbers, *risks* and next steps");
        Assert.DoesNotContain(epub.ContentDocuments, d => d.Doc.Root!.Value.Contains('\\', StringComparison.Ordinal));
    }

    [Fact]
    public void Inline_markup_in_a_title_heading_leaves_nothing_literal()
    {
        var doc = SourceReader.Parse("# The *Quiet* Report on `grep`\n\nIntro.\n\n## Body\n\nText.\n", "t.md");
        Assert.Equal("The Quiet Report on grep", doc.Metadata.Title);
        var epub = EpubPackage.Write(doc, StyleLoader.Load(Repo.DefaultStyle), new EpubOptions(DateTimeOffset.UnixEpoch, new Dictionary<string, int>()));
        Assert.Equal("The Quiet Report on grep", epub.Metadata.Elements(EpubPackage.Dc + "title").First().Value);
    }

    [Fact]
    public void Import_escapes_the_markup_and_it_reads_back_the_same()
    {
        var doc = SourceReader.Parse(Source(@"Numbers, \*risks\* and -- steps"), "q.md");
        var again = SourceReader.Parse(MarkdownWriter.Write(doc), "q.md").Metadata;
        Assert.Equal(doc.Metadata.Subtitle, again.Subtitle);
        Assert.Equal(doc.Metadata.Title, again.Title);
    }
}
