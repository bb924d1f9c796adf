using Briefing.Model;
using Briefing.Readers;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Readers;

/// <summary>Numbered rules with their discussion between them are headings; a numbered list is not; a line set in from
/// the margin is never a heading.</summary>
public sealed class NumberedRulesTests
{
    private static Document Read(string body)
    {
        using var dir = new TempDir();
        return SourceReader.Read(dir.File("manual.txt", "A Small Manual\n\nHow to write a briefing.\n\nCHAPTER I. Rules\n\n" + body + "\n"));
    }

    private const string Rules = """
        1. Put the conclusion first.

        Readers decide in the first lines whether to read on.

        2. Use the active voice.

        It names who acts, which a briefing must.

        3. Omit needless words.

        Every word should tell.
        """;

    [Fact]
    public void Three_numbered_rules_with_text_between_are_sections()
    {
        var chapter = Read(Rules).Chapters.Single();
        Assert.Equal(["1. Put the conclusion first.", "2. Use the active voice.", "3. Omit needless words."],
            chapter.Sections.Select(s => s.Heading.Text));
        Assert.Equal(["Readers decide in the first lines whether to read on."], BodyText.Blocks(chapter.Sections[0].Blocks));
    }

    [Fact]
    public void Two_rules_or_a_break_in_the_numbers_keep_them_list_items()
    {
        Assert.Empty(Read(Rules[..Rules.IndexOf("3.", StringComparison.Ordinal)]).Chapters.Single().Sections);
        Assert.Empty(Read(Rules.Replace("2. Use", "5. Use", StringComparison.Ordinal)).Chapters.Single().Sections);
    }

    [Fact]
    public void A_numbered_list_stays_a_list()
    {
        var chapter = Read("Steps:\n\n1. Read the source.\n2. Write the summary.\n3. Check the figures.\n\nThen send it.").Chapters.Single();
        Assert.Empty(chapter.Sections);
        Assert.Equal(3, Assert.Single(chapter.Blocks.OfType<BulletList>()).Items.Count);
    }

    [Fact]
    public void A_short_line_set_in_from_the_margin_is_text_not_a_heading()
    {
        var chapter = Read("Write dates in figures:\n\n  August 9, 1918\n\n  The French, the Italians, Spanish, and Portuguese\n\nSo the reader can compare them.").Chapters.Single();
        Assert.Empty(chapter.Sections);
        Assert.Contains("The French, the Italians, Spanish, and Portuguese", BodyText.Blocks(chapter.Blocks));
    }
}
