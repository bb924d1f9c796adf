using System.Globalization;
using System.Text;
using Briefing.Model;

namespace Briefing.Cli;

/// <summary>Shows the offending source line under an error, with a caret at the column (or under the line's text).</summary>
public static class SourceExcerpt
{
    private const int Width = 100;

    /// <summary>The diagnostic followed by its source line and a caret, or just the diagnostic when there is no line.</summary>
    public static string Format(Diagnostic d)
    {
        var text = d.ToString();
        if (d.Line <= 0) return text;
        if (ReadLine(d.File, d.Line) is not { } bytes) return text;
        var (shown, columns) = Printable(bytes);
        var column = d.Column > 0 ? columns[Math.Min(d.Column - 1, columns.Length - 1)] : shown.Length - shown.TrimStart().Length;
        // Long lines (a scraped paragraph is one line) are cut to a window that keeps the caret's place in view.
        if (shown.Length > Width)
        {
            var start = Math.Clamp(column - Width / 2, 0, shown.Length - Width);
            var head = start > 0 ? "…" : "";
            shown = head + shown.Substring(start, Width) + (start + Width < shown.Length ? "…" : "");
            column = column - start + head.Length;
        }
        var gutter = d.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"{text}\n {gutter} | {shown}\n {new string(' ', gutter.Length)} | {new string(' ', column)}^";
    }

    /// <summary>
    /// A line as it may be sent to a terminal: bytes that are not UTF-8 (a binary file's line) and control characters
    /// (escape sequences would drive the terminal) as <c>\xNN</c>, bidirectional overrides and line separators (they
    /// would reorder or break the excerpt) as <c>\uNNNN</c>, tabs as spaces. Columns maps each UTF-16 unit of the
    /// line as decoded (one per bad sequence, as the reader counts) to where it is shown, with the line's end last.
    /// </summary>
    internal static (string Text, int[] Columns) Printable(ReadOnlySpan<byte> bytes)
    {
        var sb = new StringBuilder(bytes.Length);
        var columns = new List<int>(bytes.Length + 1);
        while (!bytes.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(bytes, out var rune, out var used);
            columns.Add(sb.Length);
            if (status != System.Buffers.OperationStatus.Done)
                foreach (var b in bytes[..used]) sb.Append(CultureInfo.InvariantCulture, $"\\x{b:X2}");
            else if (rune.Value == '\t') sb.Append(' ');
            else if (Rune.IsControl(rune)) sb.Append(CultureInfo.InvariantCulture, $"\\x{rune.Value:X2}");
            else if (Reorders(rune.Value)) sb.Append(CultureInfo.InvariantCulture, $"\\u{rune.Value:X4}");
            else
            {
                if (rune.Utf16SequenceLength == 2) columns.Add(sb.Length);
                sb.Append(rune.ToString());
            }
            bytes = bytes[used..];
        }
        columns.Add(sb.Length);
        return (sb.ToString(), columns.ToArray());
    }

    private static bool Reorders(int c) =>
        c is 0x061C or 0x200E or 0x200F or >= 0x202A and <= 0x202E or >= 0x2066 and <= 0x2069 or 0x2028 or 0x2029;

    private static byte[]? ReadLine(string file, int number)
    {
        try
        {
            if (!File.Exists(file) || new FileInfo(file).Length > 64L * 1024 * 1024) return null;
            // The raw bytes: the line may be the invalid UTF-8 or binary data being reported.
            var bytes = File.ReadAllBytes(file);
            var current = 1;
            var start = 0;
            for (var i = 0; i <= bytes.Length; i++)
            {
                if (i < bytes.Length && bytes[i] != (byte)'\n') continue;
                if (current == number)
                {
                    var end = i > start && bytes[i - 1] == (byte)'\r' ? i - 1 : i;
                    return bytes[start..end];
                }
                current++;
                start = i + 1;
            }
            return null;
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }
}
