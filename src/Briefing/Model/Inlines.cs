namespace Briefing.Model;

/// <summary>A run of inline content inside a paragraph, heading or list item.</summary>
internal abstract record Inline;

/// <summary>Plain text. May contain soft hyphens (U+00AD), which are break hints, never drawn.</summary>
internal sealed record TextRun(string Text) : Inline;

/// <summary>Emphasised (italic) content.</summary>
internal sealed record Emphasis(IReadOnlyList<Inline> Content) : Inline;

/// <summary>Strongly emphasised (bold) content.</summary>
internal sealed record Strong(IReadOnlyList<Inline> Content) : Inline;

/// <summary>Inline code, set in the monospace face.</summary>
internal sealed record CodeSpan(string Text) : Inline;

/// <summary>A hyperlink. <see cref="Target"/> is an absolute http(s)/mailto URL or "#id" for an in-document anchor.</summary>
internal sealed record Link(string Target, IReadOnlyList<Inline> Content) : Inline;

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

    /// <summary>The visible text of inlines, soft hyphens removed, line breaks as spaces.</summary>
    public static string PlainText(IEnumerable<Inline> inlines)
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
                case Emphasis e: stack.Push(e.Content.GetEnumerator()); break;
                case Strong st: stack.Push(st.Content.GetEnumerator()); break;
                case Link l: stack.Push(l.Content.GetEnumerator()); break;
                case LineBreak: sb.Append(' '); break;
            }
        }
        return sb.ToString().Replace("\u00AD", "", StringComparison.Ordinal);
    }
}
