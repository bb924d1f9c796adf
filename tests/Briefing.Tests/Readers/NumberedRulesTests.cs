using Briefing.Model;
using Briefing.Readers;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Readers;

/// <summary>Numbered rules discussed at length between them are headings; a numbered list, or steps with a paragraph
/// each, is not; a line set in from the margin is never a heading, unless it is a chapter marker.</summary>
public sealed class NumberedRulesTests
{
    private static Document Read(string text)
    {
        using var dir = new TempDir();
        return SourceReader.Read(dir.File("manual.txt", text + "\n"));
    }

    private static Document Manual(string body) => Read("A Small Manual\n\nHow to write a briefing.\n\nCHAPTER I. Rules\n\n" + body);

    /// <summary>Rules 1..n, each with a paragraph, an example set in and another paragraph after it.</summary>
    private static string Rules(int n, int discussion = 3) => string.Join("\n\n", Enumerable.Range(1, n).Select(k =>
        $"{k}. Rule number {k} of the manual.\n\n" + string.Join("\n\n",
            new[] { $"Why rule {k} matters to a reader.", $"  An example of rule {k}", $"What to do when rule {k} is hard." }.Take(discussion))));

    [Fact]
    public void Five_rules_discussed_at_length_are_sections()
    {
        var chapter = Manual(Rules(5)).Chapters.Single();
        Assert.Equal(Enumerable.Range(1, 5).Select(k => $"{k}. Rule number {k} of the manual."), chapter.Sections.Select(s => s.Heading.Text));
        Assert.Equal(["Why rule 1 matters to a reader.", "An example of rule 1", "What to do when rule 1 is hard."],
            BodyText.Blocks(chapter.Sections[0].Blocks));
    }

    [Fact]
    public void Fewer_rules_a_break_in_the_numbers_or_a_paragraph_each_keep_them_list_items()
    {
        Assert.Empty(Manual(Rules(4)).Chapters.Single().Sections);
        Assert.Empty(Manual(Rules(6).Replace("3. Rule", "7. Rule", StringComparison.Ordinal)).Chapters.Single().Sections);
        // A packing list or a recipe: each step with one paragraph.
        Assert.Empty(Manual(Rules(6, discussion: 1)).Chapters.Single().Sections);
    }

    [Fact]
    public void Numbered_steps_in_an_faq_answer_stay_there()
    {
        var doc = Read("Renting a Flat\n\nWhat tenants ask.\n\nDeposits\n\nThe deposit is held by a scheme.\n\nFAQ\n\nHow do I get my deposit back?\n\n" + Rules(6));
        Assert.Single(doc.Chapters);
        Assert.Empty(doc.Chapters[0].Sections);
        Assert.Contains("Rule number 6 of the manual.", string.Join(" ", BodyText.Of(doc)));
    }

    [Fact]
    public void A_numbered_list_stays_a_list()
    {
        var chapter = Manual("Steps:\n\n1. Read the source.\n2. Write the summary.\n3. Check the figures.\n\nThen send it.").Chapters.Single();
        Assert.Empty(chapter.Sections);
        Assert.Equal(3, Assert.Single(chapter.Blocks.OfType<BulletList>()).Items.Count);
    }

    [Fact]
    public void A_short_line_set_in_from_the_margin_is_text_not_a_heading()
    {
        var chapter = Manual("Write dates in figures:\n\n  August 9, 1918\n\n  The French, the Italians, Spanish, and Portuguese\n\nSo the reader can compare them.").Chapters.Single();
        Assert.Empty(chapter.Sections);
        Assert.Contains("The French, the Italians, Spanish, and Portuguese", BodyText.Blocks(chapter.Blocks));
    }

    [Fact]
    public void Chapter_markers_set_in_and_text_set_in_throughout_keep_their_headings()
    {
        var markers = Read("A Tale\n\nAn opening paragraph of the tale.\n\n    CHAPTER I.\n\nThe first part.\n\n    CHAPTER II.\n\nThe second part.\n\n    CHAPTER III.\n\nThe end.");
        Assert.Equal(["CHAPTER I.", "CHAPTER II.", "CHAPTER III."], markers.Chapters.Select(c => c.Heading.Text));
        // Pasted with every line two spaces in: its margin is there.
        var report = Read(string.Join("\n", "Quarterly Report\n\nWhere the money went this quarter.\n\nBudget Overview\n\nSpending held steady across teams.\n\nHiring Plans\n\nTwo posts open in spring.\n\nFrequently Asked Questions\n\nWhen is the next report?\n\nIn April."
            .Split('\n').Select(l => l.Length == 0 ? l : "  " + l)));
        Assert.Equal(["Budget Overview", "Hiring Plans"], report.Chapters.Select(c => c.Heading.Text));
        Assert.NotNull(report.Faq);
    }
}
