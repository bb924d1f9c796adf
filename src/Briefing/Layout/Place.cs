namespace Briefing.Layout;

/// <summary>Moves page items: layout builds them relative to a line and places them on the page at the end.</summary>
internal static class Place
{
    /// <summary>The item moved by (dx, dy); tags without geometry are returned as they are.</summary>
    public static PageItem Shift(PageItem item, double dx, double dy) => item switch
    {
        TextItem t => t with { X = t.X + dx, Y = t.Y + dy },
        RuleItem r => r with { X1 = r.X1 + dx, X2 = r.X2 + dx, Y1 = r.Y1 + dy, Y2 = r.Y2 + dy },
        BoxItem b => b with { X = b.X + dx, Y = b.Y + dy },
        ImageItem i => i with { X = i.X + dx, Y = i.Y + dy },
        BeginTag { Link: { } l } tag => tag with { Link = l with { X = l.X + dx, Y = l.Y + dy } },
        _ => item,
    };

    /// <summary>An artifact holding one decorative item.</summary>
    public static IEnumerable<PageItem> Artifact(params PageItem[] items)
    {
        yield return new BeginTag(StructureTag.Artifact);
        foreach (var i in items) yield return i;
        yield return EndTag.Instance;
    }
}
