using Briefing.Model;
using Briefing.Styles;

namespace Briefing.Layout;

/// <summary>Typesets a document into positioned pages. Knows nothing of PDF.</summary>
public static class LayoutEngine
{
    /// <summary>Lays out the whole document for a paper size.</summary>
    public static LaidOutDocument Layout(Document document, Style style, string paper) =>
        throw new NotImplementedException("layout engine: in progress");
}

/// <summary>The result of layout: pages of positioned items plus what links and navigation need.</summary>
public sealed record LaidOutDocument(int PageCount, IReadOnlyDictionary<string, int> PageOfAnchor);
