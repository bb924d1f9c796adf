using Briefing.Layout.Fonts;
using Briefing.Layout.Text;
using Briefing.Model;

namespace Briefing.Layout.Flow;

/// <summary>What the cover holds.</summary>
/// <param name="Items">The page's items.</param>
/// <param name="Anchors">Anchor ids on the cover (the lede's paragraphs) with their y.</param>
/// <param name="HasLede">Whether the lede fitted; if not, the front matter sets it.</param>
internal sealed record Cover(List<PageItem> Items, List<(string Id, double Y)> Anchors, bool HasLede);

/// <summary>
/// The cover: a band in the cover colour with the kind line, title and subtitle set large; an accent stripe; the
/// date, publisher and author; then the lede as a summary, when it fits on the page.
/// </summary>
internal sealed class CoverComposer(LayoutContext ctx)
{
    /// <summary>Lays out the document's cover.</summary>
    public Cover Compose(Document document)
    {
        var meta = document.Metadata;
        var sizes = ctx.Style.Sizes;
        var left = ctx.FrameLeft;
        var width = ctx.FrameWidth;
        var pageWidth = ctx.PageWidth;
        var pageHeight = ctx.PageHeight;
        var onBand = ctx.CoverText;
        var soft = onBand.Mix(ctx.CoverBackground, 0.22);

        var kindStyle = new TextStyle(Family.Heading, true, false, sizes.Small + 1.5, soft);
        var kindBaseline = Math.Max(ctx.FrameTop, kindStyle.Size * 2);
        var bottomPad = Math.Min(48, pageHeight * 0.05);
        var maxBand = pageHeight * 0.8;

        // The title and subtitle are set at their sizes, or smaller until they fit the band.
        var scale = 1.0;
        List<SetLine> titleLines, subtitleLines;
        double titleLeading, subtitleLeading, blockHeight;
        while (true)
        {
            var titleStyle = new TextStyle(Family.Heading, true, false, sizes.Title * scale, onBand);
            var subtitleStyle = new TextStyle(Family.Heading, false, false, sizes.Subtitle * scale, soft);
            titleLines = Set(meta.Title, titleStyle, StructureTag.Heading1, width);
            subtitleLines = meta.Subtitle is { Length: > 0 } st ? Set(st, subtitleStyle, StructureTag.Paragraph, width) : [];
            titleLeading = titleStyle.Size * 1.12;
            subtitleLeading = subtitleStyle.Size * 1.3;
            blockHeight = titleLines.Count * titleLeading + (subtitleLines.Count > 0 ? 10 + subtitleLines.Count * subtitleLeading : 0);
            if (kindBaseline + 36 + blockHeight + bottomPad <= maxBand || scale < 0.1) break;
            scale *= 0.85;
        }
        var band = Math.Min(Math.Max(pageHeight * 0.46, kindBaseline + 36 + blockHeight + bottomPad), maxBand);

        var items = new List<PageItem> { new BeginTag(StructureTag.Section) };
        items.AddRange(Place.Artifact(
            new BoxItem(0, 0, pageWidth, band, ctx.CoverBackground),
            new BoxItem(0, band, pageWidth, 5, ctx.Accent),
            new RuleItem(left, kindBaseline + 12, left + 36, kindBaseline + 12, 2.4, ctx.Accent.Mix(onBand, 0.35))));
        AddLines(items, Set(ctx.Words.Briefing.ToUpperInvariant(), kindStyle, StructureTag.Paragraph, width), left, kindBaseline, 0);

        // The title block sits on the band's lower edge, as on a report cover.
        var y = band - bottomPad - blockHeight + titleLeading * 0.8;
        AddLines(items, titleLines, left, y, titleLeading);
        y += (titleLines.Count - 1) * titleLeading;
        if (subtitleLines.Count > 0)
        {
            y += 10 + subtitleLeading;
            AddLines(items, subtitleLines, left, y, subtitleLeading);
        }

        // Date, publisher and author sit at the foot of the page, where the footer is on other pages. They are drawn
        // after the lede, so the tag tree reads the page top to bottom.
        var bottom = pageHeight - ctx.Style.Margins.Bottom;
        var foot = new List<PageItem>();
        if (MetaLine(meta) is { } line)
        {
            var metaStyle = new TextStyle(Family.Heading, false, false, sizes.Small + 1, ctx.Muted);
            var baseline = Math.Min(pageHeight - ctx.Style.Margins.Bottom * 0.5 + metaStyle.Size * 0.35, pageHeight - metaStyle.Size);
            var ruleY = baseline - metaStyle.Size * 1.6;
            foot.AddRange(Place.Artifact(new RuleItem(left, ruleY, left + width, ruleY, 0.5, ctx.RuleColour)));
            AddLines(foot, Set(line, metaStyle, StructureTag.Paragraph, width), left, baseline, metaStyle.Size * 1.4);
            bottom = Math.Min(bottom, ruleY - 12);
        }

        var anchors = new List<(string, double)>();
        var hasLede = document.Lede.Count > 0 && Lede(document, items, anchors, left, band + 5 + 34, bottom);
        items.AddRange(foot);
        items.Add(EndTag.Instance);
        return new Cover(items, anchors, hasLede || document.Lede.Count == 0);
    }

    /// <summary>Sets the lede under a small "Summary" head if it fits above <paramref name="bottom"/>.</summary>
    private bool Lede(Document document, List<PageItem> items, List<(string, double)> anchors, double left, double top, double bottom)
    {
        var flow = new FlowBuilder();
        // The lede is the cover's standfirst: a size up from the body, on a wider pitch, ragged and unhyphenated.
        var standfirst = ctx.BodyStyle with { Size = ctx.Style.Sizes.Body + 1 };
        var leading = Math.Round(ctx.Leading * (standfirst.Size / ctx.BodyStyle.Size) * 1.04, 2);
        // A lede with more characters than the space could hold even at a tenth of an em each is not set at all:
        // a scrape whose lede is a whole book must not be composed only to find it does not fit.
        var capacity = Math.Max(0, bottom - top) / leading * (ctx.FrameWidth / (0.1 * standfirst.Size));
        if (BodyText.Blocks(document.Lede).Sum(t => (double)t.Length) > capacity) return false;
        var blocks = new BlockComposer(ctx, flow, standfirst, leading, ragged: true);
        var headStyle = new TextStyle(Family.Heading, true, false, ctx.Style.Sizes.Small + 1.5, ctx.Accent);
        blocks.HeadingLines(Inlines.Text(ctx.Words.Summary.ToUpperInvariant()), headStyle, StructureTag.Heading2, null, 0, ctx.FrameWidth, headStyle.Size * 1.6);
        flow.Space(2);
        blocks.Blocks(document.Lede, 0, ctx.FrameWidth);
        flow.Finish();

        var placed = new List<(FlowLine Line, double Top)>();
        var y = top;
        foreach (var item in flow.Items)
        {
            if (item is FlowSpace s) { if (placed.Count > 0) y += s.Height; continue; }
            if (item is not FlowLine line) continue;
            placed.Add((line, y));
            y += line.Height;
        }
        if (y > bottom) return false;
        foreach (var (line, lineTop) in placed)
        {
            foreach (var item in line.Items) items.Add(Place.Shift(item, left, lineTop + line.Baseline));
            foreach (var id in line.Anchors ?? []) anchors.Add((id, lineTop));
        }
        return true;
    }

    private List<SetLine> Set(string text, TextStyle style, StructureTag tag, double width) =>
        ParagraphSetter.Set(ctx, [new Span(text, style, null, tag, Hyphenate: false)], new ParagraphShape(width, Justify: false));

    private static void AddLines(List<PageItem> items, List<SetLine> lines, double x, double firstBaseline, double leading)
    {
        for (var i = 0; i < lines.Count; i++)
            foreach (var item in lines[i].Items)
                items.Add(Place.Shift(item, x, firstBaseline + i * leading));
    }

    /// <summary>"15 January 2025 · Publisher · Author", from what the metadata has; null when it has none.</summary>
    public static string? MetaLine(Metadata meta)
    {
        var parts = new List<string>();
        if (meta.WrittenDate is { } d) parts.Add(d);
        if (meta.Publisher is { Length: > 0 } p) parts.Add(p);
        if (meta.Author is { Length: > 0 } a && a != meta.Publisher) parts.Add(a);
        return parts.Count == 0 ? null : string.Join("  \u00B7  ", parts);
    }
}
