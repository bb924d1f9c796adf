using Briefing.Layout.Breaking;

namespace Briefing.Tests.Typography;

/// <summary>Shared helpers for the typography tests.</summary>
internal static class TypographyFixtures
{
    /// <summary>The repository root (the folder holding Briefing.slnx).</summary>
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Briefing.slnx"))) return dir.FullName;
        throw new DirectoryNotFoundException("Briefing.slnx not found above " + AppContext.BaseDirectory);
    }

    /// <summary>TeX's finishing items: penalty(+inf), glue(0, inf stretch, 0), forced break.</summary>
    public static IEnumerable<BreakItem> Finish() =>
    [
        BreakItem.PenaltyItem(0, BreakItem.Infinity, false),
        BreakItem.Glue(0, BreakItem.Infinity, 0),
        BreakItem.PenaltyItem(0, -BreakItem.Infinity, false),
    ];

    /// <summary>Whether a break at <paramref name="b"/> is legal: glue after a box, or a penalty below +inf.</summary>
    public static bool IsLegalBreak(IReadOnlyList<BreakItem> items, int b) => items[b].Kind switch
    {
        ItemKind.Glue => b > 0 && items[b - 1].Kind == ItemKind.Box,
        ItemKind.Penalty => items[b].Penalty < BreakItem.Infinity,
        _ => b == items.Count - 1,
    };

    /// <summary>Natural width, stretch and shrink of each line, boxes' included (TeX's rule: glue and penalties after a
    /// break are dropped up to the next box or forced break; a penalty's width counts when broken at).</summary>
    public static List<(double Width, double Stretch, double Shrink, bool InfiniteStretch)> Lines(
        IReadOnlyList<BreakItem> items, IReadOnlyList<LineBreak> breaks)
    {
        var lines = new List<(double, double, double, bool)>();
        var start = 0;
        foreach (var br in breaks)
        {
            double w = 0, y = 0, z = 0, glyphShrink = 0;
            var inf = false;
            for (var i = start; i < br.Position; i++)
            {
                var it = items[i];
                if (it.Kind == ItemKind.Penalty) continue;
                w += it.Width;
                // Glue, and boxes under font expansion (pdfTeX: the glyphs' stretch adds to the line's).
                if (it.Stretch >= BreakItem.Infinity) inf = true; else y += it.Stretch;
                z += it.Shrink;
                if (it.Kind == ItemKind.Box) glyphShrink += it.Shrink;
            }
            var last = items[br.Position];
            if (last.Kind == ItemKind.Penalty) w += last.Width;
            else if (last.Kind == ItemKind.Box) (w, y, z, glyphShrink) = (w + last.Width, y + last.Stretch, z + last.Shrink, glyphShrink + last.Shrink);
            // A line with finishing glue (a paragraph's last) is never expanded: it shrinks by its spaces alone.
            if (inf) z -= glyphShrink;
            lines.Add((w, y, z, inf));
            start = br.Position + 1;
            while (start < items.Count && items[start].Kind != ItemKind.Box
                   && !(items[start].Kind == ItemKind.Penalty && items[start].Penalty <= -BreakItem.Infinity)) start++;
        }
        return lines;
    }
}
