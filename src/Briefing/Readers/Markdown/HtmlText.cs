using System.Net;
using System.Text;

namespace Briefing.Readers.Markdown;

/// <summary>Raw HTML in Markdown never reaches the book as markup: its visible text is kept, script and style dropped.</summary>
internal static class HtmlText
{
    /// <summary>The text of an HTML fragment (tags removed, entities decoded, white space folded).</summary>
    public static string Of(string html)
    {
        var sb = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            if (html[i] != '<') { sb.Append(html[i++]); continue; }
            var close = html.IndexOf('>', i + 1);
            if (close < 0) { sb.Append(html, i, html.Length - i); break; }
            var tag = html.AsSpan(i + 1, close - i - 1).TrimStart();
            var name = TagName(tag);
            i = close + 1;
            if (name is "script" or "style" && !tag.StartsWith("/"))
            {
                // Skip to the matching end tag: its content is code, not text.
                var end = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                if (end < 0) break;
                var endClose = html.IndexOf('>', end);
                i = endClose < 0 ? html.Length : endClose + 1;
            }
            else if (name is "br" or "p" or "div" or "li" or "tr") sb.Append(' ');
        }
        var text = WebUtility.HtmlDecode(sb.ToString());
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The lower-case element name of a tag's inside ("a href=…" → "a", "/p" → "p").</summary>
    public static string TagName(ReadOnlySpan<char> tag)
    {
        tag = tag.TrimStart('/');
        var n = 0;
        while (n < tag.Length && char.IsAsciiLetterOrDigit(tag[n])) n++;
        return tag[..n].ToString().ToLowerInvariant();
    }
}
