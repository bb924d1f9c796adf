namespace Briefing.Model;

/// <summary>A heading: unique slug <see cref="Id"/> (anchor in PDF and EPUB), inline content and source line.</summary>
internal sealed record Heading(string Id, IReadOnlyList<Inline> Content, int Line = 0)
{
    /// <summary>The heading's visible text.</summary>
    public string Text => Inlines.PlainText(Content);
}
