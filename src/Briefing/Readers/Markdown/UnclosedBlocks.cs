using System.Text.RegularExpressions;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace Briefing.Readers.Markdown;

/// <summary>
/// Blocks opened and never closed. CommonMark reads them as it must — a code fence runs to the end of what holds
/// it, a front matter without its closing <c>---</c> is a rule and text — and the author is told, since one missing
/// line has turned the rest of the file into something else.
/// </summary>
internal static partial class UnclosedBlocks
{
    /// <summary>A warning at each unclosed fence's line, and at line 1 for a front matter never closed.</summary>
    public static IEnumerable<Diagnostic> Warnings(MarkdownDocument md, string text, string path)
    {
        if (!md.Descendants<YamlFrontMatterBlock>().Any() && OpensFrontMatter(text))
            yield return new Diagnostic(path, 1, "front matter opened here is never closed with ---; it is read as text");
        // Markdig counts the closing fence's characters: none when the fence ran out with its container.
        foreach (var fence in md.Descendants<FencedCodeBlock>().Where(f => f.ClosingFencedCharCount == 0))
        {
            var rest = fence.Parent is MarkdownDocument ? "the rest of the file" : "the rest of its list item or quote";
            yield return new Diagnostic(path, fence.Line + 1, $"code fence never closed: {rest} ({fence.Lines.Count} line{(fence.Lines.Count == 1 ? "" : "s")}) is set as code");
        }
    }

    /// <summary>A first line "---" followed by a "key:" line: a front matter meant, not a rule above a paragraph.</summary>
    private static bool OpensFrontMatter(string text)
    {
        var lines = text.Split('\n', 3);
        return lines.Length >= 2 && lines[0].TrimEnd() == "---" && KeyLine().IsMatch(lines[1]);
    }

    [GeneratedRegex(@"^[A-Za-z_][\w-]*:(\s|$)")]
    private static partial Regex KeyLine();
}
