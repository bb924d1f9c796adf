using Briefing.Model;
using Briefing.Readers;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Readers;

/// <summary>When the lines of a raw-text block are one wrapped paragraph and when they are paragraphs of their own.</summary>
public sealed class HardWrapTests
{
    private static List<string> Paragraphs(string body)
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "story.txt");
        File.WriteAllText(path, "A Story\n\n" + body + "\n");
        return BodyText.Of(SourceReader.Read(path)).ToList();
    }

    [Fact]
    public void Dialogue_wrapped_at_quotes_and_colons_is_one_paragraph()
    {
        // Three of four line ends close a quote or a clause, yet each line was filled as far as the wrap allowed.
        const string Block = """
            ‘That WAS a narrow escape!’ said Alice, a good deal frightened at the
            sudden change, but very glad to find herself still in existence; ‘and
            now for the garden!’ and she ran with all speed back to the little door:
            but, alas! the little door was shut again.
            """;
        Assert.Equal([Block.Replace("\n", " ", StringComparison.Ordinal)], Paragraphs(Block));
    }

    [Fact]
    public void Lines_that_left_room_for_the_next_word_are_paragraphs_of_their_own()
    {
        const string Block = """
            The meeting moves to Thursday at noon, in the large room upstairs.
            Bring the figures for the third quarter.
            Lunch is provided.
            """;
        Assert.Equal(Block.Split('\n'), Paragraphs(Block));
    }

    [Fact]
    public void Sentences_with_a_heading_among_them_stay_paragraphs()
    {
        // Filled lines, but only one break of three inside a sentence: the line without a full stop is a heading.
        const string Block = """
            The delegation arrived on Monday and met the ministers before noon.
            Economic Cooperation Between the Two Countries and Their Neighbours
            Trade grew by a fifth last year, mostly in grain, fuel and machinery.
            Both sides expect the new corridor to double that within five years.
            """;
        Assert.Equal(4, Paragraphs(Block).Count);
    }

    [Fact]
    public void Alice_has_no_paragraph_cut_at_its_line_ends()
    {
        if (!Directory.Exists(Repo.Corpus) && !Repo.IsCi) return;
        var text = BodyText.Of(SourceReader.Read(Path.Combine(Repo.Corpus, "text_gutenberg_alice-in-wonderland.txt"))).ToList();
        Assert.Contains("The Caterpillar and Alice looked at each other for some time in silence: at last the Caterpillar took the hookah out of its mouth, and addressed her in a languid, sleepy voice.", text);
        Assert.DoesNotContain("sudden change, but very glad to find herself still in existence; ‘and", text);
    }
}
