namespace Briefing.Model;

/// <summary>A heading: unique slug <see cref="Id"/> (anchor in PDF and EPUB), inline content and source line.</summary>
internal sealed record Heading(string Id, IReadOnlyList<Inline> Content, int Line = 0)
{
    /// <summary>The heading's name: its visible text without note citations.</summary>
    public string Text => Inlines.PlainText(Content, notes: false);

    /// <summary>A run-in label's name in an outline or contents: its run-in colon dropped ("Turkey:" → "Turkey").</summary>
    public string LabelName => Text.TrimEnd(':', ' ', '\u00A0', '\u202F') is { Length: > 0 } name ? name : Text;

    /// <summary>A label's content set as a heading of its own line (not run in): its run-in colon dropped, the rest
    /// (emphasis, links, notes) kept.</summary>
    public IReadOnlyList<Inline> StandingContent => LabelName == Text ? Content : WithoutColon(Content);

    private static IReadOnlyList<Inline> WithoutColon(IReadOnlyList<Inline> content)
    {
        // The colon ends the last run of text, perhaps inside emphasis; a note citation after it is kept after it.
        for (var i = content.Count - 1; i >= 0; i--)
        {
            switch (content[i])
            {
                case Link { Role: LinkRole.NoteReference }:
                    continue;
                case TextRun t when t.Text.TrimEnd(' ', '\u00A0', '\u202F') is var trimmed && trimmed.EndsWith(':'):
                    return [.. content.Take(i), new TextRun(trimmed[..^1].TrimEnd(' ', '\u00A0', '\u202F')), .. content.Skip(i + 1)];
                case Styled st:
                    return [.. content.Take(i), st with { Content = WithoutColon(st.Content) }, .. content.Skip(i + 1)];
                case Link l:
                    return [.. content.Take(i), l with { Content = WithoutColon(l.Content) }, .. content.Skip(i + 1)];
                default:
                    return content;
            }
        }
        return content;
    }
}
