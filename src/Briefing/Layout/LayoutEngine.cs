using Briefing.Layout.Flow;
using Briefing.Layout.Pages;
using Briefing.Model;
using Briefing.Styles;

namespace Briefing.Layout;

/// <summary>
/// Typesets a document into positioned pages. Knows nothing of PDF.
/// Order of work: the body is composed and paginated once (it starts on a fresh page, so nothing before it moves
/// it); the cover is set; then the front matter (contents) is set with page numbers that assume it takes N pages,
/// and set again until it does — so every number printed is known before anything is drawn.
/// </summary>
internal static class LayoutEngine
{
    private const int MaxFrontPasses = 8;

    /// <summary>Lays out the whole document for a paper size ("a4" or "letter").</summary>
    public static LaidOutDocument Layout(Document document, Style style, string paper)
    {
        var ctx = new LayoutContext(style, paper, document.Metadata.Language, AnchorIds(document));

        var body = Paginator.Paginate(new BodyComposer(ctx).Compose(document), ctx.FrameHeight);
        var bodyPageOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var p = 0; p < body.Count; p++)
            foreach (var placed in body[p])
                foreach (var id in placed.Line.Anchors ?? [])
                    bodyPageOf.TryAdd(id, p);

        var cover = style.Cover ? new CoverComposer(ctx).Compose(document) : null;
        var coverPages = cover is null ? 0 : 1;
        var front = FrontMatter(ctx, document, cover, coverPages, bodyPageOf);

        return new PageAssembler(ctx, document).Assemble(cover, front, body);
    }

    /// <summary>Sets the front matter until the page count its numbers assume is the count it takes; pads with blank
    /// pages in the rare case that fewer pages would make the numbers wrong again.</summary>
    private static List<List<PlacedLine>> FrontMatter(LayoutContext ctx, Document document, Cover? cover, int coverPages,
        Dictionary<string, int> bodyPageOf)
    {
        var composer = new FrontComposer(ctx);
        var assumed = 1;
        List<List<PlacedLine>> front = [];
        for (var pass = 0; pass < MaxFrontPasses; pass++)
        {
            var offset = coverPages + assumed;
            var cited = false;   // front matter that cites no page (no contents) is final after one pass
            var flow = composer.Compose(document, titleBlock: cover is null, lede: cover is null || !cover.HasLede,
                id => { cited = true; return bodyPageOf.TryGetValue(id, out var p) ? offset + p + 1 : offset + 1; });
            front = Paginator.Paginate(flow, ctx.FrameHeight);
            if (front.Count == assumed || !cited) return front;
            if (front.Count < assumed && pass > 0) break;
            assumed = front.Count;
        }
        while (front.Count < assumed) front.Add([]);
        return front;
    }

    /// <summary>Every id a link may target: headings and paragraphs, anywhere in the document.</summary>
    private static HashSet<string> AnchorIds(Document document)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        void Blocks(IEnumerable<Block> blocks)
        {
            var stack = new Stack<Block>(blocks);
            while (stack.Count > 0)
            {
                switch (stack.Pop())
                {
                    case Paragraph p: ids.Add(p.Id); break;
                    case Label l: ids.Add(l.Heading.Id); foreach (var b in l.Blocks) stack.Push(b); break;
                    case BulletList list: foreach (var i in list.Items) stack.Push(i); break;
                    case ListItem item: foreach (var b in item.Blocks) stack.Push(b); break;
                    case Quote q: foreach (var b in q.Blocks) stack.Push(b); break;
                }
            }
        }
        Blocks(document.Lede);
        foreach (var chapter in document.Chapters)
        {
            ids.Add(chapter.Heading.Id);
            Blocks(chapter.Blocks);
            foreach (var section in chapter.Sections)
            {
                ids.Add(section.Heading.Id);
                Blocks(section.Blocks);
            }
        }
        if (document.Faq is { } faq)
        {
            ids.Add(faq.Heading.Id);
            foreach (var entry in faq.Entries)
            {
                ids.Add(entry.Question.Id);
                Blocks(entry.Answer);
            }
        }
        return ids;
    }
}
