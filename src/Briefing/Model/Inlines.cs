namespace Briefing.Model;

/// <summary>A run of inline content inside a paragraph, heading or list item.</summary>
internal abstract record Inline;

/// <summary>Plain text. May contain soft hyphens (U+00AD), which are break hints, never drawn.</summary>
internal sealed record TextRun(string Text) : Inline;

/// <summary>Content set apart by its look; walks over inlines look through it whatever the kind.</summary>
internal abstract record Styled(IReadOnlyList<Inline> Content) : Inline;

/// <summary>Emphasised (italic) content.</summary>
internal sealed record Emphasis(IReadOnlyList<Inline> Content) : Styled(Content);

/// <summary>Strongly emphasised (bold) content.</summary>
internal sealed record Strong(IReadOnlyList<Inline> Content) : Styled(Content);

/// <summary>Struck-through content: deleted text, shown as such (a rule through it, &lt;del&gt;).</summary>
internal sealed record Strikethrough(IReadOnlyList<Inline> Content) : Styled(Content);

/// <summary>Subscript content (the 2 of H₂O): smaller, below the baseline.</summary>
internal sealed record Subscript(IReadOnlyList<Inline> Content) : Styled(Content);

/// <summary>Superscript content (the 2 of x²): smaller, above the baseline.</summary>
internal sealed record Superscript(IReadOnlyList<Inline> Content) : Styled(Content);

/// <summary>Inline code, set in the monospace face.</summary>
internal sealed record CodeSpan(string Text) : Inline;

/// <summary>A hyperlink.</summary>
/// <param name="Target">An absolute http(s)/mailto URL, or "#id" for an in-document anchor.</param>
/// <param name="Content">The linked text.</param>
/// <param name="Role">What the link does between the text and its notes (named as such in the EPUB).</param>
internal sealed record Link(string Target, IReadOnlyList<Inline> Content, LinkRole Role = LinkRole.Plain) : Inline;

/// <summary>A link's part in the apparatus: a citation of a note, or a note's way back to its citation.</summary>
internal enum LinkRole { Plain, NoteReference, NoteBack }

/// <summary>A forced line break inside a block.</summary>
internal sealed record LineBreak : Inline;

/// <summary>Helpers over inline trees.</summary>
internal static class Inlines
{
    /// <summary>Wraps plain text as a single-run inline list.</summary>
    public static IReadOnlyList<Inline> Text(string text) => [new TextRun(text)];

    /// <summary>Text whose '\n' are forced line breaks (the lines of verse), added to <paramref name="to"/>.</summary>
    public static List<Inline> TextWithBreaks(string text, List<Inline>? to = null)
    {
        to ??= [];
        var lines = text.Split('\n');
        for (var k = 0; k < lines.Length; k++)
        {
            if (k > 0) to.Add(new LineBreak());
            if (lines[k].Length > 0 || lines.Length == 1) to.Add(new TextRun(lines[k]));
        }
        return to;
    }

    /// <summary>The inlines without their note citations: what contents entries show of a heading.</summary>
    public static IReadOnlyList<Inline> WithoutNotes(IReadOnlyList<Inline> inlines)
    {
        if (!inlines.Any(Cites)) return inlines;
        return inlines.Where(i => i is not Link { Role: LinkRole.NoteReference }).Select(i => i switch
        {
            Styled s => s with { Content = WithoutNotes(s.Content) },
            Link l => l with { Content = WithoutNotes(l.Content) },
            _ => i,
        }).ToList();
    }

    private static bool Cites(Inline inline)
    {
        var stack = new Stack<Inline>([inline]);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case Link { Role: LinkRole.NoteReference }: return true;
                case Styled s: foreach (var i in s.Content) stack.Push(i); break;
                case Link l: foreach (var i in l.Content) stack.Push(i); break;
            }
        }
        return false;
    }

    /// <summary>The visible text of inlines, soft hyphens removed, line breaks as spaces; without note citations when
    /// <paramref name="notes"/> is false (a heading's name in the contents, outline and running head is its words).</summary>
    public static string PlainText(IEnumerable<Inline> inlines, bool notes = true)
    {
        var sb = new System.Text.StringBuilder();
        // Explicit stack: emphasis nested thousands deep must not overflow the thread's stack.
        var stack = new Stack<IEnumerator<Inline>>();
        stack.Push(inlines.GetEnumerator());
        while (stack.Count > 0)
        {
            var it = stack.Peek();
            if (!it.MoveNext()) { stack.Pop().Dispose(); continue; }
            switch (it.Current)
            {
                case TextRun t: sb.Append(t.Text); break;
                case CodeSpan c: sb.Append(c.Text); break;
                case Styled st: stack.Push(st.Content.GetEnumerator()); break;
                case Link { Role: LinkRole.NoteReference } when !notes: break;
                case Link l: stack.Push(l.Content.GetEnumerator()); break;
                case LineBreak: sb.Append(' '); break;
            }
        }
        return sb.ToString().Replace("\u00AD", "", StringComparison.Ordinal);
    }
}
