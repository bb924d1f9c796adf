using System.Text;
using System.Text.RegularExpressions;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Readers.Markdown;

/// <summary>
/// Footnotes that do not meet: a citation with no note is printed as typed ("[^nope]"), and a note nobody cites is
/// left out of the Notes chapter. Both are silent in Markdown, so each gets a warning at its line.
/// </summary>
internal static partial class FootnoteWarnings
{
    /// <summary>The warnings, citations first, in the order they stand.</summary>
    public static IEnumerable<Diagnostic> Of(MarkdownDocument md, string path)
    {
        foreach (var leaf in md.Descendants<LeafBlock>())
            if (leaf.Inline is not null)
                foreach (var (label, line) in UnresolvedCitations(leaf.Inline))
                    yield return new Diagnostic(path, line, $"footnote [{label}] has no note ([{label}]: …)");
        // Markdig keeps an uncited note's definition (its label starts with '^') but gives the note no number.
        foreach (var definition in md.Descendants<FootnoteLinkReferenceDefinition>().Where(d => d.Footnote.Order <= 0))
            yield return new Diagnostic(path, definition.Line + 1, $"note [{definition.Footnote.Label}] is never cited; it is left out");
    }

    /// <summary>
    /// A citation Markdig could not resolve stays text, split over several literals ("[", "^", "nope", "]"); each run
    /// of neighbouring literals is read as one, and a citation typed with an escaped bracket (\[^x]) is left alone.
    /// </summary>
    private static IEnumerable<(string Label, int Line)> UnresolvedCitations(ContainerInline container)
    {
        var text = new StringBuilder();
        var owners = new List<LiteralInline>();
        var found = new List<(string, int)>();
        void Flush()
        {
            foreach (Match m in Citation().Matches(text.ToString()))
            {
                var bracket = owners[m.Index];
                if (bracket.IsFirstCharacterEscaped && owners.IndexOf(bracket) == m.Index) continue;   // typed as \[^x]
                // The line of the literal holding the caret: Markdig leaves the bracket's own line at 0.
                found.Add(("^" + m.Groups[1].Value, owners[m.Index + 1].Line + 1));
            }
            text.Clear();
            owners.Clear();
        }
        foreach (var inline in container)
        {
            if (inline is LiteralInline literal)
            {
                var piece = literal.Content.ToString();
                text.Append(piece);
                owners.AddRange(Enumerable.Repeat(literal, piece.Length));
                continue;
            }
            Flush();
            if (inline is ContainerInline inner and not LinkInline { IsImage: true }) found.AddRange(UnresolvedCitations(inner));
        }
        Flush();
        return found;
    }

    [GeneratedRegex(@"\[\^([^\[\]\s]+)\]")]
    private static partial Regex Citation();
}
