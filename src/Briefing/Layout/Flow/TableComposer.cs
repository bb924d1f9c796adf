using Briefing.Layout.Hyphenation;
using Briefing.Layout.Text;
using Briefing.Model;

namespace Briefing.Layout.Flow;

/// <summary>
/// A simple grid table: columns share the measure as CSS's automatic table layout does (a narrow column keeps its
/// cells on one line, none is narrower than its longest word, see <see cref="ColumnWidths"/>), cell text wraps
/// ragged and follows its column's alignment, the header row is bold on a tint. A row is one unbreakable flow line;
/// a row taller than a page is cut into several rows. A page that the table continues onto repeats the header rows
/// first, and a page it breaks from closes with the rule the table ends with, both as artifacts (longtable's head
/// and foot).
/// </summary>
internal sealed class TableComposer(LayoutContext ctx, FlowBuilder flow)
{
    private const double Pad = 4;
    private const double Grid = 0.5;
    /// <summary>Room beyond a longest word or cell: the setter sums a word from its hyphenation pieces, which can come
    /// out a hair wider than the whole word measured at once, and a word that misses by a hair is hyphenated.</summary>
    private const double Slack = 0.01;

    public void Table(Table table, double x, double width)
    {
        var rows = table.Header.Select(r => (Cells: r, Header: true)).Concat(table.Rows.Select(r => (Cells: r, Header: false))).ToList();
        var columns = rows.Count == 0 ? 0 : rows.Max(r => r.Cells.Count);
        if (columns == 0) return;

        var size = ctx.Style.Sizes.Body * 0.92;
        var leading = Math.Round(size * 1.3, 2);
        var body = ctx.BodyStyle with { Size = size };
        var spans = rows.Select(r => Enumerable.Range(0, columns).Select(c => InlineFlattener.Flatten(c < r.Cells.Count ? r.Cells[c] : [],
            r.Header ? body.WithBold() : body, null, ctx.Link, BlockComposer.CodeScale, ctx.Style.LinkAddresses, live: ctx.IsLive)).ToList()).ToList();
        var widths = Widths(spans, width);

        flow.Space(ctx.Style.Spacing.Paragraph * 1.5);
        flow.Begin(StructureTag.Table);
        var face = ctx.Fonts[ctx.FaceOf(body)];
        var baseline = FlowBuilder.HalfLeading(leading, face.Ascender * size, face.Descender * size);
        var maxLines = Math.Max(1, (int)((ctx.FrameHeight - 2 * Pad) / leading));
        var headLines = new List<FlowLine>();
        FlowLine? repeated = null;
        // The rule under the table's last row, for the last row on a page the table runs on from.
        var foot = new FlowLine(0, 0, [.. Place.Artifact(new RuleItem(x, 0, x + widths.Sum(), 0, Grid, ctx.RuleColour))]);
        for (var r = 0; r < rows.Count; r++)
        {
            var header = rows[r].Header;
            var set = spans[r].Select((cell, c) => ParagraphSetter.Set(ctx, cell, new ParagraphShape(widths[c] - 2 * Pad, Justify: false))).ToList();
            if (!header && headLines.Count > 0) repeated ??= RepeatedHead(headLines);
            var height = Math.Max(1, set.Max(s => s.Count));
            // Rows taller than a page are cut into page-sized rows.
            for (var from = 0; from < height; from += maxLines)
            {
                var count = Math.Min(maxLines, height - from);
                var last = r == rows.Count - 1 && from + count >= height;
                var line = Row(table, set, widths, x, from, count, leading, baseline, header, last);
                if (!last) line.BreakFoot = foot;
                // A header row never ends a page on its own.
                line.KeepWithPrevious |= r > 0 && rows[r - 1].Header || from > 0;
                if (header) headLines.Add(line);
                else line.RepeatedHead = repeated;
            }
        }
        flow.End();
        flow.Space(ctx.Style.Spacing.Paragraph * 1.5);
    }

    /// <summary>The header rows' drawing as one artifact line, to draw again at the top of a continuation page: an
    /// artifact, so the tag tree holds each header cell once and reading order does not repeat it. Null when the
    /// header is too tall to repeat (over a third of the page).</summary>
    private FlowLine? RepeatedHead(List<FlowLine> lines)
    {
        var height = lines.Sum(l => l.Height);
        if (height > ctx.FrameHeight / 3) return null;
        var drawing = new List<PageItem>();
        var top = 0.0;
        foreach (var line in lines)
        {
            var dy = top + line.Baseline - lines[0].Baseline;
            drawing.AddRange(line.Items.Where(i => i is not (BeginTag or EndTag)).Select(i => Place.Shift(i, 0, dy)));
            top += line.Height;
        }
        return new FlowLine(height, lines[0].Baseline, [.. Place.Artifact([.. drawing])]);
    }

    private FlowLine Row(Table table, List<List<SetLine>> cells, double[] widths, double x, int from, int count, double leading,
        double baseline, bool header, bool last)
    {
        var rowHeight = count * leading + 2 * Pad;
        var top = -(Pad + baseline);
        var items = new List<PageItem>();
        var total = widths.Sum();
        var decoration = new List<PageItem>();
        if (header) decoration.Add(new BoxItem(x, top, total, rowHeight, ctx.CodeBackground));
        decoration.Add(new RuleItem(x, top, x + total, top, Grid, ctx.RuleColour));
        if (last) decoration.Add(new RuleItem(x, top + rowHeight, x + total, top + rowHeight, Grid, ctx.RuleColour));
        var cx = x;
        for (var c = 0; c <= widths.Length; c++)
        {
            decoration.Add(new RuleItem(cx, top, cx, top + rowHeight, Grid, ctx.RuleColour));
            if (c < widths.Length) cx += widths[c];
        }
        items.AddRange(Place.Artifact([.. decoration]));
        items.Add(new BeginTag(StructureTag.TableRow));
        cx = x;
        for (var c = 0; c < cells.Count; c++)
        {
            items.Add(new BeginTag(header ? StructureTag.TableHeaderCell : StructureTag.TableDataCell));
            var lines = cells[c];
            var room = widths[c] - 2 * Pad;
            for (var k = from; k < from + count && k < lines.Count; k++)
            {
                // Right and centred columns move each line by the room it leaves (header cells follow their column).
                var slack = Math.Max(0, room - lines[k].Width);
                var dx = table.AlignOf(c) switch { ColumnAlign.Right => slack, ColumnAlign.Center => slack / 2, _ => 0 };
                foreach (var item in lines[k].Items)
                    items.Add(Place.Shift(item, cx + Pad + dx, (k - from) * leading));
            }
            items.Add(EndTag.Instance);
            cx += widths[c];
        }
        items.Add(EndTag.Instance);
        return flow.Line(rowHeight, Pad + baseline, items);
    }

    /// <summary>Each column's natural width (its longest cell on one line) and minimum (its longest word), measured
    /// in the faces the cells are set in (a header word is bold, code is mono), shared out by
    /// <see cref="ColumnWidths"/>.</summary>
    private double[] Widths(List<List<List<Span>>> rows, double width)
    {
        var columns = rows[0].Count;
        var natural = Enumerable.Repeat(3 * Pad, columns).ToArray();
        var minimum = Enumerable.Repeat(3 * Pad, columns).ToArray();
        foreach (var cells in rows)
            for (var c = 0; c < columns; c++)
            {
                var (line, word) = Extents(cells[c]);
                natural[c] = Math.Max(natural[c], line + 2 * Pad + Slack);
                minimum[c] = Math.Max(minimum[c], word + 2 * Pad + Slack);
            }
        return ColumnWidths.Share(natural, minimum, width);
    }

    /// <summary>A cell's longest line (between forced breaks) and word (between spaces, across spans).</summary>
    private (double Line, double Word) Extents(List<Span> spans)
    {
        double longestLine = 0, longestWord = 0, line = 0, word = 0;
        foreach (var span in spans)
        {
            if (span.IsLineBreak) { line = word = 0; continue; }
            var pieces = Fonts.FontBook.Clean(span.Text).Split(' ');
            for (var i = 0; i < pieces.Length; i++)
            {
                if (i > 0) { word = 0; line += ctx.Measure(" ", span.Style); }
                var piece = pieces[i];
                line += ctx.Measure(piece, span.Style);
                // An address or identifier may be cut where it reads best: its parts, not the whole, set the minimum.
                var from = 0;
                for (var at = 2; at < piece.Length - 1; at++)
                {
                    if (!WordShape.IsTechnicalBreak(piece, at)) continue;
                    longestWord = Math.Max(longestWord, word + ctx.Measure(piece[from..at], span.Style));
                    word = 0;
                    from = at;
                }
                word += ctx.Measure(piece[from..], span.Style);
                longestWord = Math.Max(longestWord, word);
            }
            longestLine = Math.Max(longestLine, line);
        }
        return (longestLine, longestWord);
    }
}
