using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Briefing.Pdf;

/// <summary>
/// PDFsharp 6.2.4 writes a ToUnicode entry for a character beyond the Basic Multilingual Plane (an emoji, a
/// historic script) as its bare code point, <c>&lt;1F30D&gt;</c>, where the format wants UTF-16BE,
/// <c>&lt;D83CDF0D&gt;</c>; readers then extract garbage for it and a screen reader says nonsense. After saving,
/// such a map's one-glyph <c>bfrange</c> entries are rewritten in place as shorter <c>bfchar</c> entries with
/// proper surrogate pairs, padded with spaces to the same length, so no offset in the file moves. Maps with only
/// BMP characters are left as they are.
/// </summary>
internal static partial class ToUnicodeRepair
{
    private const string Begin = " beginbfrange\n";
    private const string End = "endbfrange";

    /// <summary>Repairs every uncompressed ToUnicode map of the saved file that has a code point above U+FFFF.</summary>
    public static void Apply(byte[] pdf)
    {
        var begin = Encoding.ASCII.GetBytes(Begin);
        var end = Encoding.ASCII.GetBytes(End);
        for (var at = 0; at < pdf.Length;)
        {
            var i = pdf.AsSpan(at).IndexOf(begin);
            if (i < 0) return;
            var keyword = at + i;
            var j = pdf.AsSpan(keyword).IndexOf(end);
            if (j < 0) return;
            var stop = keyword + j + end.Length;
            // The block starts at its count ("53 beginbfrange").
            var start = keyword;
            while (start > 0 && pdf[start - 1] is >= (byte)'0' and <= (byte)'9') start--;
            Rewrite(pdf, start, stop);
            at = stop;
        }
    }

    private static void Rewrite(byte[] pdf, int start, int stop)
    {
        var block = Encoding.ASCII.GetString(pdf, start, stop - start);
        var entries = Entry().Matches(block);
        if (!entries.Any(m => m.Groups[3].Value.Length > 4)) return;
        var chars = new List<string>();
        foreach (Match m in entries)
        {
            var low = int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var high = int.Parse(m.Groups[2].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var code = int.Parse(m.Groups[3].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            for (var g = low; g <= high; g++)
                chars.Add($"<{g:X4}><{Utf16(code + g - low)}>\n");
        }
        var sb = new StringBuilder();
        foreach (var chunk in chars.Chunk(100))  // the format's limit per block
            sb.Append(CultureInfo.InvariantCulture, $"{chunk.Length} beginbfchar\n").AppendJoin("", chunk).Append("endbfchar\n");
        // Each rewritten entry is at least 3 bytes shorter than its range form; the rest becomes spaces.
        if (sb.Length > stop - start) return;
        sb.Append(' ', stop - start - sb.Length);
        Encoding.ASCII.GetBytes(sb.ToString(), 0, sb.Length, pdf, start);
    }

    private static string Utf16(int codePoint) =>
        Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(char.ConvertFromUtf32(codePoint)));

    [GeneratedRegex(@"<([0-9A-Fa-f]{4})><([0-9A-Fa-f]{4})><([0-9A-Fa-f]{4,6})>")]
    private static partial Regex Entry();
}
