namespace Briefing.Model;

/// <summary>How a code block's tabs are set, the one rule both editions follow so their columns match.</summary>
internal static class CodeText
{
    /// <summary>Columns between tab stops (as most editors show code; the 8 of a terminal spreads tables too wide).</summary>
    public const int TabWidth = 4;

    /// <summary>A code line with each tab replaced by the spaces that reach the next tab stop, counted from the line's
    /// start: columns then line up without the reader's own tab stops (which a hanging indent shifts).</summary>
    public static string ExpandTabs(string line)
    {
        if (!line.Contains('\t', StringComparison.Ordinal)) return line;
        var sb = new System.Text.StringBuilder(line.Length + 8);
        foreach (var c in line)
        {
            if (c == '\t') sb.Append(' ', TabWidth - sb.Length % TabWidth);
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
