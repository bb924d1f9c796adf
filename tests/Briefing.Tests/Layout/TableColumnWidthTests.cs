using Briefing.Layout.Flow;
using Xunit;

namespace Briefing.Tests.Layout;

/// <summary>How a table's columns share the measure (<see cref="ColumnWidths"/>).</summary>
public sealed class TableColumnWidthTests
{
    [Fact]
    public void Table_columns_keep_their_longest_word_while_another_column_has_room()
    {
        // Two short columns whose longest words (140, 110) together fit the 300-point measure beside the third:
        // neither may be cut to an even share (100), and what the third gives up leaves it its own minimum.
        var widths = ColumnWidths.Share([10, 300, 300], [140, 110, 20], 300);
        Assert.Equal(300, widths.Sum(), 6);
        Assert.Equal(140, widths[0], 6);
        Assert.Equal(110, widths[1], 6);
        Assert.Equal(50, widths[2], 6);
    }

    [Fact]
    public void Table_columns_whose_words_overfill_the_measure_cap_the_widest_and_keep_the_narrow_whole()
    {
        // 340 points of longest words in 300: the widest gives up what is missing; the 120-point word stays whole.
        var widths = ColumnWidths.Share([200, 120, 20], [200, 120, 20], 300);
        Assert.Equal([160, 120, 20], widths.Select(w => Math.Round(w, 6)));
    }
}
