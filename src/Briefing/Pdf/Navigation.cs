using Briefing.Layout;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace Briefing.Pdf;

/// <summary>Bookmarks and named destinations, added once every page exists (PDFsharp resolves page numbers at once
/// and silently clamps to the last existing page).</summary>
internal static class Navigation
{
    /// <summary>Adds the outline tree (chapters → sections → labels, chapters closed) and one named destination per
    /// heading and per in-document link target.</summary>
    public static void Add(PdfDocument document, LaidOutDocument layout)
    {
        // PDFsharp inserts names into a sorted array by linear search from the front; feeding them in descending
        // order makes every insertion stop at the first element, so this stays linear in practice.
        foreach (var d in layout.Destinations.OrderByDescending(d => d.Name, StringComparer.Ordinal))
        {
            var height = layout.Pages[d.Page - 1].Height;
            document.AddNamedDestination(d.Name, d.Page, PdfNamedDestinationParameters.CreatePosition(null, height - d.Y));
        }

        var open = new Stack<(int Level, PdfOutline Outline)>();
        foreach (var entry in layout.Outline)
        {
            while (open.Count > 0 && open.Peek().Level >= entry.Level) open.Pop();
            var parent = open.Count == 0 ? document.Outlines : open.Peek().Outline.Outlines;
            var page = document.Pages[entry.Page - 1];
            // Bookmark titles are PDF strings (escaped by PDFsharp), so only control characters need to go.
            var title = new string(entry.Title.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
            var outline = parent.Add(title, page, false);
            outline.PageDestinationType = PdfPageDestinationType.Xyz;
            outline.Top = layout.Pages[entry.Page - 1].Height - entry.Y;
            open.Push((entry.Level, outline));
        }
    }
}
