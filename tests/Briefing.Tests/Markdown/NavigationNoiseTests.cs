using Briefing.Model;
using Briefing.Readers;
using Xunit;

namespace Briefing.Tests.Markdown;

/// <summary>Navigation above a Markdown page's text is left out and reported; text that only resembles it stays.</summary>
public sealed class NavigationNoiseTests
{
    private static Document Read(string markdown) => SourceReader.Parse(markdown, "page.md");

    private static string All(Document d) => string.Join(" | ", BodyText.Of(d));

    private const string Body = "\n\n## Install\n\nRun the installer and follow what it says.\n\n## Usage\n\nType the command.\n\n## Options\n\nThere are none.\n";

    [Theory]
    [InlineData("[TOC]")]
    [InlineData("[[_TOC_]]")]
    [InlineData("{:toc}")]
    [InlineData("* Table of Contents\n{:toc}")]
    public void Contents_markers_are_left_out(string marker)
    {
        var doc = Read("# Tool\n\n" + marker + Body);
        Assert.DoesNotContain("toc", All(doc), StringComparison.OrdinalIgnoreCase);
        Assert.Single(doc.Report.NoiseRemoved);
        Assert.Equal(["Install", "Usage", "Options"], doc.Chapters.Select(c => c.Heading.Text));
    }

    [Fact]
    public void A_list_of_links_to_the_pages_own_headings_is_left_out_above_the_text_only()
    {
        const string Contents = "- [Install](#install)\n- [Usage](#usage)\n  - [Options](#options)\n";
        var doc = Read("# Tool\n\nA tool that does one thing.\n\n" + Contents + Body + "\n## See also\n\n" + Contents);
        Assert.Equal(["Install · Usage · Options"], doc.Report.NoiseRemoved);
        Assert.Equal(["A tool that does one thing."], BodyText.Blocks(doc.Lede));
        // Under a heading the same list is the author's text.
        Assert.Equal(["Install", "Usage", "Options"], BodyText.Blocks(doc.Chapters[^1].Blocks));
    }

    [Theory]
    [InlineData("- [Install](#install)\n- [Usage](#usage)\n")]                                  // two are not a contents
    [InlineData("- [Install](#install) first\n- [Usage](#usage)\n- [Options](#options)\n")]     // an entry with words of its own
    [InlineData("- [Install](https://example.org/install)\n- [Usage](#usage)\n- [Options](#options)\n")]   // a link elsewhere
    public void Lists_that_only_resemble_contents_stay(string list)
    {
        var doc = Read("# Tool\n\n" + list + Body);
        Assert.Empty(doc.Report.NoiseRemoved);
        Assert.Contains("Usage", BodyText.Blocks(doc.Lede));
    }

    [Fact]
    public void A_language_bar_and_its_ornament_are_left_out()
    {
        var doc = Read("🌍\n*[Deutsch](README-de.md) ∙ [English](README.md) ∙ [Français](README-fr.md)*\n\n# Tool\n\nA tool." + Body);
        Assert.Equal(["🌍 Deutsch ∙ English ∙ Français"], doc.Report.NoiseRemoved);
        Assert.Equal(["A tool."], BodyText.Blocks(doc.Lede));
    }

    [Fact]
    public void Badges_are_left_out_but_a_picture_keeps_its_alt_text()
    {
        var doc = Read("# Tool\n\n[![Build Status](https://ci.example/badge.svg)](https://ci.example) [![Coverage](https://cov.example/b.svg)](https://cov.example)\n\n![The tool's main window](window.png)\n\nSee [the docs](https://docs.example), [the FAQ](#faq) and [the blog](https://blog.example)." + Body);
        Assert.Equal(["Build Status Coverage"], doc.Report.NoiseRemoved);
        var lede = BodyText.Blocks(doc.Lede).ToList();
        Assert.Contains("The tool’s main window", lede);
        Assert.Contains("See the docs, the FAQ and the blog.", lede);   // links with words between them are text
    }

    [Theory]
    [InlineData("[![Demo](https://example.org/demo.gif)](https://example.org/demo)", false)]
    [InlineData("[![Coverage](https://img.shields.io/cov.svg)](https://cov.example)", true)]
    [InlineData("[![a](https://x.example/a.png)](https://x.example) [![b](https://x.example/b.png)](https://x.example)", true)]
    public void A_lone_linked_picture_is_a_badge_only_if_it_looks_like_one(string paragraph, bool dropped)
    {
        var doc = Read("# Tool\n\n" + paragraph + "\n\nText." + Body);
        Assert.Equal(dropped, doc.Report.NoiseRemoved.Count == 1);
    }

    [Theory]
    [InlineData("youtube-dl - download videos from the web", "youtube-dl", "download videos from the web")]
    [InlineData("A Field Guide to Rivers", "A Field Guide to Rivers", null)]
    public void A_readme_without_a_title_heading_takes_its_first_line(string line, string title, string? subtitle)
    {
        var doc = Read("[![Build](https://ci.example/b.svg)](https://ci.example)\n\n" + line + "\n\n- [Install](#install)\n- [Usage](#usage)\n- [Options](#options)\n" + Body);
        Assert.Equal(title, doc.Metadata.Title);
        Assert.Equal(subtitle, doc.Metadata.Subtitle);
        Assert.Empty(doc.Lede);
    }

    [Theory]
    [InlineData("This sentence is a lede, not a title.")]
    [InlineData("A first line\nand a second one")]
    [InlineData("---\ntitle: Given\n---\nfirst line of text")]
    [InlineData("![Architecture diagram](arch.png)")]   // a picture keeps its alt text as text
    [InlineData("By Jane Doe")]
    [InlineData("March 3, 2024")]
    [InlineData("A short line before more text\n\nMore text.")]   // a title line stands right above a heading
    public void A_first_paragraph_that_is_no_title_line_stays_text(string start)
    {
        var doc = Read(start + Body);
        Assert.NotEmpty(doc.Lede);
        Assert.True(doc.Metadata.Title is "page" or "Given", doc.Metadata.Title);
    }
}
