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
        var line = ReadLine(d.File, d.Line);
        if (line is null) return text;
        var shown = line.Replace('\t', ' ');
        var column = d.Column > 0 ? Math.Min(d.Column - 1, shown.Length) : shown.Length - shown.TrimStart().Length;
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

    private static string? ReadLine(string file, int number)
    {
        try
        {
            if (!File.Exists(file) || new FileInfo(file).Length > 64L * 1024 * 1024) return null;
            // Lossy decoding: the line may be the invalid UTF-8 being reported.
            var bytes = File.ReadAllBytes(file);
            var current = 1;
            var start = 0;
            for (var i = 0; i <= bytes.Length; i++)
            {
                if (i < bytes.Length && bytes[i] != (byte)'\n') continue;
                if (current == number)
                {
                    var text = Encoding.UTF8.GetString(bytes, start, i - start).TrimEnd('\r');
                    return new string(text.Select(c => char.IsControl(c) ? '?' : c).ToArray());
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
