using Briefing.Model;
using Briefing.Readers;
using Xunit;

namespace Briefing.Tests.Markdown;

/// <summary>An attribution typed with "--" or an en dash is set with an em dash, as "— Alan Kay" is.</summary>
public sealed class QuoteAttributionReadTests
{
    private static string Attribution(string typed)
    {
        var doc = SourceReader.Parse($"# T\n\n## Q\n\n> The best way to predict the future is to invent it.\n>\n> {typed}\n", "q.md");
        var quote = doc.Chapters[0].Blocks.OfType<Quote>().Single();
        return Inlines.PlainText(((Paragraph)quote.Blocks[^1]).Content);
    }

    [Theory]
    [InlineData("-- Someone Else")]
    [InlineData("\u2013 Someone Else")]
    [InlineData("\u2014 Someone Else")]
    [InlineData("--Someone Else")]
    public void Attributions_are_led_by_an_em_dash(string typed) => Assert.Equal("\u2014 Someone Else", Attribution(typed));

    [Fact]
    public void A_dash_in_a_quote_s_words_is_left_as_typed()
    {
        var doc = SourceReader.Parse("# T\n\n## Q\n\n> -- not an attribution, the only paragraph.\n", "q.md");
        Assert.StartsWith("\u2013", Inlines.PlainText(((Paragraph)doc.Chapters[0].Blocks.OfType<Quote>().Single().Blocks[0]).Content));
    }
}
