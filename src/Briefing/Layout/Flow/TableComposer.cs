using Briefing.Layout.Text;
using Briefing.Model;

namespace Briefing.Layout.Flow;

/// <summary>
/// A simple grid table: columns share the measure in proportion to their content (never narrower than their
/// longest word allows), cell text wraps ragged, the header row is bold on a tint. A row is one unbreakable flow
/// line; a row taller than a page is cut into several rows.
/// </summary>
internal sealed class TableComposer(LayoutContext ctx, FlowBuilder flow)
{
    private const double Pad = 4;
    private const double Grid = 0.5;

    public void Table(Table table, double x, double width)
    {
        var rows = table.Header.Select(r => (Cells: r, Header: true)).Concat(table.Rows.Select(r => (Cells: r, Header: false))).ToList();
        var columns = rows.Count == 0 ? 0 : rows.Max(r => r.Cells.Count);
        if (columns == 0) return;

        var size = ctx.Style.Sizes.Body * 0.92;
        var leading = Math.Round(size * 1.3, 2);
        var body = ctx.BodyStyle with { Size = size };
        var widths = ColumnWidths(rows.Select(r => r.Cells).ToList(), columns, width, body);

        flow.Space(ctx.Style.Spacing.Paragraph * 1.5);
        flow.Begin(StructureTag.Table);
        var face = ctx.Fonts[ctx.FaceOf(body)];
        var baseline = FlowBuilder.HalfLeading(leading, face.Ascender * size, face.Descender * size);
        var maxLines = Math.Max(1, (int)((ctx.FrameHeight - 2 * Pad) / leading));
        for (var r = 0; r < rows.Count; r++)
        {
            var (cells, header) = rows[r];
            var style = header ? body.WithBold() : body;
            var set = new List<List<SetLine>>(columns);
            for (var c = 0; c < columns; c++)
            {
                var content = c < cells.Count ? cells[c] : [];
                var spans = InlineFlattener.Flatten(content, style, null, ctx.Link, BlockComposer.CodeScale);
                set.Add(ParagraphSetter.Set(ctx, spans, new ParagraphShape(widths[c] - 2 * Pad, Justify: false)));
            }
            var height = Math.Max(1, set.Max(s => s.Count));
            // Rows taller than a page are cut into page-sized rows.
            for (var from = 0; from < height; from += maxLines)
            {
                var count = Math.Min(maxLines, height - from);
                var line = Row(set, widths, x, from, count, leading, baseline, header, last: r == rows.Count - 1 && from + count >= height);
                // A header row never ends a page on its own.
                line.KeepWithPrevious |= r > 0 && rows[r - 1].Header || from > 0;
            }
        }
        flow.End();
        flow.Space(ctx.Style.Spacing.Paragraph * 1.5);
    }

    private FlowLine Row(List<List<SetLine>> cells, double[] widths, double x, int from, int count, double leading,
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
            for (var k = from; k < from + count && k < lines.Count; k++)
                foreach (var item in lines[k].Items)
                    items.Add(Place.Shift(item, cx + Pad, (k - from) * leading));
            items.Add(EndTag.Instance);
            cx += widths[c];
        }
        items.Add(EndTag.Instance);
        return flow.Line(rowHeight, Pad + baseline, items);
    }

    /// <summary>Widths proportional to each column's natural width, each at least its longest word (when the measure
    /// allows), summing to the measure.</summary>
    private double[] ColumnWidths(List<IReadOnlyList<IReadOnlyList<Inline>>> rows, int columns, double width, TextStyle style)
    {
        var natural = new double[columns];
        var minimum = new double[columns];
        foreach (var row in rows)
            for (var c = 0; c < row.Count; c++)
            {
                var text = Fonts.FontBook.Clean(Inlines.PlainText(row[c]));
                natural[c] = Math.Max(natural[c], ctx.Measure(text, style) + 2 * Pad);
                foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    minimum[c] = Math.Max(minimum[c], ctx.Measure(word, style) + 2 * Pad);
            }
        var share = width / columns;
        for (var c = 0; c < columns; c++)
        {
            natural[c] = Math.Max(natural[c], 3 * Pad);
            minimum[c] = Math.Min(Math.Max(minimum[c], 3 * Pad), share);
        }
        var sum = natural.Sum();
        var widths = natural.Select(n => width * n / sum).ToArray();
        // Columns below their minimum take it; the others give up width in proportion.
        var fixedWidth = 0.0;
        var flexible = 0.0;
        for (var c = 0; c < columns; c++)
        {
            if (widths[c] < minimum[c]) { widths[c] = minimum[c]; fixedWidth += minimum[c]; }
            else flexible += widths[c];
        }
        if (flexible > 0)
        {
            var scale = (width - fixedWidth) / flexible;
            for (var c = 0; c < columns; c++)
                if (widths[c] > minimum[c] || fixedWidth == 0) widths[c] *= scale;
        }
        return widths;
    }
}
