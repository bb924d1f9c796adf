namespace Briefing.Readers.Markdown;

/// <summary>Which link targets survive into the book: web and mail links, and anchors inside the document.</summary>
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
}
