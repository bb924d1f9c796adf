using System.Globalization;
using Briefing.Layout.Fonts;
using Briefing.Layout.Text;
using Briefing.Styles;

namespace Briefing.Layout.Pages;

/// <summary>
/// Running header and footer, drawn as artifacts from the style's three-slot templates ({title}, {chapter}, {page},
/// {pages}). Each sits in the middle of its margin; a margin too small to hold a line of small print gets none.
/// Slots too long for their share of the width are shortened with an ellipsis.
/// </summary>
internal sealed class Furniture(LayoutContext ctx)
{
    private TextStyle Small => new(Family.Heading, false, false, ctx.Style.Sizes.Small, ctx.Muted);

    /// <summary>Header items for a page.</summary>
    public IEnumerable<PageItem> Header(string title, string chapter, int page, int pages)
    {
        var small = Small;
        var top = ctx.Style.Margins.Top;
        if (top < small.Size * 3) return [];
        var baseline = top * 0.5 + small.Size * 0.35;
        var items = Slots(ctx.Style.Header, title, chapter, page, pages, baseline);
        if (items.Count == 0) return [];
        var ruleY = baseline + small.Size * 0.6;
        items.Add(new RuleItem(ctx.FrameLeft, ruleY, ctx.FrameLeft + ctx.FrameWidth, ruleY, 0.4, ctx.RuleColour));
        return Place.Artifact([.. items]);
    }

    /// <summary>Footer items for a page.</summary>
    public IEnumerable<PageItem> Footer(string title, string chapter, int page, int pages)
    {
        var small = Small;
        var bottom = ctx.Style.Margins.Bottom;
        if (bottom < small.Size * 3) return [];
        var baseline = ctx.PageHeight - bottom * 0.5 + small.Size * 0.35;
        var items = Slots(ctx.Style.Footer, title, chapter, page, pages, baseline);
        return items.Count == 0 ? [] : Place.Artifact([.. items]);
    }

    private List<PageItem> Slots(Styles.Furniture template, string title, string chapter, int page, int pages, double baseline)
    {
        var small = Small;
        var width = ctx.FrameWidth;
        // The bundled footer is English: a document in a language we have words for gets its own.
        string Expand(string? t) => (t == Model.Wording.English.PageOfPages ? ctx.Words.PageOfPages : t ?? "")
            .Replace("{title}", title, StringComparison.Ordinal)
            .Replace("{chapter}", chapter, StringComparison.Ordinal)
            .Replace("{page}", page.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{pages}", pages.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal).Trim();
        var left = Expand(template.Left);
        var center = Expand(template.Center);
        var right = Expand(template.Right);

        var items = new List<PageItem>();
        var centerWidth = 0.0;
        if (center.Length > 0)
        {
            center = Fit(center, small, width * 0.5);
            centerWidth = ctx.Measure(center, small);
            Add(items, center, ctx.FrameLeft + (width - centerWidth) / 2, baseline);
        }
        // Side slots share what the centre leaves; the left (usually the title) gets the larger part.
        var side = center.Length > 0 ? (width - centerWidth) / 2 - 12 : width - 18;
        if (right.Length > 0)
        {
            var leftWanted = left.Length > 0 ? ctx.Measure(left, small) : 0;
            var rightMax = center.Length > 0 ? side : Math.Max(side * 0.45, side - leftWanted);
            right = Fit(right, small, rightMax);
        }
        var rightWidth = right.Length > 0 ? ctx.Measure(right, small) : 0;
        if (left.Length > 0)
        {
            left = Fit(left, small, center.Length > 0 ? side : side - rightWidth);
            Add(items, left, ctx.FrameLeft, baseline);
        }
        if (right.Length > 0) Add(items, right, ctx.FrameLeft + width - rightWidth, baseline);
        return items;
    }

    private void Add(List<PageItem> items, string text, double x, double baseline)
    {
        if (text.Length == 0) return;
        var small = Small;
        foreach (var run in ctx.Fonts.Runs(text, ctx.FaceOf(small), small.Size))
        {
            items.Add(run.Item(small.Size, small.Colour, x, baseline));
            x += run.Width;
        }
    }

    /// <summary>The text, or as much of it as fits <paramref name="max"/> followed by an ellipsis.</summary>
    private string Fit(string text, TextStyle style, double max)
    {
        if (ctx.Measure(text, style) <= max) return text;
        if (max <= 0) return "";
        int lo = 0, hi = text.Length;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (ctx.Measure(Cut(text, mid), style) <= max) lo = mid; else hi = mid - 1;
        }
        return lo == 0 ? "" : Cut(text, lo);
    }

    private static string Cut(string text, int length)
    {
        if (length > 0 && length < text.Length && char.IsHighSurrogate(text[length - 1])) length--;
        return text[..length].TrimEnd() + "\u2026";
    }
}
