using System.Text.RegularExpressions;
using Briefing.Layout.Hyphenation;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Typography;

/// <summary>The pattern files are read in place into a trie: every word gets the hyphens a plain reading of the
/// same patterns gives, comments and line ends are ignored, and a broken file says what is wrong.</summary>
public sealed class TexPatternReaderTests
{
    public static TheoryData<string> Languages() => ["en-us", "de-1996", "fr", "es", "it"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_word_gets_the_points_of_a_plain_reading_of_the_patterns(string language)
    {
        var text = File.ReadAllText(Path.Combine(Repo.Root, "styles", "hyphenation", $"hyph-{language}.tex"));
        var set = TexPatternReader.Parse(text, language);
        var naive = NaivePatterns(text);
        Assert.Equal(naive.Count, set.PatternCount);
        var exceptions = Exceptions(text);
        Assert.Equal(exceptions.Count, set.ExceptionCount);
        var words = Regex.Matches(File.ReadAllText(Repo.SeedText), @"\p{L}{2,}").Select(m => m.Value.ToLowerInvariant())
            .Concat(["hyphenation", "donaudampfschifffahrtsgesellschaft", "gouvernementales", "responsabilità", "x"])
            .Distinct().ToList();
        Assert.True(words.Count > 1000);
        foreach (var word in words)
        {
            var expected = exceptions.TryGetValue(word, out var fixedBreaks) ? fixedBreaks : Naive(naive, word);
            Assert.True(expected.SequenceEqual(set.Hyphens(word)), $"{language}: {word}");
        }
    }

    [Fact]
    public void Comments_line_ends_and_tabs_are_not_patterns()
    {
        var set = TexPatternReader.Parse("% header {\r\n\\patterns{ % a comment 9x9\r\n\t.hy3ph he2n\r\nhen5at  % hen1at\n1na n2at 1tio 2io o2n}\n", "t");
        Assert.Equal(8, set.PatternCount);
        Assert.Equal([2, 6, 7], set.Hyphens("hyphenation"));
    }

    [Fact]
    public void A_pattern_longer_than_the_stack_buffer_is_read_whole()
    {
        var letters = new string('a', 80);
        var set = TexPatternReader.Parse($"\\patterns{{ {letters[..40]}1{letters[40..]} }}", "t");
        Assert.Equal([40], set.Hyphens(letters));
        Assert.Empty(set.Hyphens(letters[..79]));
    }

    [Fact]
    public void Exceptions_override_the_patterns()
    {
        var set = TexPatternReader.Parse("\\patterns{1ta} \\hyphenation{ as-so-ciate\r\ntable }", "t");
        Assert.Equal((1, 2), (set.PatternCount, set.ExceptionCount));
        Assert.Equal([2, 4], set.Hyphens("associate"));
        Assert.Empty(set.Hyphens("table"));
        Assert.Equal([1], set.Hyphens("ata"));
    }

    [Theory]
    [InlineData("% only a comment \\patterns{a1b}", "t: no \\patterns{…} group")]
    [InlineData("\\patterns{ % 1a\n }", "t: the \\patterns group is empty")]
    [InlineData("\\patterns{ a1b", "\\patterns{ is never closed")]
    public void A_broken_file_says_what_is_wrong(string text, string message)
    {
        var e = Assert.Throws<InvalidDataException>(() => TexPatternReader.Parse(text, "t"));
        Assert.Equal(message, e.Message);
    }

    // Liang read literally: every pattern's letters are looked for at every position of ".word.", and each gap keeps
    // the largest digit any matching pattern puts there; odd means a hyphen may go.
    private static List<(string Letters, byte[] Values)> NaivePatterns(string text)
    {
        var body = Regex.Replace(text, "%[^\n]*", "");
        var group = Regex.Match(body, @"\\patterns\s*\{([^}]*)\}").Groups[1].Value;
        return [.. group.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(token =>
        {
            var letters = Regex.Replace(token, "[0-9]", "").ToLowerInvariant();
            var values = new byte[letters.Length + 1];
            var at = 0;
            foreach (var c in token)
                if (char.IsAsciiDigit(c)) values[at] = (byte)(c - '0');
                else at++;
            return (letters, values);
        })];
    }

    private static Dictionary<string, int[]> Exceptions(string text)
    {
        var group = Regex.Match(Regex.Replace(text, "%[^\n]*", ""), @"\\hyphenation\s*\{([^}]*)\}").Groups[1].Value;
        var result = new Dictionary<string, int[]>(StringComparer.Ordinal);
        // A hyphen's offset in the word is its index in the token less the hyphens before it.
        foreach (var token in group.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            result[token.Replace("-", "").ToLowerInvariant()] = [.. token.Select((c, i) => (c, i)).Where(p => p.c == '-')
                .Select((p, n) => p.i - n)];
        return result;
    }

    private static IEnumerable<int> Naive(List<(string Letters, byte[] Values)> patterns, string word)
    {
        var dotted = "." + word + ".";
        var points = new byte[dotted.Length + 1];
        foreach (var (letters, values) in patterns)
            for (var at = dotted.IndexOf(letters, StringComparison.Ordinal); at >= 0; at = dotted.IndexOf(letters, at + 1, StringComparison.Ordinal))
                for (var k = 0; k < values.Length; k++)
                    points[at + k] = Math.Max(points[at + k], values[k]);
        return Enumerable.Range(1, word.Length - 1).Where(k => (points[k + 1] & 1) == 1);
    }
}
