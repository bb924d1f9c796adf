using Briefing.Layout;
using Briefing.Model;
using Briefing.Tests.Layout;
using Xunit;
using static Briefing.Tests.Epub.EpubPackage;

namespace Briefing.Tests.Epub;

/// <summary>Tab-separated code: both editions set the tabs as spaces to stops four columns apart, so the columns
/// line up in the EPUB (whatever the reader's tab stops and the hanging indent) and stand where the PDF has them.</summary>
public sealed class CodeTabTests
{
    private const string Tsv = "plain\ttab\tseparated\tvalues\na\tb\tc\td\nabcdefgh\tx\ty\tz";

    private static readonly Document Doc = BriefingFixture.Document() with
    {
        Chapters = [new Chapter(new Heading("c", Inlines.Text("Code")), [new CodeBlock(Tsv)], [])],
    };

    /// <summary>The columns (0-based) at which each line's fields start in the EPUB's code text.</summary>
    private static List<int[]> EpubColumns()
    {
        var package = EpubPackage.Write(Doc, EpubFixture.Style(), new Briefing.Epub.EpubOptions(EpubFixture.Modified, new Dictionary<string, int>()));
        var code = package.ContentDocuments.SelectMany(d => d.Doc.Descendants(X + "code")).Single();
        Assert.DoesNotContain('\t', code.Value);
        return code.Value.Split('\n').Select(FieldStarts).ToList();
    }

    private static int[] FieldStarts(string line) =>
        [.. Enumerable.Range(0, line.Length).Where(i => !char.IsWhiteSpace(line[i]) && (i == 0 || char.IsWhiteSpace(line[i - 1])))];

    [Fact]
    public void Epub_code_has_tabs_expanded_to_stops_four_columns_apart()
    {
        var columns = EpubColumns();
        Assert.Equal([0, 8, 12, 24], columns[0]);   // "plain" 5 → 8, "tab" 11 → 12, "separated" 21 → 24
        Assert.Equal([0, 4, 8, 12], columns[1]);
        Assert.Equal([0, 12, 16, 20], columns[2]);  // a field that fills its stop goes on to the next
    }

    [Fact]
    public void The_pdf_sets_each_field_at_the_column_the_epub_has()
    {
        var layout = LayoutEngine.Layout(Doc, BriefingFixture.Style(), "a4");
        var items = layout.Pages.SelectMany(p => p.Items).OfType<TextItem>().ToList();
        var first = items.First(t => t.Text.StartsWith("plain", StringComparison.Ordinal));
        var column = first.Width / first.Text.Length;   // monospaced
        var lines = Tsv.Split('\n');
        var epub = EpubColumns();
        var code = items.SkipWhile(t => t != first).Where(t => t.Face == first.Face).ToList();
        var rows = code.Select(t => t.Y).Distinct().Take(lines.Length).ToList();
        for (var k = 0; k < lines.Length; k++)
        {
            var fields = lines[k].Split('\t');
            var rowItems = code.Where(t => t.Y == rows[k]).ToList();
            var pdf = fields.Select(f =>
            {
                var item = rowItems.First(t => t.Text.Contains(f, StringComparison.Ordinal));
                return (int)Math.Round((item.X + item.Text.IndexOf(f, StringComparison.Ordinal) * column - first.X) / column);
            });
            Assert.Equal(epub[k], pdf);
        }
    }
}
