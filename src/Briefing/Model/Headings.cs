namespace Briefing.Model;

/// <summary>A heading: unique slug <see cref="Id"/> (anchor in PDF and EPUB), inline content and source line.</summary>
internal sealed record Heading(string Id, IReadOnlyList<Inline> Content, int Line = 0)
{
    /// <summary>The heading's name: its visible text without note citations.</summary>
    public string Text => Inlines.PlainText(Content, notes: false);

    /// <summary>A run-in label's name in an outline or contents: its run-in colon dropped ("Turkey:" → "Turkey").</summary>
    public string LabelName => Text.TrimEnd(':', ' ', '\u00A0', '\u202F') is { Length: > 0 } name ? name : Text;
}
