using Briefing.Model;
using Briefing.Tests.Layout;
using Xunit;
using static Briefing.Tests.Epub.EpubPackage;

namespace Briefing.Tests.Epub;

/// <summary>A quote's closing "— Alan Kay" is a paragraph of class attribution, which the stylesheet ranges right.</summary>
public sealed class EpubQuoteAttributionTests
{
    private static Paragraph P(string id, string text) => new(id, Inlines.Text(text));

    [Fact]
    public void Only_a_short_closing_dash_paragraph_is_an_attribution()
    {
        var document = BriefingFixture.Document() with
        {
            Chapters = [new Chapter(new Heading("c", Inlines.Text("Quotes")), [
                new Quote([P("q1", "The best way to predict the future is to invent it."), P("q2", "-- Alan Kay")]),
                new Quote([P("q3", "\u2014 Who goes there?"), P("q4", "A friend.")]),
                new Quote([P("q5", "\u2014 Alone in its quote.")]),
            ], [])],
        };
        var package = EpubPackage.Write(document, EpubFixture.Style(), new Briefing.Epub.EpubOptions(EpubFixture.Modified, new Dictionary<string, int>()));
        var quotes = package.ContentDocuments.SelectMany(d => d.Doc.Descendants(X + "blockquote")).ToList();
        Assert.Equal(3, quotes.Count);
        var marked = quotes.SelectMany(q => q.Elements(X + "p")).Where(p => (string?)p.Attribute("class") == "attribution").Select(p => p.Value);
        Assert.Equal(["-- Alan Kay"], marked);
        var css = System.Text.Encoding.UTF8.GetString(package.Entries.Single(e => e.Key.EndsWith(".css", StringComparison.Ordinal)).Value);
        Assert.Matches(@"blockquote p\.attribution \{[^}]*text-align: right", css);
    }
}
