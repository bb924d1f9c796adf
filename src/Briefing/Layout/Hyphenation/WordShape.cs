using System.Globalization;

namespace Briefing.Layout.Hyphenation;

/// <summary>
/// Decides which parts of a text token are plain words that patterns may hyphenate: leading and trailing
/// punctuation is set aside, apostrophes and hyphens split the word into letter runs, and tokens that look
/// like numbers, URLs, e-mail addresses or file names are left whole.
/// </summary>
internal static class WordShape
{
    /// <summary>The letter runs of <paramref name="token"/> as (start, length); empty when the token is not a word.</summary>
    public static List<(int Start, int Length)> LetterRuns(string token)
    {
        var runs = new List<(int, int)>();
        if (string.IsNullOrEmpty(token) || LooksTechnical(token)) return runs;

        var first = 0;
        while (first < token.Length && !IsLetter(token[first])) first++;
        var end = token.Length;
        while (end > first && !IsLetter(token[end - 1])) end--;

        var runStart = -1;
        for (var i = first; i < end; i++)
        {
            var c = token[i];
            if (IsLetter(c))
            {
                if (runStart < 0) runStart = i;
                continue;
            }
            if (!IsApostrophe(c) && !IsHyphen(c)) return []; // "e.g", "and/or", "a_b": not a plain word
            if (runStart >= 0) runs.Add((runStart, i - runStart));
            runStart = -1;
        }
        if (runStart >= 0) runs.Add((runStart, end - runStart));
        return runs;
    }

    /// <summary>A compound joined by a hyphen between letters ("modern-day", "Western-backed"); dashes do not count.</summary>
    public static bool IsCompound(string token)
    {
        for (var i = 1; i + 1 < token.Length; i++)
            if (token[i] is '-' or '\u2010' && IsLetter(token[i - 1]) && IsLetter(token[i + 1])) return true;
        return false;
    }

    /// <summary>An address: "://" inside, or a leading "www.".</summary>
    public static bool LooksLikeUrl(string token) =>
        token.Contains("://", StringComparison.Ordinal) || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a path or address may break before index <paramref name="i"/>: just after a single slash, with at
    /// least three characters on either side ("https://" and "a/b" stay whole).</summary>
    public static bool IsPathBreak(string token, int i) =>
        token[i - 1] == '/' && token[i] != '/' && i >= 4 && token[i - 2] != '/' && token.Length - i >= 3;

    /// <summary>
    /// Where a token too wide for its line had best be cut, as the Chicago Manual breaks addresses and identifiers:
    /// after a hyphen, slash or underscore, before an @ or a dot, with at least two characters on either side
    /// ("team-|payments|@example|.com", "OPS-|12345"). No hyphen is added at such a cut.
    /// </summary>
    public static bool IsTechnicalBreak(string token, int i) =>
        i >= 2 && token.Length - i >= 2
        && (token[i - 1] is '-' or '/' or '_' ? char.IsLetterOrDigit(token[i])
            : token[i] is '@' or '.' && char.IsLetterOrDigit(token[i - 1]) && char.IsLetterOrDigit(token[i + 1]));

    /// <summary>Hyphen-like characters after which a line may break without adding a hyphen.</summary>
    public static bool IsBreakingHyphen(char c) => c is '-' or '\u2010' or '\u2013' or '\u2014';

    private static bool IsHyphen(char c) => IsBreakingHyphen(c) || c == '\u2011';

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    private static bool IsLetter(char c) =>
        char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark;

    /// <summary>Digits, '@', "://" or a leading "www.": numbers, URLs and addresses are never broken inside.</summary>
    public static bool LooksTechnical(string token)
    {
        foreach (var c in token)
            if (char.IsDigit(c) || c == '@') return true;
        return LooksLikeUrl(token);
    }
}
