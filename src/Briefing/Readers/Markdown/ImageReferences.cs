using Briefing.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Readers.Markdown;

/// <summary>
/// Which image references may be read, and a warning for each image that is not placed, naming its line and why
/// (its alt text stays in the text). Only files in the source's folder (or below it) are read; nothing is fetched —
/// remote, absolute and escaping paths are named as such, so an editor can tell a hostile reference from a merely
/// unsupported one.
/// </summary>
internal static class ImageReferences
{
    /// <summary>One warning per image in the parsed document that <paramref name="figures"/> did not place.</summary>
    public static IEnumerable<Diagnostic> Warnings(MarkdownDocument md, string path, FigureLoader figures)
    {
        var folder = Folder(path);
        var found = new List<(int Line, string? Url, string Reason)>();
        foreach (var image in md.Descendants<LinkInline>().Where(l => l.IsImage && !figures.Placed(l)))
            found.Add((image.Line + 1, image.Url, Refusal(image.Url, folder, out _) ?? figures.Failure(image)
                ?? "a picture inside a line of text is not placed (its alt text is kept); give it a paragraph of its own"));
        // Raw HTML is reduced to its text, so an <img> in it is left out too: say so.
        const string html = "pictures in raw HTML are left out (write ![alt](file) instead)";
        found.AddRange(md.Descendants<HtmlInline>().SelectMany(h => HtmlImages(h.Tag).Select(u => (h.Line + 1, (string?)u, Refusal(u, folder, out _) ?? html))));
        foreach (var block in md.Descendants<HtmlBlock>())
            for (var i = 0; i < block.Lines.Count; i++)
                found.AddRange(HtmlImages(block.Lines.Lines[i].ToString()).Select(u => (block.Line + i + 1, (string?)u, Refusal(u, folder, out _) ?? html)));
        foreach (var (line, url, reason) in found.OrderBy(f => f.Line))
            yield return new Diagnostic(path, line, $"image {Shown(url)} left out: {reason}");
    }

    /// <summary>The folder images may be read from: the source's own.</summary>
    public static string Folder(string sourcePath) =>
        System.IO.Path.GetFullPath(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(sourcePath)) ?? ".");

    private static IEnumerable<string> HtmlImages(string html) =>
        System.Text.RegularExpressions.Regex.Matches(html, @"<img\b[^>]*?\bsrc\s*=\s*(?:""([^""]*)""|'([^']*)'|([^\s>]+))",
                System.Text.RegularExpressions.RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1))
            .Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value);

    /// <summary>Why a reference may not be read, or null with <paramref name="full"/> the file it names.</summary>
    public static string? Refusal(string? url, string folder, out string full)
    {
        full = "";
        if (string.IsNullOrWhiteSpace(url)) return "it names no file";
        var u = url.Trim();
        if (u.StartsWith("//", StringComparison.Ordinal) || u.StartsWith("\\\\", StringComparison.Ordinal))
            return "URLs are never fetched";
        if (System.IO.Path.IsPathRooted(u) || u.StartsWith('\\') || u.StartsWith('~'))
            return "absolute paths are not read (images must sit in the source's folder)";
        if (Uri.TryCreate(u, UriKind.Absolute, out var uri) && uri.Scheme.Length > 1)
            return "URLs are never fetched";
        try { full = System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, Uri.UnescapeDataString(u))); }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        { return "not a usable file name"; }
        if (!full.StartsWith(folder.TrimEnd(System.IO.Path.DirectorySeparatorChar) + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return "outside the source's folder";
        return null;
    }

    /// <summary>The reference as it may be printed on one line: control characters replaced, long ones cut.</summary>
    public static string Shown(string? url)
    {
        // Bidi controls too: a message must not be able to reorder what the terminal shows.
        var s = new string((url ?? "").Select(c => char.IsControl(c) || c is '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') ? '?' : c).ToArray());
        return "'" + (s.Length > 80 ? s[..77] + "..." : s) + "'";
    }
}
