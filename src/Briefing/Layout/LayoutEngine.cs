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

    /// <summary>The longest contents (in pages) that is set tighter to save its last page.</summary>
    private const int MaxTightenedContentsPages = 3;

    /// <summary>Lays out the whole document for a paper size ("a4" or "letter").</summary>
    public static LaidOutDocument Layout(Document document, Style style, string paper)
    {
        var ctx = new LayoutContext(style, paper, document.Metadata.Language, DocumentAnchors.Ids(document));
        if (ctx.Unhyphenated is { } why)
        {
            var at = document.Metadata.LanguageAt ?? new SourcePlace(document.Report.SourcePath, 0);
            ctx.Warnings.Add(new Diagnostic(at.File, at.Line, why));
        }

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
        var titleBlock = cover is null;
        var lede = cover is null || !cover.HasLede;
        var spacing = ContentsSpacing(ctx, composer, document, titleBlock, lede);
        var assumed = 1;
        List<List<PlacedLine>> front = [];
        for (var pass = 0; pass < MaxFrontPasses; pass++)
        {
            var offset = coverPages + assumed;
            var cited = false;   // front matter that cites no page (no contents) is final after one pass
            var flow = composer.Compose(document, titleBlock, lede,
                id => { cited = true; return bodyPageOf.TryGetValue(id, out var p) ? offset + p + 1 : offset + 1; }, spacing);
            front = Paginator.Paginate(flow.Items, ctx.FrameHeight);
            if (front.Count == assumed || !cited) return front;
            if (front.Count < assumed && pass > 0) break;
            assumed = front.Count;
        }
        while (front.Count < assumed) front.Add([]);
        return front;
    }

    /// <summary>
    /// The contents' line spacing (a share of the style's): 1, unless the contents runs a few lines onto a page of its
    /// own that a spacing down to <see cref="FrontComposer.TightestContents"/> would save — then the loosest spacing
    /// that still saves it, so the page is full rather than cramped. A briefing's contents then fits on one page.
    /// </summary>
    private static double ContentsSpacing(LayoutContext ctx, FrontComposer composer, Document document, bool titleBlock, bool lede)
    {
        // Heights do not depend on the numbers printed (their column is at least four digits wide).
        int Pages(double spacing)
        {
            var flow = composer.Compose(document, titleBlock, lede, _ => 1, spacing);
            if (flow.ContentsStart < 0) return 0;
            return Paginator.Paginate(flow.Items[flow.ContentsStart..], ctx.FrameHeight).Count;
        }

        var loose = Pages(1);
        if (loose < 2 || loose > MaxTightenedContentsPages) return 1;
        double saves = FrontComposer.TightestContents, spills = 1;
        if (Pages(saves) >= loose) return 1;
        for (var step = 0; step < 5; step++)
        {
            var mid = (saves + spills) / 2;
            if (Pages(mid) < loose) saves = mid;
            else spills = mid;
        }
        return saves;
    }
}
