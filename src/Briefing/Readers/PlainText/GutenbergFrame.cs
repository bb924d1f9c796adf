using System.Text.RegularExpressions;

namespace Briefing.Readers.PlainText;

/// <summary>
/// A Project Gutenberg book's licence frame: the header up to "*** START OF …" and the footer from "*** END OF …".
/// Both are kept (nothing is lost) but never become chapters.
/// </summary>
internal sealed partial record GutenbergFrame(bool IsGutenberg, int BodyStart, int BodyEnd, string? Title)
{
    /// <summary>Finds the frame; a text without the markers is all body.</summary>
    public static GutenbergFrame Find(string[] lines)
    {
        int start = -1, end = lines.Length;
        string? title = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var t = lines[i].Trim();
            if (start < 0 && t.StartsWith("Title:", StringComparison.Ordinal) && title is null) title = t[6..].Trim();
            if (start < 0 && Start().IsMatch(t)) start = i + 1;
            else if (start >= 0 && End().IsMatch(t)) { end = Math.Min(end, i); break; }
            else if (start >= 0 && EndLine().IsMatch(t)) end = Math.Min(end, i);
        }
        return start < 0 ? new GutenbergFrame(false, 0, lines.Length, null) : new GutenbergFrame(true, start, end, title);
    }

    [GeneratedRegex(@"^\*{3}\s*START OF (THE|THIS) PROJECT GUTENBERG", RegexOptions.IgnoreCase)]
    private static partial Regex Start();

    [GeneratedRegex(@"^\*{3}\s*END OF (THE|THIS) PROJECT GUTENBERG", RegexOptions.IgnoreCase)]
    private static partial Regex End();

    // "End of the Project Gutenberg EBook of …", the line older books put before the END marker.
    [GeneratedRegex(@"^End of (the )?Project Gutenberg", RegexOptions.IgnoreCase)]
    private static partial Regex EndLine();
}
