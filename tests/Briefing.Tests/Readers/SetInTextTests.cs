using Briefing.Model;
using Briefing.Readers;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Readers;

/// <summary>
/// Text set in from the margin of a raw text — verse, examples — is a block quote: verse keeps its lines and each
/// line's indentation relative to the least indented one (in no-break spaces), a set-in sentence wrapped to the measure
/// is reflowed; a short heading-shaped line closing the text is its last paragraph, never a heading.
/// </summary>
public sealed class SetInTextTests
{
    private const char Nbsp = '\u00A0';

    private static Chapter Chapter(string body)
    {
        using var dir = new TempDir();
        var doc = SourceReader.Read(dir.File("book.txt", "A Book of Rhymes\n\nWhat the book is about, in a sentence or two.\n\nCHAPTER I. Rhymes\n\n" + body + "\n"));
        return Assert.Single(doc.Chapters);
    }

    /// <summary>A paragraph's lines: its text split at its line breaks.</summary>
    internal static List<string> Lines(Block block)
    {
        var lines = new List<string> { "" };
        foreach (var inline in Assert.IsType<Paragraph>(block).Content)
            if (inline is LineBreak) lines.Add("");
            else lines[^1] += Inlines.PlainText([inline]);
        return lines;
    }

    private static string In(int columns) => new(Nbsp, 2 * columns);

    [Fact]
    public void Verse_set_in_is_a_quote_that_keeps_its_lines_and_their_indents()
    {
        var chapter = Chapter("""
            She began to recite it, in a voice that was not quite her own:

                 How doth the little crocodile
                  Improve his shining tail,
                 And pour the waters of the Nile
                  On every golden scale!

                 How cheerfully he seems to grin,
                  How neatly spread his claws!

            Those were not the right words, she said at last, and sat down again.
            """);
        Assert.Equal([typeof(Paragraph), typeof(Quote), typeof(Paragraph)], chapter.Blocks.Select(b => b.GetType()));
        var stanzas = ((Quote)chapter.Blocks[1]).Blocks;
        Assert.Equal(2, stanzas.Count);
        Assert.Equal(["How doth the little crocodile", In(1) + "Improve his shining tail,", "And pour the waters of the Nile",
            In(1) + "On every golden scale!"], Lines(stanzas[0]));
        Assert.Equal(["How cheerfully he seems to grin,", In(1) + "How neatly spread his claws!"], Lines(stanzas[1]));
    }

    [Fact]
    public void A_stanza_whose_lines_each_end_a_sentence_stays_one_stanza()
    {
        // Prose lines that each end a sentence are paragraphs of their own; set in, they are lines of one block.
        var chapter = Chapter("He said:\n\n   ‘I am old.\n    I am grey.\n   I am wise!’\n\nAnd he went.");
        var stanza = Assert.Single(Assert.IsType<Quote>(chapter.Blocks[1]).Blocks);
        Assert.Equal(["‘I am old.", In(1) + "I am grey.", "I am wise!’"], Lines(stanza));
    }

    [Fact]
    public void Examples_set_in_are_one_quote_and_a_deeper_one_stays_deeper()
    {
        // A manual's examples, the corrected form two columns further in than the faulty one.
        var chapter = Chapter("Thus write,\n\n  Charles's friend\n\n  Burns's poems\n\n    Burns's poem\n\nThis is the usage of the printers.");
        var quote = Assert.IsType<Quote>(chapter.Blocks[1]);
        Assert.Equal([["Charles’s friend"], ["Burns’s poems"], [In(2) + "Burns’s poem"]], quote.Blocks.Select(Lines));
        Assert.Equal("This is the usage of the printers.", Inlines.PlainText(Assert.IsType<Paragraph>(chapter.Blocks[2]).Content));
    }

    [Fact]
    public void A_set_in_sentence_wrapped_to_the_measure_is_reflowed()
    {
        var chapter = Chapter("""
            Enclose parenthetic expressions between commas, as in this sentence:

              The best way to see a country, unless you are pressed for time, is to
              travel on foot.

            The rule is hard to apply.
            """);
        var example = Assert.Single(Assert.IsType<Quote>(chapter.Blocks[1]).Blocks);
        Assert.Equal(["The best way to see a country, unless you are pressed for time, is to travel on foot."], Lines(example));
    }

    [Fact]
    public void Lines_one_column_in_are_a_song_unless_filled_to_the_wrap()
    {
        var chapter = Chapter("""
            The Mock Turtle sang this, very slowly and sadly:

             Will you, won't you, will you, won't you, will you join the dance?
             Will you, won't you, will you, won't you, won't you join the dance?

             This paragraph was pasted with a space before each of its lines and wrapped
             at the width of the window it came from, so its lines are as full as they go.
            """);
        var song = Assert.Single(Assert.IsType<Quote>(chapter.Blocks[1]).Blocks);
        Assert.Equal(2, Lines(song).Count);
        Assert.Single(Lines(Assert.IsType<Paragraph>(chapter.Blocks[2])));
    }

    [Fact]
    public void Text_pasted_with_every_line_set_in_is_not_quoted()
    {
        using var dir = new TempDir();
        var text = "A Report\n\nWhat the report says.\n\nBudget Overview\n\nSpending held steady.\nHiring was slow.\n\nThe plan holds.";
        var doc = SourceReader.Read(dir.File("report.txt", string.Join("\n", text.Split('\n').Select(l => l.Length == 0 ? l : "    " + l)) + "\n"));
        Assert.DoesNotContain(BlockWalk.Descendants(doc.Chapters.SelectMany(c => c.Blocks)), b => b is Quote);
    }

    [Fact]
    public void A_closing_line_is_the_last_paragraph_not_a_heading()
    {
        var chapter = Chapter("And so it ended, as quietly as it had begun, with nobody the wiser.\n\n              THE END");
        Assert.Empty(chapter.Sections);
        Assert.Equal(["THE END"], Lines(chapter.Blocks[^1]));
    }

    [Fact]
    public void A_heading_with_text_after_it_is_still_a_heading()
    {
        var chapter = Chapter("The first part of the chapter.\n\nThe Second Part\n\nAnd the text under it.");
        Assert.Equal("The Second Part", Assert.Single(chapter.Sections).Heading.Text);
    }
}
