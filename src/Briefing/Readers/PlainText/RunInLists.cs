using System.Text.RegularExpressions;

namespace Briefing.Readers.PlainText;

/// <summary>
/// Splits a list a scrape collapsed into one line: "Key allies include:Syria: Iran supports … Hezbollah (Lebanon):
/// A Shiite …" becomes the lead-in "Key allies include:" and items "Syria: …", "Hezbollah (Lebanon): …".
/// The signal is a colon glued to a capital (the list's markup was lost) followed by at least two "Name:" items.
/// </summary>
internal static partial class RunInLists
{
    /// <summary>The lead-in and items, or null when the paragraph is not a collapsed list.</summary>
    public static (string LeadIn, List<string> Items)? Split(string paragraph)
    {
        var glued = GluedColon().Match(paragraph);
        if (!glued.Success) return null;
        // The match is the letter before the colon and the colon.
        var leadIn = paragraph[..(glued.Index + 2)].TrimEnd();
        var rest = paragraph[(glued.Index + 2)..];
        // Items start at the beginning and after each sentence end, where a short capitalised name and a colon follow.
        var starts = new List<int> { 0 };
        foreach (Match m in ItemStart().Matches(rest)) starts.Add(m.Index + m.Groups[1].Length);
        if (starts.Count < 2 || !ItemName().IsMatch(rest)) return null;
        var items = new List<string>();
        for (var k = 0; k < starts.Count; k++)
        {
            var end = k + 1 < starts.Count ? starts[k + 1] : rest.Length;
            var item = rest[starts[k]..end].Trim();
            if (item.Length > 0) items.Add(item);
        }
        return (leadIn, items);
    }

    [GeneratedRegex(@"[a-z\)]:(?=\p{Lu})")]
    private static partial Regex GluedColon();

    // After ". " (or "; "): a name of one to four capitalised words, maybe with a parenthesis, then ": ".
    [GeneratedRegex(@"([.;!?]\s+)(?=\p{Lu}[\p{L}\.\-’']*(\s+(\p{Lu}[\p{L}\.\-’']*|of|and|the|\([^)]{1,30}\))){0,4}:\s)")]
    private static partial Regex ItemStart();

    [GeneratedRegex(@"^\p{Lu}[\p{L}\.\-’']*(\s+(\p{Lu}[\p{L}\.\-’']*|of|and|the|\([^)]{1,30}\))){0,4}:\s")]
    private static partial Regex ItemName();
}
