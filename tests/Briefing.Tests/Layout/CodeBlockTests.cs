using Briefing.Layout;
using Briefing.Model;
using Xunit;

namespace Briefing.Tests.Layout;

/// <summary>Code lines too long for the measure: the continuation hangs under the line's own indentation and two columns.</summary>
public sealed class CodeBlockTests
{
    /// <summary>The set lines (x of the first text, text, column width) from the text item containing <paramref name="first"/>
    /// to the one containing <paramref name="last"/>.</summary>
    /// <remarks>A continuation's "↪" mark is left out of the line and checked here: every continuation has one, in the
    /// hang before its text; a line's first part has none.</remarks>
    private static List<(double X, string Text, double Column)> LinesOf(Document document, string first, string last)
    {
        var layout = LayoutEngine.Layout(document, BriefingFixture.Style(), "a4");
        var items = layout.Pages.SelectMany(p => p.Items).OfType<TextItem>().ToList();
        var from = items.FindIndex(t => t.Text.Contains(first, StringComparison.Ordinal));
        var to = items.FindIndex(from, t => t.Text.Contains(last, StringComparison.Ordinal));
        Assert.True(from >= 0 && to > from, "code text not found");
        var column = items[from].Width / items[from].Text.Length;   // monospaced: every character one column
        var rows = items.Skip(from).Take(to - from + 1).GroupBy(t => t.Y).ToList();
        var lines = new List<(double X, string Text, double Column)>();
        for (var k = 0; k < rows.Count; k++)
        {
            var text = rows[k].Where(t => t.Text != "\u21AA").OrderBy(t => t.X).ToList();
            var mark = rows[k].Where(t => t.Text == "\u21AA").ToList();
            if (k == 0) Assert.Empty(mark);
            else Assert.True(mark.Count == 1 && mark[0].X + mark[0].Width <= text[0].X && mark[0].X > rows[0].Min(t => t.X),
                $"continuation {k} has no mark in its hang");
            lines.Add((text[0].X, string.Concat(text.Select(t => t.Text)), column));
        }
        return lines;
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
