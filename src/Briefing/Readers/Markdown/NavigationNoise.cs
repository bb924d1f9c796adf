using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Readers.Markdown;

/// <summary>
/// What a web page puts above its text to get around it, never text to read: a table-of-contents marker ("[TOC]",
/// kramdown's "{:toc}"), a hand-made contents list (only links to the page's own anchors), a bar of links to other
/// language versions or of badges. The briefing has its own contents; the rest means nothing on paper.
/// </summary>
internal static class NavigationNoise
{
    /// <summary>The text of <paramref name="block"/> if it is navigation, for the import report; otherwise null.</summary>
    public static string? Describe(Block block) => block switch
    {
        ParagraphBlock p => Text(p.Inline) is var text && (IsTocMarker(text) || IsLinkBar(p.Inline)) ? text : null,
        ListBlock list when IsKramdownToc(list) || (AnchorLinks(list) is >= MinContentsEntries) => ListText(list),
        _ => null,
    };

    /// <summary>A paragraph with no letter or digit ("🌍") that stands just before a link bar is its decoration.</summary>
    public static string? Ornament(Block block) =>
        block is ParagraphBlock p && Text(p.Inline) is { Length: > 0 } t && !t.Any(char.IsLetterOrDigit) ? t : null;

    private const int MinContentsEntries = 3;

    private static bool IsTocMarker(string text) =>
        text.Trim().ToLowerInvariant() is "[toc]" or "[[_toc_]]" or "{:toc}" or "[[toc]]" or "${toc}";

    // kramdown: "* Table of Contents\n{:toc}" — one item, its last line the marker.
    private static bool IsKramdownToc(ListBlock list) =>
        list.Count == 1 && list[0] is ListItemBlock { Count: 1 } item && item[0] is ParagraphBlock p
        && Text(p.Inline).TrimEnd().EndsWith("{:toc}", StringComparison.OrdinalIgnoreCase);

    /// <summary>The number of entries if every item of the list (and of its sub-lists) is one link to an anchor of this
    /// page ("[Options](#options)"); otherwise -1.</summary>
    private static int AnchorLinks(ListBlock list)
    {
        var count = 0;
        var stack = new Stack<ListBlock>([list]);
        while (stack.Count > 0)
        {
            foreach (var child in stack.Pop())
            {
                if (child is not ListItemBlock item || item.Count == 0 || item[0] is not ParagraphBlock p || !IsSingleAnchorLink(p.Inline)) return -1;
                foreach (var rest in item.Skip(1))
                {
                    if (rest is not ListBlock sub) return -1;
                    stack.Push(sub);
                }
                count++;
            }
        }
        return count;
    }

    private static bool IsSingleAnchorLink(ContainerInline? inline)
    {
        var parts = Meaningful(inline).ToList();
        return parts is [LinkInline { IsImage: false } link] && link.Url is { Length: > 1 } url && url[0] == '#';
    }

    /// <summary>Links (three or more, or badges) with nothing between them but separators and ornaments (no letter or
    /// digit). A badge is a link around a picture, in a row of two or more or with a badge's URL (an SVG, shields.io,
    /// "badge"); a picture that is not a badge is content: its alt text stays.</summary>
    private static bool IsLinkBar(ContainerInline? inline)
    {
        var parts = Meaningful(inline).ToList();
        if (parts.Count == 0 || !parts.All(i => i is LinkInline { IsImage: false })) return false;
        var links = parts.Cast<LinkInline>().ToList();
        if (links.Count >= 3) return true;
        var pictures = links.Select(l => l.FirstChild is LinkInline { IsImage: true } image && image.NextSibling is null ? image : null).ToList();
        return pictures.All(p => p is not null) && (pictures.Count >= 2 || LooksLikeBadge(pictures[0]!.Url));
    }

    private static bool LooksLikeBadge(string? url) =>
        url is not null && (url.Contains("badge", StringComparison.OrdinalIgnoreCase) || url.Contains("shields.io", StringComparison.OrdinalIgnoreCase)
                            || url.EndsWith(".svg", StringComparison.OrdinalIgnoreCase));

    /// <summary>The inlines that carry something: emphasis is looked through (without recursion: emphasis may nest
    /// deep); breaks and text without a letter or digit (separators, ornaments) are dropped.</summary>
    private static IEnumerable<Inline> Meaningful(ContainerInline? inline)
    {
        if (inline is null) yield break;
        var stack = new Stack<Inline>(inline.Reverse());
        while (stack.Count > 0)
        {
            var child = stack.Pop();
            if (child is EmphasisInline e)
                foreach (var inner in e.Reverse()) stack.Push(inner);
            else if (child is LineBreakInline) continue;
            else if (child is LiteralInline lit && !lit.Content.ToString().Any(char.IsLetterOrDigit)) continue;
            else yield return child;
        }
    }

    private static string ListText(ListBlock list) =>
        string.Join(" · ", list.Descendants<ParagraphBlock>().Select(p => Text(p.Inline)));

    private static string Text(ContainerInline? inline) =>
        inline is null ? "" : Briefing.Model.Inlines.PlainText(InlineConverter.Convert(inline)).Trim();
}
