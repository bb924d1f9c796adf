using Briefing.Model;

namespace Briefing.Publishing;

/// <summary>Checks a recovered document for what an editor should fix before building (<c>briefing check</c>).</summary>
internal static class SourceLint
{
    /// <summary>A finding; errors make <c>check</c> exit 1.</summary>
    public sealed record Finding(Diagnostic Diagnostic, bool IsError);

    /// <summary>All findings for a document, in source order.</summary>
    /// <param name="document">The document as imported.</param>
    /// <param name="missingGlyphs">Characters no font of the style can show (<see cref="GlyphCheck.Missing"/>).</param>
    public static IReadOnlyList<Finding> Check(Document document, IEnumerable<Diagnostic>? missingGlyphs = null)
    {
        var file = document.Report.SourcePath;
        var findings = new List<Finding>();
        foreach (var w in document.Report.Warnings) findings.Add(new Finding(w, false));

        var headings = new List<Heading>();
        foreach (var chapter in document.Chapters)
        {
            headings.Add(chapter.Heading);
            headings.AddRange(chapter.Sections.Select(s => s.Heading));
            // A chapter with sections is not empty: each empty section is reported where it is instead.
            if (chapter.Blocks.Count == 0 && chapter.Sections.Count == 0)
                findings.Add(new(new Diagnostic(file, chapter.Heading.Line, $"chapter \"{chapter.Heading.Text}\" is empty"), false));
            foreach (var section in chapter.Sections.Where(s => s.Blocks.Count == 0))
                findings.Add(new(new Diagnostic(file, section.Heading.Line, $"section \"{section.Heading.Text}\" is empty"), false));
            // A heading below the section level is a label over the blocks that follow it; one over nothing is a
            // heading left without its text (the chapter or section holding it is not empty, so it said nothing).
            foreach (var label in chapter.Blocks.Concat(chapter.Sections.SelectMany(s => s.Blocks)).OfType<Label>().Where(l => l.Blocks.Count == 0))
                findings.Add(new(new Diagnostic(file, label.Heading.Line, $"heading \"{label.Heading.Text}\" has nothing under it"), false));
        }
        foreach (var h in headings)
        {
            var words = BodyText.CountWords(h.Text);
            if (words > 14 || h.Text.TrimEnd().EndsWith('.'))
                findings.Add(new(new Diagnostic(file, h.Line, $"heading \"{Shorten(h.Text)}\" looks like a paragraph ({words} words)"), false));
        }
        foreach (var group in headings.GroupBy(h => h.Text.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            foreach (var h in group.Skip(1))
                findings.Add(new(new Diagnostic(file, h.Line, $"duplicate heading \"{h.Text}\" (first on line {group.First().Line})"), false));

        findings.AddRange(FaqFindings(document.Faq, file));
        foreach (var glyph in missingGlyphs ?? []) findings.Add(new(glyph, true));

        return findings.DistinctBy(f => (f.Diagnostic.Line, f.Diagnostic.Message)).OrderBy(f => f.Diagnostic.Line).ThenBy(f => f.Diagnostic.Column).ToList();
    }

    /// <summary>Answers without questions (errors), questions without answers, and questions asked twice.</summary>
    private static IEnumerable<Finding> FaqFindings(Faq? faq, string file)
    {
        var entries = faq?.Entries ?? [];
        foreach (var entry in entries)
            if (entry.QuestionSource == QuestionSource.Inferred)
            {
                var line = entry.Answer.FirstOrDefault()?.Line ?? entry.Question.Line;
                yield return new(new Diagnostic(file, line, "FAQ answer without a question: add it to the sidecar's faq: list"), true);
            }
            else if (entry.Answer.Count == 0)
                yield return new(new Diagnostic(file, entry.Question.Line, $"FAQ question \"{Shorten(entry.Question.Text)}\" has no answer"), false);
        var questions = entries.Where(e => e.QuestionSource != QuestionSource.Inferred).Select(e => e.Question);
        foreach (var group in questions.GroupBy(q => q.Text.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            foreach (var q in group.Skip(1))
                yield return new(new Diagnostic(file, q.Line, $"FAQ question \"{Shorten(q.Text)}\" asked twice (first on line {group.First().Line})"), false);
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
