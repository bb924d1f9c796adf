using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Readers.Markdown;

/// <summary>Which link targets survive into the book: web and mail links, and anchors inside the document. A link
/// that loses its target keeps its text and is named at its line, since Markdown would have made it a link.</summary>
internal static class SafeLinks
{
    /// <summary>The target to keep, or null to keep only the link's text (javascript:, data:, relative files…).</summary>
    public static string? Filter(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        var u = url.Trim();
        if (u.StartsWith('#')) return u.Length > 1 ? u : null;
        if (!Uri.TryCreate(u, UriKind.Absolute, out var uri)) return null;
        return uri.Scheme is "http" or "https" or "mailto" ? uri.OriginalString : null;
    }

    /// <summary>One warning per target <see cref="Filter"/> drops and line that has it, in order. An empty target
    /// and a bare "#" (a web page's "back to top") are no address lost, and are passed over.</summary>
    public static IEnumerable<Diagnostic> Warnings(IEnumerable<MarkdownObject> blocks, string path)
    {
        // A leaf block's own inlines are not among its descendants: a paragraph or heading is asked for them.
        var inlines = blocks.SelectMany(b => b is LeafBlock { Inline: { } own } ? own.Descendants<Inline>() : b.Descendants<Inline>());
        var told = new HashSet<Diagnostic>();
        foreach (var inline in inlines)
        {
            var url = inline switch
            {
                LinkInline { IsImage: false } link => link.Url,
                AutolinkInline auto => auto.IsEmail ? "mailto:" + auto.Url : auto.Url,
                _ => null,
            };
            if (string.IsNullOrWhiteSpace(url) || url.Trim() == "#" || Filter(url) is not null) continue;
            var kind = Uri.TryCreate(url.Trim(), UriKind.Absolute, out _) ? "an http, https or mailto URL" : "an absolute URL";
            var warning = new Diagnostic(path, inline.Line + 1, $"link target {ImageReferences.Shown(url)} is not {kind}; set as plain text");
            if (told.Add(warning)) yield return warning;
        }
    }
}
