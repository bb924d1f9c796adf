using Briefing.Layout;
using Briefing.Layout.Text;
using Briefing.Tests.Layout;
using Xunit;

namespace Briefing.Tests.Typography;

/// <summary>German, French, Spanish and Italian text is hyphenated with its own patterns; a language without any is
/// set unhyphenated with a warning that says so.</summary>
public sealed class LanguagePatternsTests
{
    [Theory]
    [InlineData("de", "Wasserstoffinfrastrukturbeschleunigungsgesetz", "Was-ser-stoff")]
    [InlineData("de-AT", "Geschwindigkeitsbegrenzung", "Ge-schwin-dig")]
    [InlineData("fr", "gouvernementales", "gou-ver-ne")]
    [InlineData("es", "responsabilidades", "res-pon-sa")]
    [InlineData("it", "responsabilità", "re-spon-sa")]
    public void A_language_is_hyphenated_with_its_own_patterns(string language, string word, string start)
    {
        var ctx = new LayoutContext(BriefingFixture.Style(), "a4", language, new HashSet<string>());
        Assert.NotNull(ctx.Hyphenator);
        Assert.StartsWith(start, ctx.Hyphenator!.Hyphenate(word), StringComparison.Ordinal);
        Assert.Null(ctx.Unhyphenated);
    }

    [Fact]
    public void A_justified_German_paragraph_breaks_its_long_words()
    {
        var ctx = new LayoutContext(BriefingFixture.Style(), "a4", "de", new HashSet<string>());
        const string text = "Die Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung und die Rindfleischetikettierungs"
            + "überwachungsaufgabenübertragungsgesetz und Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen "
            + "Kraftfahrzeughaftpflichtversicherung Wasserstoffinfrastrukturbeschleunigungsgesetz Bundesausbildungsförderungsgesetz.";
        var lines = ParagraphSetter.Set(ctx, [new Span(text, ctx.BodyStyle, null, StructureTag.Paragraph)], new ParagraphShape(260));
        var ends = lines.SkipLast(1).Select(l => l.Items.OfType<TextItem>().OrderBy(t => t.X).Last().Text).ToList();
        Assert.True(ends.Count(e => e.EndsWith('-')) >= 2, string.Join(" | ", ends));
    }

    [Fact]
    public void A_language_without_patterns_is_named_in_a_warning()
    {
        var ctx = new LayoutContext(BriefingFixture.Style(), "a4", "pt-BR", new HashSet<string>());
        Assert.Null(ctx.Hyphenator);
        var warning = ctx.Unhyphenated;   // named where the language was given: WarningPlaceTests
        Assert.Contains("no hyphenation patterns for 'pt-br'", warning, StringComparison.Ordinal);
        Assert.Contains("available: de-1996, en-us, es, fr, it", warning, StringComparison.Ordinal);
        Assert.EndsWith("lines are justified without hyphenation", warning, StringComparison.Ordinal);
    }
}
