using System.Text;

namespace Briefing.Readers;

/// <summary>
/// Typewriter punctuation set as type, as Typst and pandoc's smart extension do: straight quotes become curly ones
/// (an apostrophe inside a word is a right single quote) and a double hyphen between words is an em dash. A double
/// hyphen after a space and before a letter is left alone: that is a command-line option ("--jobs"), not a dash.
/// Markdown pairs its quotes with Markdig's SmartyPants, which leaves apostrophes to <see cref="Apostrophes"/>.
/// </summary>
internal static class SmartPunctuation
{
    /// <summary>The text with its straight quotes and dashes set; text without them is returned as it is.</summary>
    public static string Apply(string text)
    {
        if (text.AsSpan().IndexOfAny('\'', '"') < 0 && !text.Contains("--", StringComparison.Ordinal)) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var before = i > 0 ? text[i - 1] : ' ';
            var after = i + 1 < text.Length ? text[i + 1] : ' ';
            switch (c)
            {
                case '"':
                    sb.Append(Opens(before, after) ? '“' : '”');
                    break;
                case '\'':
                    // "'90s" elides digits and "'tis", "'em", "adding 's" letters: apostrophes, not opening quotes.
                    sb.Append(char.IsLetterOrDigit(before) || char.IsDigit(after) || Elision(text, i + 1) ? '’'
                        : Opens(before, after) ? '‘' : '’');
                    break;
                case '-' when after == '-' && IsDash(text, i):
                    sb.Append('—');
                    i += i + 2 < text.Length && text[i + 2] == '-' ? 2 : 1;   // "---" is one dash too
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Words that begin with an apostrophe: clipped forms, and the endings a text about words quotes alone.</summary>
    private static readonly HashSet<string> Elided = new(StringComparer.OrdinalIgnoreCase)
        { "s", "t", "d", "ll", "re", "ve", "m", "tis", "twas", "twere", "twill", "em", "n", "cause", "til", "bout" };

    /// <summary>Whether the letters from <paramref name="start"/> to the end of the word are an elided form. A single
    /// letter must be lower case ('S. Smith', 'T-shirts' are quotes) and no word goes on after it ('D-Day', 'N/A').</summary>
    public static bool Elision(string text, int start)
    {
        var end = start;
        while (end < text.Length && end - start <= 5 && char.IsLetter(text[end])) end++;
        if (end == start || (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '\'' or '-' or '/'))) return false;
        if (end - start == 1 && char.IsUpper(text[start])) return false;
        return Elided.Contains(text[start..end]);
    }

    /// <summary>A straight single quote between letters or digits ("don't", "1990's"), or opening a clipped form
    /// ("'tis", "'90s") after a space, set as an apostrophe (’).</summary>
    public static string Apostrophes(string text)
    {
        var i = text.IndexOf('\'');
        if (i < 0) return text;
        var chars = text.ToCharArray();
        for (; i >= 0 && i < chars.Length; i = text.IndexOf('\'', i + 1))
        {
            // At the start of a piece what stood before is not known (an escaped quote, kept straight, starts one).
            if (i == 0) continue;
            var before = chars[i - 1];
            var after = i + 1 < chars.Length ? chars[i + 1] : ' ';
            if ((char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after))
                || (char.IsWhiteSpace(before) && (char.IsDigit(after) || Elision(text, i + 1)))) chars[i] = '’';
        }
        return new string(chars);
    }

    /// <summary>A quote opens after a space, an opening bracket or another quote, and before text; after a dash only
    /// before a letter or digit ("—‘Yes" opens, "Twinkle—”" closes).</summary>
    private static bool Opens(char before, char after) =>
        before is '—' or '–' or '-'
            ? char.IsLetterOrDigit(after)
            : (char.IsWhiteSpace(before) || before is '(' or '[' or '{' or '‘' or '“' or '"' or '\'' or '/') && !char.IsWhiteSpace(after);

    // "word--word", "end.--Name", "word -- word" and "again--" are dashes; " --option" and "<!--" are not.
    private static bool IsDash(string text, int i)
    {
        var before = i > 0 ? text[i - 1] : ' ';
        var end = i + 2 < text.Length && text[i + 2] == '-' ? i + 3 : i + 2;
        var after = end < text.Length ? text[end] : ' ';
        // "i--)" and "x--;" are code's decrements, not dashes.
        if (before is '<' or '-' || (before == '!' && i >= 2 && text[i - 2] == '<') || after is '>' or '-' or ')' or ';' or ',') return false;
        return !char.IsWhiteSpace(before) || char.IsWhiteSpace(after);
    }
}
