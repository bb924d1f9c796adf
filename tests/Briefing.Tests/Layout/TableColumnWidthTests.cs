using Briefing.Layout;
using Briefing.Layout.Flow;
using Briefing.Readers;
using Briefing.Styles;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Layout;

/// <summary>How a table's columns share the measure (<see cref="ColumnWidths"/>), and what it does to a table.</summary>
public sealed class TableColumnWidthTests
{
    [Fact]
    public void Table_columns_that_fit_unwrapped_get_their_natural_width_and_the_rest_in_proportion()
    {
        var widths = ColumnWidths.Share([50, 100], [10, 10], 300);
        Assert.Equal([100, 200], widths.Select(w => Math.Round(w, 6)));
    }

    [Fact]
    public void Table_columns_of_short_cells_keep_their_natural_width_and_only_the_long_text_column_wraps()
    {
        // The reviewer's table: #, Country, Volume, Share are narrow, Remarks holds a few long remarks. Sharing in
        // proportion to natural width gave the short columns less than their cells and Remarks over half the measure.
        var widths = ColumnWidths.Share([20, 60, 55, 40, 400], [20, 45, 45, 35, 60], 440);
        Assert.Equal([20, 60, 55, 40, 265], widths.Select(w => Math.Round(w, 6)));
    }

    [Fact]
    public void Table_columns_too_wide_for_a_fair_share_each_get_their_longest_word_and_the_rest_by_what_they_lack()
    {
        // As CSS's automatic layout: 200 points beyond the minimums, shared 2 : 5 as the columns lack 200 and 500
        // (not 1 : 2 as their natural widths).
        var widths = ColumnWidths.Share([300, 600], [100, 100], 400);
        Assert.Equal(400, widths.Sum(), 6);
        Assert.Equal(100 + 200.0 * 2 / 7, widths[0], 6);
        Assert.Equal(100 + 200.0 * 5 / 7, widths[1], 6);
    }

    [Fact]
    public void Table_columns_keep_their_longest_word_while_another_column_has_room()
    {
        // Two short columns whose longest words (140, 110) together fit the 300-point measure beside the third:
        // neither may be cut to an even share (100), and the 30 points beyond the minimums go to the two columns
        // that would be wider, in proportion to what they lack (190 and 280).
        var widths = ColumnWidths.Share([10, 300, 300], [140, 110, 20], 300);
        Assert.Equal(300, widths.Sum(), 6);
        Assert.Equal(140, widths[0], 6);
        Assert.Equal(110 + 30.0 * 190 / 470, widths[1], 6);
        Assert.Equal(20 + 30.0 * 280 / 470, widths[2], 6);
    }

    [Fact]
    public void Table_columns_of_short_cells_give_up_their_natural_width_before_a_long_column_its_longest_word()
    {
        // The narrow columns would like 100 each, but the long one's 250-point word leaves them 150: each gets half
        // of what it would like beyond its own longest word.
        var widths = ColumnWidths.Share([100, 100, 1000], [50, 50, 250], 400);
        Assert.Equal([75, 75, 250], widths.Select(w => Math.Round(w, 6)));
    }

    [Fact]
    public void Table_columns_whose_words_overfill_the_measure_cap_the_widest_and_keep_the_narrow_whole()
    {
        // 340 points of longest words in 300: the widest gives up what is missing; the 120-point word stays whole.
        var widths = ColumnWidths.Share([200, 120, 20], [200, 120, 20], 300);
        Assert.Equal([160, 120, 20], widths.Select(w => Math.Round(w, 6)));
    }

    /// <summary>The reviewer's table: 80 rows of short cells, every seventh with a long remark.</summary>
    internal static readonly string ReviewerTable = "# Annex\n\n## Trade\n\nText before.\n\n"
        + "| # | Country | Volume (t) | Share | Remarks |\n|---:|:---|---:|---:|:---|\n"
        + string.Concat(Enumerable.Range(1, 80).Select(i =>
            $"| {i} | Country {(char)('A' + i % 26)}{i} | {i * 7919 % 100000:N0} | {i * 37 % 1000 / 10.0:0.0} % | "
            + (i % 7 == 0 ? "A long remark that wraps over more than one line in a narrow column of its table" : "ok") + " |\n"))
        + "\nText after.\n";

    /// <summary>Each table cell's lines of text, cell by cell in drawing order (row by row).</summary>
    private static List<List<string>> Cells(LaidOutDocument layout) =>
        [.. LayoutReader.Walk(layout)
            .Where(d => d.Item is TextItem && !LayoutReader.IsArtifact(d) && d.Open.Any(o => o.Tag == StructureTag.Table))
            .GroupBy(d => d.Open.Last(o => o.Tag is StructureTag.TableHeaderCell or StructureTag.TableDataCell), ReferenceEqualityComparer.Instance)
            .Select(g => g.Select(d => (TextItem)d.Item).GroupBy(t => Math.Round(t.Y, 1))
                .Select(l => string.Concat(l.OrderBy(t => t.X).Select(t => t.Text))).ToList())];

    [Theory]
    [InlineData("briefing")]
    [InlineData("memo")]
    [InlineData("report")]
    public void Table_cells_of_short_columns_are_set_on_one_line_and_no_table_line_is_hyphenated(string name)
    {
        var style = StyleLoader.Load(Path.Combine(Repo.Root, "styles", name + ".yaml"));
        var cells = Cells(LayoutEngine.Layout(SourceReader.Parse(ReviewerTable, "table.md"), style, style.Paper));
        const int columns = 5;
        Assert.Equal(81 * columns, cells.Count);
        for (var i = 0; i < cells.Count; i++)
        {
            var column = i % columns;
            if (column < columns - 1) Assert.True(cells[i].Count == 1, $"row {i / columns}, column {column}: {string.Join(" / ", cells[i])}");
            Assert.All(cells[i], l => Assert.False(l.EndsWith('-') || l.EndsWith('\u2010'), $"row {i / columns}, column {column}: \"{l}\" is hyphenated"));
        }
        // The long remarks still wrap (the table is narrower than them), in the column that has the room.
        Assert.Contains(cells.Where((_, i) => i % columns == columns - 1), c => c.Count > 1);
    }

    [Fact]
    public void Table_cells_of_code_are_measured_in_the_code_face()
    {
        // Measured in the body face, "--first N, --last N" came out narrower than it is set, and wrapped.
        var rows = string.Concat(Enumerable.Range(1, 4).Select(i => $"| `--first N, --last N` | {BriefingFixture.Sentences(i, 3)} |\n"));
        var doc = SourceReader.Parse($"# Options\n\n## Options\n\n| option | meaning |\n|---|---|\n{rows}", "options.md");
        var cells = Cells(LayoutEngine.Layout(doc, BriefingFixture.Style(), "a4"));
        Assert.All(cells.Where((_, i) => i % 2 == 0), c => Assert.True(c.Count == 1, string.Join(" / ", c)));
        Assert.All(cells.Where((_, i) => i % 2 == 1).Skip(1), c => Assert.True(c.Count > 1));
    }

    [Fact]
    public void Addresses_and_identifiers_too_wide_for_their_column_are_cut_where_they_read_best()
    {
        // The reviewer's nine-column incident table: its cells were cut between any two letters ("pay|ments-api",
        // "te|am-paym|ents@exa|mple.com", "O|PS-12346") though each has places that read as breaks.
        const string table = "# Incidents\n\n## Log\n\n"
            + "| Service | Region | Owner | Started | Ended | Duration | Impact | Root cause | Follow-up ticket |\n|---|---|---|---|---|---|---|---|---|\n"
            + "| payments-api | eu-west-1 | team-payments@example.com | 02:14 | 02:31 | 17 min | Checkout failed for 4 % of users | Primary database lost its disk | OPS-12345-long-ticket-identifier |\n"
            + "| search | us-east-2 | search | 02:15 | 02:20 | 5 min | Slow | Cascading retries | OPS-12346 |\n";
        var cells = Cells(LayoutEngine.Layout(SourceReader.Parse(table, "incidents.md"), BriefingFixture.Style(), "a4"));
        Assert.Equal(27, cells.Count);
        var tokens = new[] { "payments-api", "team-payments@example.com", "OPS-12345-long-ticket-identifier", "OPS-12346" };
        foreach (var cell in cells.Where(c => tokens.Contains(string.Concat(c))))
            for (var l = 1; l < cell.Count; l++)
                Assert.True(cell[l - 1][^1] is '-' || cell[l][0] is '@' or '.',
                    $"\"{string.Join(" | ", cell)}\" is cut between \"{cell[l - 1]}\" and \"{cell[l]}\"");
        Assert.Equal(4, cells.Count(c => tokens.Contains(string.Concat(c))));
    }

    [Fact]
    public void An_address_in_a_narrow_column_breaks_after_a_slash_rather_than_between_letters()
    {
        // Its last part, wider than the column, could only be cut; the line before the slash, with no space to
        // stretch, was scored as impossible, and a cut between letters won: "…/projects/briefi|ng-documentation…".
        const string address = "https://example.org/projects/briefing-documentation-overview.html";
        var table = "# Links\n\n## Table\n\n| A | B | C | D | E |\n|---|---|---|---|---|\n"
            + $"| Briefing | {address} | one two three four five six | one two three four five six seven | eight nine ten eleven twelve |\n"
            + "| Other | user.name@example-company.org | another long description here | and here | and there |\n";
        var cells = Cells(LayoutEngine.Layout(SourceReader.Parse(table, "links.md"), BriefingFixture.Style(), "a4"));
        var cell = Assert.Single(cells, c => string.Concat(c) == address);
        Assert.True(cell.Count > 1, "the address fits its column: the test no longer tests a break");
        for (var l = 1; l < cell.Count; l++)
            Assert.True(cell[l - 1][^1] is '/' or '-' || cell[l][0] is '.' or '@',
                $"\"{string.Join(" | ", cell)}\" is cut between \"{cell[l - 1]}\" and \"{cell[l]}\"");
    }
}
