using System.Globalization;
using System.Text;
using System.Xml;

namespace Briefing.Epub;

/// <summary>Makes arbitrary text safe for XML: XLinq escapes markup, this removes what XML cannot carry at all.</summary>
internal static class XmlText
{
    /// <summary>
    /// Removes characters invalid in XML 1.0 (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF) and the C1 controls,
    /// which HTML treats as parse errors and which are never meant as text.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var firstBad = FirstInvalid(text);
        if (firstBad < 0) return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (IsAllowed(c)) sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Cleaned text with runs of whitespace collapsed to one space and trimmed (for labels and metadata).</summary>
    public static string Collapse(string? text)
    {
        var clean = Clean(text);
        var sb = new StringBuilder(clean.Length);
        var space = false;
        foreach (var c in clean)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static int FirstInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (!IsAllowed(c)) return i;
        }
        return -1;
    }

    private static bool IsAllowed(char c) =>
        !char.IsSurrogate(c) && XmlConvert.IsXmlChar(c)
        && (c is '\t' or '\n' or '\r' || CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Control);
}
