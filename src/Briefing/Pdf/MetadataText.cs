using System.Text;
using System.Text.RegularExpressions;

namespace Briefing.Pdf;

/// <summary>Text made safe for PDFsharp's metadata: its XMP packet is built without XML escaping, so '&amp;' and '&lt;'
/// would make it malformed; they become "and" and '‹'. Control characters go too.</summary>
internal static partial class MetadataText
{
    /// <summary>The cleaned text.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var s = Ampersand().Replace(text, " and ").Replace('<', '\u2039').Replace('>', '\u203A');
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
            sb.Append(char.IsControl(c) ? ' ' : c);
        return Spaces().Replace(sb.ToString(), " ").Trim();
    }

    [GeneratedRegex(@"\s*&\s*")]
    private static partial Regex Ampersand();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
