using Briefing.Model;

namespace Briefing.Readers.PlainText;

/// <summary>
/// The marks Project Gutenberg's transcribers put in plain text for the printed book's faces: <c>_italic_</c> and
/// <c>=bold=</c>. A mark opens only after a non-word character and closes only before one, within one paragraph,
/// so "snake_case", "a = b" and a lone underscore stay as they are. A mark may span the lines of verse: a '\n' in the
/// text is a line break.
/// </summary>
internal static class TranscriberMarkup
{
    /// <summary>The inlines of one unit of text.</summary>
    public static IReadOnlyList<Inline> Parse(string text)
    {
        var result = new List<Inline>();
        // Whether a mark closes does not depend on where it opened: the next closer of each kind at or after every
        // position, found in one backward pass, keeps a line of unclosed marks linear.
        var nextItalic = NextClosers(text, '_');
        var nextBold = NextClosers(text, '=');
        var plainFrom = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var mark = text[i];
            if (mark is not ('_' or '=') || !Opens(text, i)) continue;
            var close = i + 2 < text.Length ? (mark == '_' ? nextItalic : nextBold)[i + 2] : -1;
            if (close < 0) continue;
            if (i > plainFrom) Inlines.TextWithBreaks(text[plainFrom..i], result);
            // Italic inside bold ("=_Lay_ and _lie_=") is read too; one level is all the transcriptions use.
            var inner = mark == '=' ? Parse(text[(i + 1)..close]) : Inlines.TextWithBreaks(text[(i + 1)..close]);
            result.Add(mark == '_' ? new Emphasis(inner) : new Strong(inner));
            plainFrom = close + 1;
            i = close;
        }
        if (plainFrom < text.Length || result.Count == 0) Inlines.TextWithBreaks(text[plainFrom..], result);
        return result;
    }

    private static bool Opens(string text, int i) =>
        (i == 0 || !IsWord(text[i - 1])) && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]) && text[i + 1] != text[i];

    /// <summary>For each position, the first mark at or after it that can close (after a non-space, before a non-word
    /// character), or -1.</summary>
    private static int[] NextClosers(string text, char mark)
    {
        var next = new int[text.Length + 1];
        next[text.Length] = -1;
        for (var j = text.Length - 1; j >= 0; j--)
            next[j] = text[j] == mark && j > 0 && !char.IsWhiteSpace(text[j - 1]) && (j + 1 == text.Length || !IsWord(text[j + 1]))
                ? j : next[j + 1];
        return next;
    }

    private static bool IsWord(char c) => char.IsLetterOrDigit(c) || c == '_';
}
