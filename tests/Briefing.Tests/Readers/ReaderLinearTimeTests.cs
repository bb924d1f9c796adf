using System.Diagnostics;
using System.Text;
using Briefing.Readers;
using Briefing.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Briefing.Tests.Readers;

/// <summary>
/// Shapes that once made a reader quadratic: a Markdown line full of quotes and dashes (each a separate inline), a long
/// soft-wrapped Markdown paragraph, a Gutenberg line of marks that never close, a Gutenberg header of many fields over
/// a long book, one hard-wrapped raw-text block of many lines, a contents entry followed by a line of many spaces,
/// transcribers' notes whose brackets never close before a Gutenberg book, a long run of examples set in.
/// Four times the input must take well under ten times as long (the reader's CPU time on this thread) and allocate
/// well under ten times as much (a quadratic spot that only allocates, such as an array of all lines per field, shows
/// there before it shows in the time).
/// </summary>
public sealed class ReaderLinearTimeTests(ITestOutputHelper log)
{
    private const string Frame = "Title: T\nAuthor: A\n\n*** START OF THE PROJECT GUTENBERG EBOOK T ***\n\n";

    public static TheoryData<string> Shapes => new()
    {
        "markdown punctuation", "markdown soft wraps", "gutenberg marks", "gutenberg fields", "hard-wrapped block", "contents spaces",
        "gutenberg notes", "set-in run",
    };

    private static (string Text, string Name) Input(string shape, int n) => shape switch
    {
        "markdown punctuation" => ("# T\n\n" + Repeat(n, _ => "a -- 'b' ... \"c\" "), "a.md"),
        "markdown soft wraps" => ("# T\n\n" + Repeat(n, _ => "word word word\n"), "a.md"),
        "gutenberg marks" => (Frame + "Text " + Repeat(n, _ => "=a _b ") + "\n", "a.txt"),
        // More lines than fields: an array of all lines per field is what grows with the square.
        "gutenberg fields" => (Repeat(n, i => $"Note: field {i}\n") + Frame + Repeat(4 * n, _ => "Body.\n\n"), "a.txt"),
        "hard-wrapped block" => ("Title\n\n" + Repeat(n, _ => "some words of a paragraph that goes on and on\n"), "a.txt"),
        "gutenberg notes" => (Frame + Repeat(n, _ => "[ Transcriber's Note:\n\n") + "CHAPTER I.\n\nText.\n", "a.txt"),
        "set-in run" => ("Title\n\nText.\n\n" + Repeat(n, _ => "  an example\n     in two lines\n\n"), "a.txt"),
        "contents spaces" => ("Title\n\nContents\n\nIntro\nx" + new string(' ', 4 * n) + "y\n\nIntro\n\nText.\n", "a.txt"),
        _ => throw new ArgumentOutOfRangeException(nameof(shape)),
    };

    private static string Repeat(int n, Func<int, string> piece)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < n; i++) sb.Append(piece(i));
        return sb.ToString();
    }

    private static TimeSpan Read(string text, string name)
    {
        var cpu = ThreadCpuClock.Now();
        var clock = Stopwatch.StartNew();
        SourceReader.Parse(text, name);
        return cpu is { } start && ThreadCpuClock.Now() is { } end ? end - start : clock.Elapsed;
    }

    private static long Allocated(string text, string name)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        SourceReader.Parse(text, name);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Four_times_the_input_takes_well_under_ten_times_as_long(string shape)
    {
        var (small, name) = Input(shape, 5_000);
        var (large, _) = Input(shape, 20_000);
        Read(small, name);
        var t1 = new[] { Read(small, name), Read(small, name), Read(small, name) }.Min();
        var t4 = new[] { Read(large, name), Read(large, name) }.Min();
        var (a1, a4) = (Allocated(small, name), Allocated(large, name));
        log.WriteLine($"{shape}: {t1.TotalMilliseconds:0} ms -> {t4.TotalMilliseconds:0} ms, {a1 >> 20} MB -> {a4 >> 20} MB");
        Assert.True(t4 < t1 * 10 + TimeSpan.FromMilliseconds(100), $"{shape}: {t1.TotalMilliseconds:0} ms for one unit, {t4.TotalMilliseconds:0} ms for four");
        Assert.True(a4 < a1 * 10 + (8 << 20), $"{shape}: {a1 >> 20} MB allocated for one unit, {a4 >> 20} MB for four");
    }
}
