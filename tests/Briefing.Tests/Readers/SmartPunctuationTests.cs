using Briefing.Model;
using Briefing.Readers;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Readers;

/// <summary>Typewriter quotes and dashes in raw text set as type, and the places they must stay as typed.</summary>
public sealed class SmartPunctuationTests
{
    [Theory]
    [InlineData("Iran's allies", "Iran’s allies")]
    [InlineData("the Soviets' refusal", "the Soviets’ refusal")]
    [InlineData("he said \"no\" twice", "he said “no” twice")]
    [InlineData("\"Quoted.\" Then 'inner' words.", "“Quoted.” Then ‘inner’ words.")]
    [InlineData("(\"aside\")", "(“aside”)")]
    [InlineData("\"'Nested,' she said.\"", "“‘Nested,’ she said.”")]
    [InlineData("one--the old editions", "one—the old editions")]
    [InlineData("depend.--Lecky, History", "depend.—Lecky, History")]
    [InlineData("a pause -- then more", "a pause — then more")]
    [InlineData("three---hyphens", "three—hyphens")]
    [InlineData("Twinkle--\"'", "Twinkle—”’")]
    [InlineData("run briefing --jobs 2", "run briefing --jobs 2")]
    [InlineData("<!-- comment -->", "<!-- comment -->")]
    [InlineData("wait!--no", "wait!—no")]
    [InlineData("for (i = n; i--) x--;", "for (i = n; i--) x--;")]
    [InlineData("the '90s and rock 'n' roll", "the ’90s and rock ‘n’ roll")]
    [InlineData("a rule ----", "a rule ----")]
    [InlineData("nouns by adding 's.", "nouns by adding ’s.")]
    [InlineData("'Tis the season; tell 'em 'twas", "’Tis the season; tell ’em ’twas")]
    [InlineData("the 'standard' way and 'so' on", "the ‘standard’ way and ‘so’ on")]
    [InlineData("'T-shirts,' 'N/A' 'M. Dupont' 'D-Day'", "‘T-shirts,’ ‘N/A’ ‘M. Dupont’ ‘D-Day’")]
    [InlineData("no quotes at all", "no quotes at all")]
    public void Quotes_and_dashes(string typed, string set) => Assert.Equal(set, SmartPunctuation.Apply(typed));

    [Fact]
    public void The_seeds_faq_has_no_straight_quote_and_its_ids_are_unchanged()
    {
        var doc = SourceReader.Read(Repo.SeedText);
        Assert.DoesNotContain(BodyText.Of(doc).Concat(doc.Faq!.Entries.Select(e => e.Question.Text)), t => t.Contains('\'') || t.Contains('"'));
        var question = doc.Faq.Entries.Single(e => e.Question.Text == "Who are Iran’s allies?");
        Assert.Equal("who-are-iran-s-allies", question.Question.Id);   // as before: ids come from the typed text
    }
}
