using System.Diagnostics;
using Briefing.Layout.Hyphenation;
using Xunit;
using Xunit.Abstractions;

namespace Briefing.Tests.Typography;

/// <summary>Figures on the seed article: how much of it hyphenation reaches, and how fast.</summary>
public class TypographyFigures(ITestOutputHelper output)
{
    [Fact]
    public void SeedArticleHyphenation()
    {
        var tokens = File.ReadAllText(Path.Combine(TypographyFixtures.RepoRoot(), "source-text", "russia-iran-relations.txt"))
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var h = Hyphenator.ForLanguage("en-us")!;
        var withBreak = tokens.Count(t => h.BreakPoints(t).Count > 0);
        var longWords = tokens.Where(t => t.Length >= 10 && t.All(char.IsLetter)).ToList();
        var longWithBreak = longWords.Count(t => h.BreakPoints(t).Count > 0);
        output.WriteLine($"{tokens.Length} words, {withBreak} with at least one break point ({100.0 * withBreak / tokens.Length:F1}%); "
            + $"{longWithBreak} of {longWords.Count} all-letter words of 10+ letters");

        // Long plain words nearly always have a break; a broken loader or matcher would find few or none.
        Assert.True(longWithBreak >= 0.95 * longWords.Count);
        Assert.True(withBreak >= tokens.Length / 5);

        var sample = new List<string>();
        while (sample.Count < 10_000) sample.AddRange(tokens);
        sample = sample.Take(10_000).ToList();
        foreach (var t in sample.Take(500)) h.Compute(t); // warm up the JIT
        var sw = Stopwatch.StartNew();
        var total = 0;
        foreach (var t in sample) total += h.Compute(t).Count;
        var uncached = sw.Elapsed.TotalMilliseconds;
        sw.Restart();
        foreach (var t in sample) total -= h.BreakPoints(t).Count;
        var cached = sw.Elapsed.TotalMilliseconds;
        output.WriteLine($"10,000 words: {uncached:F1} ms without the cache, {cached:F1} ms through it");
        Assert.Equal(0, total);
    }
}
