using System.Text;
using Briefing.Layout;

namespace Briefing.Tests.Layout;

/// <summary>A drawn item with the page it is on and the structure elements open around it (outermost first).</summary>
internal sealed record Drawn(int Page, PageItem Item, IReadOnlyList<BeginTag> Open);

/// <summary>A line of text on a page: its baseline and its text (items joined in x order).</summary>
internal sealed record TextLine(int Page, double Baseline, double Left, double Right, string Text, IReadOnlyList<TextItem> Items);

/// <summary>Reads a <see cref="LaidOutDocument"/> the way the PDF stage replays it: page by page, tags in order.</summary>
internal static class LayoutReader
{
    /// <summary>Every drawn item with the tags open around it; throws when the tag sequence is not well nested.</summary>
    public static List<Drawn> Walk(LaidOutDocument layout)
    {
        var open = new List<BeginTag>();
        var drawn = new List<Drawn>();
        foreach (var page in layout.Pages)
            foreach (var item in page.Items)
            {
                switch (item)
                {
                    case BeginTag b: open.Add(b); break;
                    case EndTag:
                        if (open.Count == 0) throw new InvalidOperationException($"page {page.Number}: end tag with nothing open");
                        open.RemoveAt(open.Count - 1);
                        break;
                    default: drawn.Add(new Drawn(page.Number, item, open.ToArray())); break;
                }
            }
        if (open.Count > 0) throw new InvalidOperationException($"{open.Count} elements left open: {string.Join(", ", open.Select(o => o.Tag))}");
        return drawn;
    }

    /// <summary>The lines of text on a page, top to bottom (items sharing a baseline form a line).</summary>
    public static List<TextLine> Lines(LaidOutDocument layout, int page, Func<Drawn, bool>? filter = null)
    {
        var texts = Walk(layout).Where(d => d.Page == page && d.Item is TextItem && (filter?.Invoke(d) ?? true))
            .Select(d => (TextItem)d.Item).ToList();
        return texts.GroupBy(t => Math.Round(t.Y, 1)).OrderBy(g => g.Key).Select(g =>
        {
            var items = g.OrderBy(t => t.X).ToList();
            var sb = new StringBuilder();
            TextItem? previous = null;
            foreach (var t in items)
            {
                if (previous is not null && t.X - (previous.X + previous.Width) > t.Size * 0.1) sb.Append(' ');
                sb.Append(t.Text);
                previous = t;
            }
            return new TextLine(page, g.Key, items[0].X, items.Max(t => t.X + t.Width), sb.ToString(), items);
        }).ToList();
    }

    /// <summary>True when the item is page furniture or decoration.</summary>
    public static bool IsArtifact(Drawn d) => d.Open.Any(o => o.Tag == StructureTag.Artifact);

    /// <summary>The text of every element of a kind, in order, with the page its first text is on.</summary>
    public static List<(string Text, int Page, BeginTag Tag)> Elements(LaidOutDocument layout, StructureTag tag)
    {
        var result = new List<(string, int, BeginTag)>();
        var open = new List<(BeginTag Tag, StringBuilder Text, int Page)>();
        foreach (var page in layout.Pages)
            foreach (var item in page.Items)
            {
                switch (item)
                {
                    case BeginTag b: open.Add((b, new StringBuilder(), 0)); break;
                    case EndTag:
                        var closed = open[^1];
                        open.RemoveAt(open.Count - 1);
                        if (closed.Tag.Tag == tag) result.Add((closed.Text.ToString().Trim(), closed.Page, closed.Tag));
                        break;
                    case TextItem t:
                        if (open.Any(o => o.Tag.Tag == StructureTag.Artifact)) break;
                        for (var i = 0; i < open.Count; i++)
                        {
                            var o = open[i];
                            if (o.Text.Length > 0 && !char.IsWhiteSpace(o.Text[^1]) && !t.Text.StartsWith(' ')) o.Text.Append(' ');
                            o.Text.Append(t.Text);
                            if (o.Page == 0) open[i] = (o.Tag, o.Text, page.Number);
                        }
                        break;
                }
            }
        return result;
    }
}
