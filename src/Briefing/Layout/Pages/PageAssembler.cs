using Briefing.Layout.Flow;
using Briefing.Model;

namespace Briefing.Layout.Pages;

/// <summary>
/// Puts the cover, the front matter's and the body's paginated lines onto numbered pages with running header and
/// footer, and gathers what navigation needs: the page of every anchor, bookmarks and named destinations.
/// Pages that open a chapter (and the title page) carry no running header, as in a book.
/// </summary>
internal sealed class PageAssembler(LayoutContext ctx, Document document)
{
    /// <summary>Space above a heading that a bookmark or link shows.</summary>
    private const double DestinationMargin = 8;

    public LaidOutDocument Assemble(Cover? cover, List<List<PlacedLine>> front, List<List<PlacedLine>> body)
    {
        var total = (cover is null ? 0 : 1) + front.Count + body.Count;
        var pages = new List<LaidOutPage>(Math.Max(total, 1));
        var positions = new Dictionary<string, (int Page, double Y)>(StringComparer.Ordinal);
        var outline = new List<OutlineEntry>();
        var furniture = new Furniture(ctx);
        var title = document.Metadata.Title;

        if (cover is not null)
        {
            pages.Add(new LaidOutPage(1, ctx.PageWidth, ctx.PageHeight, cover.Items));
            foreach (var (id, y) in cover.Anchors) positions.TryAdd(id, (1, y));
        }

        var chapter = "";
        void AddPages(List<List<PlacedLine>> list, bool titlePageFirst)
        {
            for (var p = 0; p < list.Count; p++)
            {
                var number = pages.Count + 1;
                var lines = list[p];
                var opening = (titlePageFirst && p == 0) || (lines.Count > 0 && lines[0].Line.Chapter is not null);
                foreach (var placed in lines)
                    if (placed.Line.Chapter is { } c) { chapter = c; break; }

                var items = new List<PageItem>();
                if (!opening) items.AddRange(furniture.Header(title, chapter, number, total));
                foreach (var (line, top) in lines)
                {
                    var y = ctx.FrameTop + top;
                    foreach (var id in line.Anchors ?? []) positions.TryAdd(id, (number, y));
                    foreach (var (text, level, anchor) in line.Outline ?? [])
                        outline.Add(new OutlineEntry(text, level, anchor, number, Math.Max(0, y - DestinationMargin)));
                    var dy = y + line.Baseline;
                    foreach (var item in line.Items) items.Add(Place.Shift(item, ctx.FrameLeft, dy));
                }
                // The last chapter begun on this page names the pages after it.
                foreach (var placed in lines)
                    if (placed.Line.Chapter is { } c) chapter = c;
                items.AddRange(furniture.Footer(title, chapter, number, total));
                pages.Add(new LaidOutPage(number, ctx.PageWidth, ctx.PageHeight, items));
            }
        }
        AddPages(front, titlePageFirst: cover is null);
        AddPages(body, titlePageFirst: false);
        if (pages.Count == 0) pages.Add(new LaidOutPage(1, ctx.PageWidth, ctx.PageHeight, []));

        var destinations = new List<Destination>();
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in outline)
            if (named.Add(entry.Anchor)) destinations.Add(new Destination(entry.Anchor, entry.Page, entry.Y));
        foreach (var page in pages)
            foreach (var item in page.Items)
                if (item is BeginTag { Link.Anchor: { } target } && named.Add(target) && positions.TryGetValue(target, out var at))
                    destinations.Add(new Destination(target, at.Page, Math.Max(0, at.Y - DestinationMargin)));

        var pageOf = positions.ToDictionary(kv => kv.Key, kv => kv.Value.Page, StringComparer.Ordinal);
        return new LaidOutDocument(pages, pageOf, ctx.Fonts.Paths, outline, destinations, Info(document), [.. ctx.Warnings],
            [.. ctx.Fonts.Missing]);
    }

    private static DocumentInfo Info(Document document)
    {
        var m = document.Metadata;
        var lede = BodyText.Blocks(document.Lede).FirstOrDefault(t => t.Trim().Length > 0) ?? "";
        return new DocumentInfo(m.Title, m.Author ?? "", FirstSentence(lede), string.Join(", ", m.KeywordList), m.Language);
    }

    /// <summary>The first sentence of a text (up to 300 characters).</summary>
    internal static string FirstSentence(string text)
    {
        var t = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        for (var i = 0; i < t.Length - 1; i++)
            if (t[i] is '.' or '?' or '!' && t[i + 1] == ' ' && i > 20) { t = t[..(i + 1)]; break; }
        return t.Length <= 300 ? t : t[..299].TrimEnd() + "\u2026";
    }
}
