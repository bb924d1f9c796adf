using Briefing.Model;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.SmartyPants;
using Markdig.Syntax.Inlines;
using Inline = Briefing.Model.Inline;

namespace Briefing.Readers.Markdown;

/// <summary>Markdig inlines to model inlines: emphasis, strikethrough, sub- and superscript, code, safe links, line
/// breaks; raw HTML dropped to its text, but for the elements <see cref="HtmlInlineStyles"/> styles.</summary>
internal static class InlineConverter
{
    /// <summary>Deeper nesting than this is flattened to plain text (a hostile 1,000-deep emphasis cannot overflow).</summary>
    private const int MaxDepth = 48;

    /// <summary>The inlines of a container (a paragraph's or heading's content).</summary>
    public static List<Inline> Convert(ContainerInline? container, int depth = 0)
    {
        var result = new List<Inline>();
        if (container is null) return result;
        string? skipUntil = null;   // inside <script>…</script> given as inline HTML
        HtmlInlineStyles? styles = null;
        foreach (var inline in container)
        {
            if (skipUntil is not null)
            {
                if (inline is HtmlInline end && HtmlText.TagName(end.Tag.AsSpan(1, end.Tag.Length - 2)) == skipUntil && end.Tag.StartsWith("</", StringComparison.Ordinal)) skipUntil = null;
                continue;
            }
            switch (inline)
            {
                case LiteralInline lit: Add(result, Literal(lit)); break;
                case CodeInline code: result.Add(new CodeSpan(code.Content)); break;
                case FootnoteLink { IsBackLink: false, Footnote.Order: > 0 } note: result.Add(Footnotes.Reference(note.Footnote.Order)); break;
                case FootnoteLink: break;   // Markdig's own back links: the notes chapter makes its own
                case SmartyPant pant: Add(result, Typeset(pant)); break;
                case LineBreakInline br: if (br.IsHard) result.Add(new LineBreak()); else Add(result, " "); break;
                case HtmlEntityInline entity: Add(result, entity.Transcoded.ToString()); break;
                case HtmlInline html:
                    var name = html.Tag.Length > 2 ? HtmlText.TagName(html.Tag.AsSpan(1, html.Tag.Length - 2)) : "";
                    if (name is "script" or "style" && !html.Tag.StartsWith("</", StringComparison.Ordinal)) skipUntil = name;
                    else if (name == "br") result.Add(new LineBreak());
                    else if (HtmlInlineStyles.Styles(name))
                        (styles ??= new()).Tag(name, html.Tag.StartsWith("</", StringComparison.Ordinal), html.Tag.EndsWith("/>", StringComparison.Ordinal), result);
                    break;
                case AutolinkInline auto:
                    var autoTarget = SafeLinks.Filter(auto.IsEmail ? "mailto:" + auto.Url : auto.Url);
                    if (autoTarget is null) Add(result, auto.Url);
                    else result.Add(new Link(autoTarget, Inlines.Text(auto.Url)));
                    break;
                case LinkInline link:
                    var content = Children(link, depth);
                    if (link.IsImage)
                    {
                        // A picture inside a line of text is not placed: its alt text stays, marked as a picture's.
                        if (content.Count > 0) result.Add(new Emphasis(content));
                    }
                    else if (SafeLinks.Filter(link.Url) is { } target && content.Count > 0) result.Add(new Link(target, content));
                    else result.AddRange(content);
                    break;
                case EmphasisInline em:
                    var inner = Children(em, depth);
                    result.AddRange(StyledOf(em, inner));
                    break;
                case ContainerInline c: result.AddRange(Children(c, depth)); break;
            }
        }
        return MergeRuns(result);
    }

    /// <summary>Markdig's emphasis as the model's: ** strong, * emphasis, ~~ struck through, ~ subscript, ^ superscript
    /// (EmphasisExtras); == marked and ++ inserted have no look of their own and keep only their text.</summary>
    private static IEnumerable<Inline> StyledOf(EmphasisInline em, List<Inline> inner) => (em.DelimiterChar, em.DelimiterCount) switch
    {
        ('*' or '_', >= 2) => [new Strong(inner)],
        ('*' or '_', _) => [new Emphasis(inner)],
        ('~', >= 2) => [new Strikethrough(inner)],
        ('~', _) => [new Subscript(inner)],
        ('^', _) => [new Superscript(inner)],
        _ => inner,
    };

    private static List<Inline> Children(ContainerInline container, int depth) =>
        depth >= MaxDepth ? Inlines.Text(PlainText(container)).ToList() : Convert(container, depth + 1);

    /// <summary>The text of an inline subtree, without recursion.</summary>
    private static string PlainText(ContainerInline root)
    {
        var sb = new System.Text.StringBuilder();
        var stack = new Stack<Markdig.Syntax.Inlines.Inline>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            switch (node)
            {
                case LiteralInline lit: sb.Append(Literal(lit)); break;
                case CodeInline code: sb.Append(code.Content); break;
                case LineBreakInline: sb.Append(' '); break;
                case HtmlEntityInline e: sb.Append(e.Transcoded.ToString()); break;
                case SmartyPant pant: sb.Append(Typeset(pant)); break;
                case ContainerInline c:
                    foreach (var child in c.Reverse()) stack.Push(child);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>The character Markdig's SmartyPants found (a quote it could not pair is a literal: see
    /// <see cref="Literal"/>); "--" before a word after a space stays as typed: it is a command-line option ("use
    /// --format"), not a dash.</summary>
    private static string Typeset(SmartyPant pant) => pant.Type switch
    {
        SmartyPantType.LeftQuote => "‘",
        SmartyPantType.RightQuote => "’",
        SmartyPantType.LeftDoubleQuote => "“",
        SmartyPantType.RightDoubleQuote => "”",
        SmartyPantType.LeftAngleQuote => "«",
        SmartyPantType.RightAngleQuote => "»",
        SmartyPantType.Ellipsis => "…",
        SmartyPantType.Dash2 when IsOption(pant) => "--",
        SmartyPantType.Dash2 => "–",
        SmartyPantType.Dash3 => "—",
        SmartyPantType.DoubleQuote => "\"",
        _ => "'",
    };

    /// <summary>A literal's text with its apostrophes set. A quote SmartyPants could not pair comes back as a literal
    /// of its own: after a space and before a clipped form ("tell 'em", "the '90s", "adding 's") it is an apostrophe;
    /// one escaped by the writer (\') stays straight.</summary>
    private static string Literal(LiteralInline lit)
    {
        var text = SmartPunctuation.Apostrophes(lit.Content.ToString());
        if (text.Length == 0 || text[0] != '\'' || lit.IsFirstCharacterEscaped) return text;
        var previous = lit.PreviousSibling;
        while (previous is LiteralInline { Content.IsEmpty: true }) previous = previous.PreviousSibling;
        var spaceBefore = previous is null or LineBreakInline
            || (previous is LiteralInline before && char.IsWhiteSpace(before.Content[before.Content.End]));
        var after = text.Length > 1 ? text[1..] : (lit.NextSibling as LiteralInline)?.Content.ToString() ?? "";
        return spaceBefore && after.Length > 0 && (char.IsDigit(after[0]) || SmartPunctuation.Elision(after, 0)) ? "’" + text[1..] : text;
    }

    private static bool IsOption(SmartyPant pant)
    {
        var previous = pant.PreviousSibling;
        while (previous is LiteralInline { Content.IsEmpty: true }) previous = previous.PreviousSibling;   // Markdig leaves empty ones
        var afterSpace = previous switch
        {
            null or LineBreakInline => true,
            LiteralInline { Content.IsEmpty: false } before => char.IsWhiteSpace(before.Content[before.Content.End]),
            _ => false,
        };
        return afterSpace && pant.NextSibling is LiteralInline { Content.IsEmpty: false } next && char.IsLetter(next.Content[next.Content.Start]);
    }

    /// <summary>Adds text as its own run; <see cref="MergeRuns"/> joins neighbours once at the end (joining here would copy
    /// the run so far on every piece: quadratic on a long line full of quotes and dashes).</summary>
    private static void Add(List<Inline> result, string text)
    {
        if (text.Length > 0) result.Add(new TextRun(text));
    }

    private static List<Inline> MergeRuns(List<Inline> inlines)
    {
        var merged = new List<Inline>(inlines.Count);
        var text = new System.Text.StringBuilder();
        foreach (var inline in inlines)
        {
            if (inline is TextRun run) { text.Append(run.Text); continue; }
            if (text.Length > 0) { merged.Add(new TextRun(text.ToString())); text.Clear(); }
            merged.Add(inline);
        }
        if (text.Length > 0) merged.Add(new TextRun(text.ToString()));
        return merged;
    }
}
