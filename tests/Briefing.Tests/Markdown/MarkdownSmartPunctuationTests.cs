using Briefing.MarkdownExport;
using Briefing.Model;
using Briefing.Readers;
using Xunit;

namespace Briefing.Tests.Markdown;

/// <summary>Markdown's typewriter quotes and dashes set as type (Markdig's SmartyPants), options and code left alone,
/// and an import written back to Markdown reads the same.</summary>
public sealed class MarkdownSmartPunctuationTests
{
    private static string Lede(string markdown) => string.Join(" | ", BodyText.Blocks(SourceReader.Parse("# T\n\n" + markdown, "p.md").Lede));

    [Theory]
    [InlineData("He said \"no\" -- twice.", "He said “no” – twice.")]
    [InlineData("It's \"*quoted*\" and 'single'.", "It’s “quoted” and ‘single’.")]
    [InlineData("Three---dashes and dots...", "Three—dashes and dots…")]
    [InlineData("Nouns take 's; 'tis so, tell 'em, in the '90s.", "Nouns take ’s; ’tis so, tell ’em, in the ’90s.")]
    [InlineData("A \\'tis rock'n'roll, it's 1990's.", "A 'tis rock’n’roll, it’s 1990’s.")]
    [InlineData("Use the --format option.", "Use the --format option.")]
    [InlineData("Use it with\n--format at the start of a line.", "Use it with --format at the start of a line.")]
    [InlineData("Run `it's \"raw\" --x` as is.", "Run it's \"raw\" --x as is.")]
    public void Quotes_and_dashes(string markdown, string text) => Assert.Equal(text, Lede(markdown));

    [Fact]
    public void Text_kept_straight_reads_back_straight()
    {
        // Raw text keeps "<!--" and a lone quote as typed; its Markdown export must not turn them into type on reading.
        var doc = SourceReader.Parse("A Title\n\nSee <!-- this --> and 5' 10\" tall, wait!--no... and <<this>>.\n\nHeading Here\n\nMore text follows in this chapter of the document.\n", "p.txt");
        var again = SourceReader.Parse(MarkdownWriter.Write(doc), "p.md");
        Assert.Equal(BodyText.Of(doc), BodyText.Of(again));
    }
}
