using Briefing.Model;
using Inline = Briefing.Model.Inline;

namespace Briefing.Readers.Markdown;

/// <summary>
/// Inline HTML elements that have a look of their own in the model (&lt;b&gt;, &lt;i&gt;, &lt;del&gt;, &lt;sub&gt;,
/// &lt;sup&gt;, &lt;code&gt;, &lt;kbd&gt; …), as GitHub READMEs write them: Markdig gives the tags as separate inlines
/// among their content, so an element is known only when its end tag closes it. Each open tag marks where its content
/// starts in the converted list; its end tag wraps what came since. A tag never closed, or closed in another
/// container (a paragraph, a link), leaves its content as it is.
/// </summary>
internal sealed class HtmlInlineStyles
{
    private readonly List<(string Name, int Start)> _open = [];

    /// <summary>Whether the tag is one this pass styles (the caller keeps any other tag out of the text).</summary>
    public static bool Styles(string name) => Wrap(name, []) is not null;

    /// <summary>Notes an open tag or closes the innermost matching one, wrapping <paramref name="result"/>'s inlines
    /// since its start tag.</summary>
    public void Tag(string name, bool end, bool selfClosing, List<Inline> result)
    {
        if (selfClosing || !Styles(name)) return;
        if (!end)
        {
            _open.Add((name, result.Count));
            return;
        }
        var at = _open.FindLastIndex(o => o.Name == name);
        if (at < 0) return;
        var start = _open[at].Start;
        _open.RemoveRange(at, _open.Count - at);   // tags left open inside it end with it, as a browser would
        if (start >= result.Count) return;
        var content = result.GetRange(start, result.Count - start);
        result.RemoveRange(start, result.Count - start);
        result.Add(Wrap(name, content)!);
    }

    /// <summary>The element as the model's inline; code and keys become a code span of their text.</summary>
    private static Inline? Wrap(string name, List<Inline> content) => name switch
    {
        "b" or "strong" => new Strong(content),
        "i" or "em" or "cite" or "dfn" or "var" => new Emphasis(content),
        "del" or "s" or "strike" => new Strikethrough(content),
        "sub" => new Subscript(content),
        "sup" => new Superscript(content),
        "code" or "kbd" or "samp" or "tt" => new CodeSpan(Inlines.PlainText(content)),
        _ => null,
    };
}
