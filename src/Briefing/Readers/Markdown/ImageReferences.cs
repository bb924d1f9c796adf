using Briefing.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Readers.Markdown;

/// <summary>
/// Images are not carried into the book: each Markdown image gets a warning naming its line and why it is left
/// out (its alt text stays in the text). Nothing is opened or fetched — remote, absolute and escaping paths are
/// named as such, so an editor can tell a hostile reference from a merely unsupported one.
/// </summary>
internal static class ImageReferences
{
    /// <summary>One warning per image in the parsed document.</summary>
    public static IEnumerable<Diagnostic> Warnings(MarkdownDocument md, string path)
    {
        var folder = System.IO.Path.GetFullPath(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? ".");
        var found = new List<(int Line, string? Url)>();
        found.AddRange(md.Descendants<LinkInline>().Where(l => l.IsImage).Select(l => (l.Line + 1, (string?)l.Url)));
        // Raw HTML is reduced to its text, so an <img> in it is left out too: say so.
        found.AddRange(md.Descendants<HtmlInline>().SelectMany(h => HtmlImages(h.Tag).Select(u => (h.Line + 1, (string?)u))));
        foreach (var block in md.Descendants<HtmlBlock>())
            for (var i = 0; i < block.Lines.Count; i++)
                found.AddRange(HtmlImages(block.Lines.Lines[i].ToString()).Select(u => (block.Line + i + 1, (string?)u)));
        foreach (var (line, url) in found.OrderBy(f => f.Line))
            yield return new Diagnostic(path, line, $"image {Shown(url)} left out: {Reason(url, folder)}");
    }

    private static IEnumerable<string> HtmlImages(string html) =>
        System.Text.RegularExpressions.Regex.Matches(html, @"<img\b[^>]*?\bsrc\s*=\s*(?:""([^""]*)""|'([^']*)'|([^\s>]+))",
                System.Text.RegularExpressions.RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1))
            .Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value);

    private static string Reason(string? url, string folder)
    {
        if (string.IsNullOrWhiteSpace(url)) return "it names no file";
        var u = url.Trim();
        if (u.StartsWith("//", StringComparison.Ordinal) || u.StartsWith("\\\\", StringComparison.Ordinal))
            return "URLs are never fetched";
        if (System.IO.Path.IsPathRooted(u) || u.StartsWith('\\') || u.StartsWith('~'))
            return "absolute paths are not read (images must sit in the source's folder)";
        if (Uri.TryCreate(u, UriKind.Absolute, out var uri) && uri.Scheme.Length > 1)
            return "URLs are never fetched";
        string full;
        try { full = System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, Uri.UnescapeDataString(u))); }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        { return "not a usable file name"; }
        if (!full.StartsWith(folder.TrimEnd(System.IO.Path.DirectorySeparatorChar) + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return "outside the source's folder";
        return "images are not supported yet (the alt text is kept)";
    }

    /// <summary>The reference as it may be printed on one line: control characters replaced, long ones cut.</summary>
    private static string Shown(string? url)
    {
        // Bidi controls too: a message must not be able to reorder what the terminal shows.
        var s = new string((url ?? "").Select(c => char.IsControl(c) || c is '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') ? '?' : c).ToArray());
        return "'" + (s.Length > 80 ? s[..77] + "..." : s) + "'";
    }
}
