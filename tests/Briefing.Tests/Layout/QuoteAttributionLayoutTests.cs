using Briefing.Layout;
using Briefing.Model;
using Xunit;

namespace Briefing.Tests.Layout;

/// <summary>A quote's closing "— Alan Kay" is set as an attribution: ranged right, smaller than the quoted words.</summary>
public sealed class QuoteAttributionLayoutTests
{
    private static List<TextItem> Texts(params Block[] blocks)
    {
        var document = BriefingFixture.Document() with { Chapters = [new Chapter(new Heading("c", Inlines.Text("Quotes")), blocks, [])] };
        return LayoutEngine.Layout(document, BriefingFixture.Style(), "a4").Pages.SelectMany(p => p.Items).OfType<TextItem>().ToList();
    }

    private static Paragraph P(string id, string text) => new(id, Inlines.Text(text));

    [Fact]
    public void A_closing_dash_line_is_ranged_right_and_smaller()
    {
        var texts = Texts(new Quote([P("q1", "The best way to predict the future is to invent it."), P("q2", "\u2014 Alan Kay")]));
        var quoted = texts.First(t => t.Text.Contains("best", StringComparison.Ordinal));
        var name = texts.First(t => t.Text.Contains("Kay", StringComparison.Ordinal));
        var quotedEnd = texts.Where(t => t.Y == quoted.Y).Max(t => t.X + t.Width);
        Assert.True(name.X + name.Width > quotedEnd + 50, $"attribution ends at {name.X + name.Width:F1}, quote line at {quotedEnd:F1}");
        Assert.True(name.Size < quoted.Size, $"attribution {name.Size} pt, quote {quoted.Size} pt");
    }

    [Fact]
    public void A_dash_paragraph_that_is_not_last_or_is_long_stays_quoted_text()
    {
        var reply = "\u2013 " + string.Join(' ', Enumerable.Repeat("and then the other speaker answered at length", 4));
        var texts = Texts(
            new Quote([P("q1", "\u2014 Who goes there?"), P("q2", "A friend.")]),
            new Quote([P("q3", "Said the first."), P("q4", reply)]));
        var quoted = texts.First(t => t.Text.Contains("friend", StringComparison.Ordinal));
        foreach (var word in new[] { "Who", "answered" })
        {
            var item = texts.First(t => t.Text.Contains(word, StringComparison.Ordinal));
            Assert.Equal(quoted.Size, item.Size);
            Assert.Equal(quoted.X, texts.Where(t => t.Y == item.Y).Min(t => t.X), 1);
        }
    }
}
