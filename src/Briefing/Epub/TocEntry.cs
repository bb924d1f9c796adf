namespace Briefing.Epub;

/// <summary>One entry of the table of contents (nav toc and NCX): label, href from the package folder, children.</summary>
internal sealed record TocEntry(string Label, string Href)
{
    /// <summary>Sub-entries (sections under a chapter, labels under a section).</summary>
    public List<TocEntry> Children { get; } = [];

    /// <summary>Depth of this subtree (1 for a leaf).</summary>
    public int Depth => 1 + (Children.Count == 0 ? 0 : Children.Max(c => c.Depth));
}
