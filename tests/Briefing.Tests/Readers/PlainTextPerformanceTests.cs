using System.Diagnostics;
using System.Text;
using Briefing.Model;
using Briefing.Readers.PlainText;
using Xunit;
using Xunit.Abstractions;

namespace Briefing.Tests.Readers;

/// <summary>
/// Linear time on hostile shapes: a 5 MB single line, 100,000 bullets, 10,000 headings (all equal), 10,000 nesting
/// levels, a 5 MB collapsed run-in list. Each must finish well under the limit (measured times are printed).
/// </summary>
public sealed class PlainTextPerformanceTests(ITestOutputHelper output)
{
    // Generous: this catches quadratic blow-ups (minutes), not speed; bench/ holds the speed figures.
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    private Document Timed(string name, string text)
    {
        var clock = Stopwatch.StartNew();
        var document = PlainTextReader.Read(text, name + ".txt", null);
        clock.Stop();
        output.WriteLine($"{name}: {text.Length:N0} chars in {clock.ElapsedMilliseconds} ms");
        Assert.True(clock.Elapsed < Limit, $"{name} took {clock.Elapsed.TotalMilliseconds:N0} ms");
        return document;
    }

    private static string Repeat(int count, Func<int, string> line)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < count; i++) sb.Append(line(i)).Append('\n');
        return sb.ToString();
    }

    [Fact]
    public void A_five_megabyte_single_line()
    {
        var sb = new StringBuilder("Big Line\n\n");
        while (sb.Length < 5_000_000) sb.Append("Word: more words here, and then a sentence ends. Next ");
        var d = Timed("single-line", sb.ToString());
        Assert.Single(d.Lede);
    }

    [Fact]
    public void A_hundred_thousand_bullets()
    {
        var d = Timed("bullets", "Bullets\n\nThe list:\n" + Repeat(100_000, i => $"  • Item {i}: text of item {i}."));
        Assert.Equal(100_000, Assert.IsType<BulletList>(d.Lede[1]).Items.Count);
    }

    [Fact]
    public void Ten_thousand_equal_headings()
    {
        var d = Timed("headings", "Headings\n\n" + Repeat(10_000, _ => "Same Heading\n\nSome text under it.\n"));
        Assert.Equal(10_000, d.Chapters.Count);
        Assert.Equal("same-heading-10000", d.Chapters[^1].Heading.Id);
    }

    [Fact]
    public void Ten_thousand_indent_levels_stay_flat_enough()
    {
        var d = Timed("nesting", "Nesting\n\nlead-in:\n" + Repeat(10_000, i => new string(' ', i) + "- level " + i));
        var depth = 0;
        Block? block = d.Lede[1];
        while (block is BulletList list)
        {
            depth++;
            block = list.Items[^1].Blocks.Count > 1 ? list.Items[^1].Blocks[^1] : null;
        }
        Assert.InRange(depth, 2, TreeBuilder.MaxListDepth + 1);
        Assert.Equal(10_000, BodyText.Blocks(d.Lede).Count() - 1);
    }

    [Fact]
    public void A_five_megabyte_collapsed_run_in_list()
    {
        var sb = new StringBuilder("Run In\n\nThe allies include:");
        for (var i = 0; sb.Length < 5_000_000; i++) sb.Append($"Term Number: description {i}. ");
        var d = Timed("run-in", sb.ToString());
        Assert.True(Assert.IsType<BulletList>(d.Lede[1]).Items.Count > 100_000);
    }

    [Fact]
    public void Many_contents_titles_and_captions()
    {
        Timed("contents", "Page\n\n" + Repeat(20_000, i => i % 2 == 0 ? "Contents" : "Caption Text\nCaption Text\n\nHeading " + i));
    }
}
