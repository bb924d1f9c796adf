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
        var exceptions = Group(clean, @"\hyphenation") ?? default;
        // Read in place: a language's patterns are thousands of short tokens (tens of thousands for German), and a
        // string for each was most of a load, on the first build's path. The trie has at most about one edge per
        // three and a half characters of the group (edges per character: it 0.28, en-us 0.27, de-1996 0.22, es 0.19,
        // fr 0.16), so a third never has to grow.
        var set = new PatternSet(patterns.Length / 3);
        var rest = patterns;
        while (NextToken(ref rest) is { IsEmpty: false } token) set.AddPattern(token);
        rest = exceptions;
        while (NextToken(ref rest) is { IsEmpty: false } token) set.AddException(token.ToString());
        if (set.PatternCount == 0) throw new InvalidDataException($"{sourceName}: the \\patterns group is empty");
        return set;
    }

    private static string StripComments(string text)
    {
        var sb = new StringBuilder(text.Length);
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf('\n');
            var line = end < 0 ? rest : rest[..end];
            var cut = line.IndexOf('%');
            sb.Append(cut < 0 ? line : line[..cut]).Append('\n');
            rest = end < 0 ? default : rest[(end + 1)..];
        }
        return sb.ToString();
    }

    /// <summary>The body of <c>command{ … }</c>, or null when the command is absent.</summary>
    private static ReadOnlyMemory<char>? Group(string text, string command)
    {
        var at = text.IndexOf(command, StringComparison.Ordinal);
        if (at < 0) return null;
        var open = text.IndexOf('{', at + command.Length);
        if (open < 0) return null;
        var close = text.IndexOf('}', open + 1);
        if (close < 0) throw new InvalidDataException($"{command}{{ is never closed");
        return text.AsMemory((open + 1)..close);
    }

    /// <summary>The next run of non-white-space characters, and what follows it; empty at the end.</summary>
    private static ReadOnlySpan<char> NextToken(ref ReadOnlyMemory<char> rest)
    {
        var span = rest.Span;
        var start = 0;
        while (start < span.Length && char.IsWhiteSpace(span[start])) start++;
        var end = start;
        while (end < span.Length && !char.IsWhiteSpace(span[end])) end++;
        rest = rest[end..];
        return span[start..end];
    }
}
