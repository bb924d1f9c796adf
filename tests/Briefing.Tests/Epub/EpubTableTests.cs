using Briefing.Readers;
using Briefing.Tests.Layout;
using Briefing.Tests.Support;
using Xunit;
using static Briefing.Tests.Epub.EpubPackage;

namespace Briefing.Tests.Epub;

/// <summary>Columns of short cells in the EPUB: kept on one line, so a narrow screen wraps the long text.</summary>
public sealed class EpubTableTests
{
    [Fact]
    public void Table_columns_of_short_cells_are_kept_on_one_line_and_the_long_text_column_wraps()
    {
        var doc = SourceReader.Parse(TableColumnWidthTests.ReviewerTable, "table.md");
        var package = EpubPackage.Write(doc, EpubFixture.Style(), EpubFixture.Options(doc));
        var table = package.ContentDocuments.SelectMany(d => d.Doc.Descendants(X + "table")).Single();
        var rows = table.Descendants(X + "tr").ToList();
        Assert.Equal(81, rows.Count);
        // "Country B1" and "56.9 %" would otherwise break at their space: a browser shares out the room by how much
        // each column would like beyond its longest word, and the remarks would like the most.
        Assert.All(rows, row => Assert.Equal(["right nowrap", "nowrap", "right nowrap", "right nowrap", null],
            row.Elements().Select(c => (string?)c.Attribute("class"))));
        var css = System.Text.Encoding.UTF8.GetString(package.Entries.Single(e => e.Key.EndsWith(".css", StringComparison.Ordinal)).Value);
        Assert.Matches(@"td\.nowrap\s*\{\s*white-space:\s*nowrap;", css);
        if (EpubCheck.Available || Repo.IsCi)
        {
            var check = EpubCheck.Run(package.Bytes, "table-nowrap");
            Assert.True(check.Fatals + check.Errors + check.Warnings == 0, check.ToString());
        }
    }
}
