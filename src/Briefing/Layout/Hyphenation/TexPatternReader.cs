using System.Text;

namespace Briefing.Layout.Hyphenation;

/// <summary>Reads a hyph-utf8 style TeX file: the <c>\patterns{…}</c> group and the optional
/// <c>\hyphenation{…}</c> exception group. Everything else (header, comments) is ignored.</summary>
internal static class TexPatternReader
{
    /// <summary>Parses the file's text; throws <see cref="InvalidDataException"/> when it has no pattern group.</summary>
    public static PatternSet Parse(string text, string sourceName)
    {
        var clean = StripComments(text);
        var patterns = Group(clean, @"\patterns")
            ?? throw new InvalidDataException($"{sourceName}: no \\patterns{{…}} group");
        var exceptions = Group(clean, @"\hyphenation") ?? "";
        var set = new PatternSet();
        foreach (var token in Tokens(patterns)) set.AddPattern(token);
        foreach (var token in Tokens(exceptions)) set.AddException(token);
        if (set.PatternCount == 0) throw new InvalidDataException($"{sourceName}: the \\patterns group is empty");
        return set;
    }

    private static string StripComments(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var line in text.Split('\n'))
        {
            var cut = line.IndexOf('%');
            sb.Append(cut < 0 ? line : line[..cut]).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>The body of <c>command{ … }</c>, or null when the command is absent.</summary>
    private static string? Group(string text, string command)
    {
        var at = text.IndexOf(command, StringComparison.Ordinal);
        if (at < 0) return null;
        var open = text.IndexOf('{', at + command.Length);
        if (open < 0) return null;
        var close = text.IndexOf('}', open + 1);
        if (close < 0) throw new InvalidDataException($"{command}{{ is never closed");
        return text[(open + 1)..close];
    }

    private static IEnumerable<string> Tokens(string body) =>
        body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
