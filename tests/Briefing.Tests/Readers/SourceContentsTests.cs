using Briefing.Model;
using Briefing.Readers;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Readers;

/// <summary>A source's own contents list is dropped (the briefing makes its own), never the text around it.</summary>
public sealed class SourceContentsTests
{
    private static Document Read(string text)
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "article.txt");
        File.WriteAllText(path, text);
        return SourceReader.Read(path);
    }

    private const string Prose = "This opening paragraph explains at some length what the article covers and why it matters to readers.";

    [Fact]
    public void Entries_that_reappear_as_headings_go_and_the_lede_after_them_stays()
    {
        var doc = Read($"Talks Resume\n\nTable of Contents\n\nBackground\nThe Talks\n\n{Prose}\n\nBackground\n\n{Prose} One.\n\nThe Talks\n\n{Prose} Two.\n");
        Assert.Equal([Prose], BodyText.Blocks(doc.Lede));
        Assert.Equal(["Background", "The Talks"], doc.Chapters.Select(c => c.Heading.Text));
        Assert.Equal(["Table of Contents", "Background", "The Talks"], doc.Report.NoiseRemoved);
    }

    [Fact]
    public void A_printed_contents_with_page_numbers_and_wrapped_entries_goes()
    {
        var doc = Read($"A Book\n\nCONTENTS\n\n                 Page\n\n I. Introductory      5\n\n    1. A rule that is long and\n       wraps onto a second line     7\n\n II. Usage        9\n\nI. INTRODUCTORY\n\n{Prose}\n\nII. USAGE\n\n{Prose} Two.\n");
        Assert.Empty(doc.Lede);
        Assert.Equal(["I. INTRODUCTORY", "II. USAGE"], doc.Chapters.Select(c => c.Heading.Text));
        Assert.Contains("wraps onto a second line     7", doc.Report.NoiseRemoved);
    }

    [Fact]
    public void Spaced_leader_dots_mark_a_page_number()
    {
        var doc = Read($"A Book\n\nContents\n\nOne\nTwo\nThree . . . . . . 17\n\nOne\n\n{Prose}\n\nTwo\n\n{Prose} Two.\n");
        Assert.Equal(["Contents", "One", "Two", "Three . . . . . . 17"], doc.Report.NoiseRemoved);
    }

    [Fact]
    public void A_byline_and_a_standfirst_after_the_entries_stay()
    {
        var doc = Read($"Talks Resume\n\nTable of Contents\n\nBackground\nThe Talks\nBy John Smith, March 3, 2024\nKey takeaways from the summit\n\n{Prose}\n\nBackground\n\n{Prose} One.\n\nThe Talks\n\n{Prose} Two.\n");
        Assert.Equal(["Table of Contents", "Background", "The Talks"], doc.Report.NoiseRemoved);
        var text = string.Join(" | ", BodyText.Blocks(doc.Lede));
        Assert.Contains("By John Smith, March 3, 2024", text, StringComparison.Ordinal);
        Assert.Contains("Key takeaways from the summit", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_after_the_only_entry_are_kept()
    {
        var doc = Read($"A Note\n\nContents\n\nBackground\nsome short line\nanother short line\nyet another line\n\n{Prose}\n\nBackground\n\n{Prose} One.\n");
        Assert.Equal(["Contents", "Background"], doc.Report.NoiseRemoved);
        Assert.Contains(BodyText.Of(doc), t => t.Contains("another short line", StringComparison.Ordinal));
    }

    [Fact]
    public void A_contents_heading_over_lines_that_are_mostly_not_entries_is_kept()
    {
        // Indented lines under one entry count as its continuation; most of these are not entries.
        var doc = Read($"A Note\n\nContents\n\nBackground\n  some short line\n  another short line\n  yet another line\n\n{Prose}\n\nBackground\n\n{Prose} One.\n");
        Assert.DoesNotContain("Contents", doc.Report.NoiseRemoved);
        Assert.Contains(BodyText.Of(doc), t => t.Contains("another short line", StringComparison.Ordinal));
    }
}
