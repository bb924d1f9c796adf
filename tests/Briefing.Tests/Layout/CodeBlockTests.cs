using Briefing.Layout;
using Briefing.Model;
using Xunit;

namespace Briefing.Tests.Layout;

/// <summary>Code lines too long for the measure: the continuation hangs under the line's own indentation and two columns.</summary>
public sealed class CodeBlockTests
{
    /// <summary>The set lines (x of the first text, text, column width) from the text item containing <paramref name="first"/>
    /// to the one containing <paramref name="last"/>.</summary>
    private static List<(double X, string Text, double Column)> LinesOf(Document document, string first, string last)
    {
        var layout = LayoutEngine.Layout(document, BriefingFixture.Style(), "a4");
        var items = layout.Pages.SelectMany(p => p.Items).OfType<TextItem>().ToList();
        var from = items.FindIndex(t => t.Text.Contains(first, StringComparison.Ordinal));
        var to = items.FindIndex(from, t => t.Text.Contains(last, StringComparison.Ordinal));
        Assert.True(from >= 0 && to > from, "code text not found");
        var column = items[from].Width / items[from].Text.Length;   // monospaced: every character one column
        return items.Skip(from).Take(to - from + 1).GroupBy(t => t.Y)
            .Select(g => (g.Min(t => t.X), string.Concat(g.OrderBy(t => t.X).Select(t => t.Text)), column)).ToList();
    }

    [Fact]
    public void A_wrapped_tab_indented_line_goes_on_two_columns_beyond_its_indentation()
    {
        // The fixture's CSV has "\t# a comment that is long enough to wrap …": a tab is four columns.
        var lines = LinesOf(BriefingFixture.Document(), "a comment", "monospaced face");
        Assert.True(lines.Count >= 2, $"{lines.Count} line(s)");
        var (x0, text0, column) = lines[0];
        Assert.StartsWith("\u00A0\u00A0\u00A0\u00A0#", text0, StringComparison.Ordinal);
        foreach (var (x, text, _) in lines.Skip(1))
        {
            Assert.Equal(6, (x - x0) / column, 2);
            Assert.NotEqual('\u00A0', text[0]);
        }
    }

    [Fact]
    public void A_wrapped_line_without_indentation_goes_on_two_columns_in()
    {
        var words = string.Join(' ', Enumerable.Range(1, 40).Select(i => $"word{i}"));
        var fixture = BriefingFixture.Document();
        var document = fixture with { Chapters = [new Chapter(new Heading("c", Inlines.Text("Code")), [new CodeBlock(words + "\nnext")], [])] };
        var lines = LinesOf(document, "word1 ", "word40");
        Assert.True(lines.Count >= 3, $"{lines.Count} line(s)");
        foreach (var (x, _, column) in lines.Skip(1)) Assert.Equal(2, (x - lines[0].X) / column, 2);
    }
}
