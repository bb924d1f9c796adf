using System.Diagnostics;
using Briefing.Epub;
using Briefing.Layout;
using Briefing.Pdf;
using Briefing.Readers;
using Briefing.Styles;
using Briefing.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Briefing.Tests.Reliability;

/// <summary>
/// Hostile shapes through every stage (read, layout, PDF, EPUB): four times the input must take well under ten
/// times as long (linear is four, a quadratic stage sixteen), leaving room for a busy machine (two shared cores). Sizes are small enough
/// for a test; whole-CLI figures at the sizes are in bench/README.
/// </summary>
public sealed class LinearTimeTests(ITestOutputHelper log)
{
    private static readonly Style Style = StyleLoader.Load(Repo.DefaultStyle);
    private static readonly string[] Vocabulary = ["alpha", "beta", "gamma", "delta", "relations", "sanctions", "policy", "treaty", "energy", "region"];

    private static string Words(int n, int seed)
    {
        var rng = new Random(seed);
        return string.Join(' ', Enumerable.Range(0, n).Select(_ => Vocabulary[rng.Next(Vocabulary.Length)]));
    }

    public static TheoryData<string> Shapes => new() { "single line", "bullets", "headings", "nested list", "long word" };

    private static (string Text, string Name) Input(string shape, int scale) => shape switch
    {
        // One paragraph of 15,000 words per unit (about 100 KB): past the windowed breaker's threshold.
        "single line" => ("Title\n\n" + Words(15_000 * scale, 1) + "\n", "a.txt"),
        "bullets" => ("Title\n\nIntro.\n\n" + string.Concat(Enumerable.Range(0, 1_000 * scale).Select(i => $"- item {i} {Vocabulary[i % 10]}\n")), "a.txt"),
        "headings" => ("# Title\n\n" + string.Concat(Enumerable.Range(0, 60 * scale).Select(i => $"## Heading {i}\n\nText {i}.\n\n")), "a.md"),
        // Each level indents further, so the bytes grow with the square of the depth: twice the depth is four times the input.
        "nested list" => ("# Title\n\n" + string.Concat(Enumerable.Range(0, (int)(150 * Math.Sqrt(scale))).Select(i => new string(' ', 2 * i) + $"- level {i}\n")), "a.md"),
        "long word" => ("Title\n\nBefore " + new string('x', 5_000 * scale) + " after.\n", "a.txt"),
        _ => throw new ArgumentOutOfRangeException(nameof(shape)),
    };

    /// <summary>The thread's CPU time for one build (wall time where it cannot be read): the build runs on this thread
    /// alone, and other tests sharing the cores must not read as growth.</summary>
    private static TimeSpan Build(string text, string name)
    {
        var cpu = ThreadCpuClock.Now();
        var clock = Stopwatch.StartNew();
        var doc = SourceReader.Parse(text, name);
        var layout = LayoutEngine.Layout(doc, Style, Style.Paper);
        var time = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        _ = PdfWriter.Write(layout, new PdfOptions(time));
        using (var epub = new MemoryStream()) EpubWriter.Write(doc, Style, new EpubOptions(time, layout.PageOfAnchor), epub);
        return cpu is { } start && ThreadCpuClock.Now() is { } end ? end - start : clock.Elapsed;
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Four_times_a_hostile_input_takes_well_under_ten_times_as_long(string shape)
    {
        var (small, name) = Input(shape, 1);
        var (large, _) = Input(shape, 4);
        Build(small, name);   // warm up: JIT, fonts, patterns
        // The fastest of a few runs of each, so a busy machine's hiccup is not read as growth.
        var t1 = new[] { Build(small, name), Build(small, name), Build(small, name) }.Min();
        var t4 = new[] { Build(large, name), Build(large, name) }.Min();
        log.WriteLine($"{shape}: {t1.TotalMilliseconds:0} ms -> {t4.TotalMilliseconds:0} ms ({t4 / t1:0.00}x)");
        Assert.True(t4 < t1 * 10 + TimeSpan.FromMilliseconds(250), $"{shape}: {t1.TotalMilliseconds:0} ms for one unit, {t4.TotalMilliseconds:0} ms for four");
    }
}
