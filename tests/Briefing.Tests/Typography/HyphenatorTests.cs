using System.Collections.Concurrent;
using Briefing.Layout.Hyphenation;
using Briefing.Styles;
using CsCheck;
using Xunit;

namespace Briefing.Tests.Typography;

public class HyphenatorTests
{
    private static Hyphenator EnUs => Hyphenator.ForLanguage("en-us") ?? throw new InvalidOperationException(Hyphenator.DescribeUnavailable("en-us"));

    [Fact]
    public void ShippedPatternsLoadCompletely()
    {
        var h = EnUs;
        Assert.Equal("en-us", h.Language);
        Assert.Equal(4938, h.PatternCount);
        Assert.Equal(14, h.ExceptionCount);
        Assert.Equal((2, 3, 5), (h.LeftMin, h.RightMin, h.MinWord));
        Assert.Contains("en-us", Hyphenator.AvailableLanguages);
        Assert.True(File.Exists(Path.Combine(Hyphenator.PatternFolder, "hyph-en-us.tex")));
    }

    [Theory]
    [InlineData("en_US")]
    [InlineData("EN-us")]
    [InlineData("en")]
    public void LanguageTagsAreNormalised(string tag) => Assert.Same(EnUs, Hyphenator.ForLanguage(tag));

    [Theory]
    [InlineData("xx-yy")]
    [InlineData("../../etc/passwd")]
    [InlineData("")]
    public void UnknownLanguageGivesNullAndAReason(string tag)
    {
        Assert.Null(Hyphenator.ForLanguage(tag));
        var why = Hyphenator.DescribeUnavailable(tag);
        Assert.False(string.IsNullOrWhiteSpace(why));
        if (tag == "xx-yy") Assert.Contains("en-us", why); // names what is available
    }

    [Fact]
    public void StyleSwitchesAreHonoured()
    {
        Assert.Null(Hyphenator.ForStyle(new HyphenationRules { Enabled = false }));
        var h = Hyphenator.ForStyle(new HyphenationRules { LeftMin = 3, RightMin = 4, MinWord = 7 })!;
        Assert.Equal((3, 4, 7), (h.LeftMin, h.RightMin, h.MinWord));
    }

    // Expected values are what TeX produces with hyph-en-us (lefthyphenmin 2, righthyphenmin 3); the exception
    // list (as-so-ciate, ta-ble, project, present, …) overrides the patterns. "de-mo-c-rat" is the patterns'
    // documented known bug, kept here because it is what TeX does.
    [Theory]
    [InlineData("hyphenation", "hy-phen-ation")]
    [InlineData("table", "ta-ble")]
    [InlineData("project", "project")]
    [InlineData("projects", "projects")]
    [InlineData("present", "present")]
    [InlineData("associate", "as-so-ciate")]
    [InlineData("associates", "as-so-ciates")]
    [InlineData("declination", "dec-li-na-tion")]
    [InlineData("obligatory", "oblig-a-tory")]
    [InlineData("reformation", "ref-or-ma-tion")]
    [InlineData("recognizance", "re-cog-ni-zance")]
    [InlineData("relationship", "re-la-tion-ship")]
    [InlineData("manuscript", "man-u-script")]
    [InlineData("algorithm", "al-go-rithm")]
    [InlineData("typography", "ty-pog-ra-phy")]
    [InlineData("government", "gov-ern-ment")]
    [InlineData("international", "in-ter-na-tional")]
    [InlineData("computer", "com-puter")]
    [InlineData("cooperation", "co-op-er-a-tion")]
    [InlineData("nationalization", "na-tion-al-iza-tion")]
    [InlineData("mathematics", "math-e-mat-ics")]
    [InlineData("democrat", "de-mo-c-rat")]
    [InlineData("supercalifragilisticexpialidocious", "su-per-cal-ifrag-ilis-tic-ex-pi-ali-do-cious")]
    public void KnownTexHyphenations(string word, string expected) => Assert.Equal(expected, EnUs.Hyphenate(word));

    [Theory]
    [InlineData("Hyphenation", "Hy-phen-ation")]        // case-insensitive
    [InlineData("HYPHENation", "HY-PHEN-ation")]        // capitals before small letters: a shouted word, not a name
    [InlineData("President", "Pres-i-dent")]            // only the exact exception word is exempt
    [InlineData("(relationship),", "(re-la-tion-ship),")] // punctuation outside the letters is ignored
    [InlineData("“hyphenation”", "“hy-phen-ation”")]
    [InlineData("relationship’s", "re-la-tion-ship’s")]  // apostrophes end a part
    [InlineData("relationship's", "re-la-tion-ship's")]
    [InlineData("counter-revolutionary", "counter-rev-o-lu-tion-ary")] // hard hyphens split parts
    [InlineData("well-known", "well-known")]
    public void PunctuationCaseAndApostrophes(string word, string expected) => Assert.Equal(expected, EnUs.Hyphenate(word));

    [Theory]
    [InlineData("tab")]
    [InlineData("four")]          // under five letters
    [InlineData("HYPHENATION")]   // acronym-like capitals are left whole
    [InlineData("JavaScript")]    // a capital after a small letter: a name or an identifier
    [InlineData("getElementById")]
    [InlineData("PowerPoint's")]
    [InlineData("1990s")]
    [InlineData("relationship2")]
    [InlineData("https://example.com/relationship")]
    [InlineData("www.relationships.org")]
    [InlineData("someone@international.org")]
    [InlineData("relationship.txt")]
    [InlineData("international/relationship")]
    [InlineData("e.g.")]
    [InlineData("")]
    [InlineData("—")]
    public void NeverHyphenated(string word) => Assert.Empty(EnUs.BreakPoints(word));

    [Fact]
    public void MinimumsAreConfigurable()
    {
        Assert.Equal("hyphen-ation", Hyphenator.ForLanguage("en-us", 3, 3, 5)!.Hyphenate("hyphenation"));
        Assert.Equal("hy-phenation", Hyphenator.ForLanguage("en-us", 2, 6, 5)!.Hyphenate("hyphenation"));
        Assert.Equal("table", Hyphenator.ForLanguage("en-us", 2, 3, 6)!.Hyphenate("table"));
        Assert.Equal("com-put-er", Hyphenator.ForLanguage("en-us", 2, 2, 5)!.Hyphenate("computer"));
    }

    [Fact]
    public void BreakPointsRespectBoundsOnRandomWords()
    {
        var gen = Gen.Select(Gen.Char['a', 'z'].Array[1, 25], Gen.Int[1, 4], Gen.Int[1, 4], Gen.Int[1, 8]);
        gen.Sample((letters, left, right, minWord) =>
        {
            var word = new string(letters);
            var h = Hyphenator.ForLanguage("en-us", left, right, minWord)!;
            var points = h.BreakPoints(word);
            if (word.Length < minWord) Assert.Empty(points);
            for (var i = 0; i < points.Count; i++)
            {
                Assert.InRange(points[i], left, word.Length - right);
                if (i > 0) Assert.True(points[i] > points[i - 1]);
            }
            // Wrapping in punctuation and capitalising shifts the breaks but does not change them.
            var wrapped = Hyphenator.ForLanguage("en-us", left, right, minWord)!.BreakPoints("(" + char.ToUpperInvariant(word[0]) + word[1..] + "),");
            Assert.Equal(points.Select(p => p + 1), wrapped);
        }, iter: 400);
    }

    [Fact]
    public void AnyDigitMeansNoBreaks() =>
        Gen.Select(Gen.Char['a', 'z'].Array[6, 20], Gen.Char['0', '9'], Gen.Int[0, 19]).Sample((letters, digit, at) =>
        {
            var chars = letters.ToList();
            chars.Insert(Math.Min(at, chars.Count), digit);
            Assert.Empty(EnUs.BreakPoints(new string([.. chars])));
        }, iter: 200);

    [Fact]
    public void ConcurrentUseAgreesWithSequentialUse()
    {
        var words = File.ReadAllText(Path.Combine(TypographyFixtures.RepoRoot(), "source-text", "russia-iran-relations.txt"))
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var fresh = Hyphenator.ForLanguage("en-us", 2, 3, 4)!; // an instance with its own cache
        var parallel = new ConcurrentDictionary<string, string>();
        Parallel.ForEach(words, w => parallel[w] = string.Join(',', fresh.BreakPoints(w)));
        Assert.True(words.Count(w => parallel[w].Length > 0) > 100);
        foreach (var w in words.Distinct())
            Assert.Equal(string.Join(',', fresh.Compute(w)), parallel[w]);
    }
}
