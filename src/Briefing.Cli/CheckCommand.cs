using System.CommandLine;
using Briefing.Model;
using Briefing.Publishing;
using Briefing.Readers;
using Briefing.Styles;

namespace Briefing.Cli;

/// <summary><c>briefing check INPUT...</c>: lints sources without building; exit 1 when any has errors.</summary>
public static class CheckCommand
{
    /// <summary>The command.</summary>
    public static Command Create(Output output)
    {
        var inputs = new Argument<string[]>("INPUT") { Arity = ArgumentArity.OneOrMore, Description = "Source files or folders" };
        var style = new Option<string?>("--style") { Description = "Style whose fonts must show every character (default: the source's choice, else briefing)", HelpName = "NAME|FILE" };
        var command = new Command("check", "Check sources without building: structure found, FAQ answers without questions, FAQ questions asked twice or left unanswered, headings that look like paragraphs, empty chapters and sections, duplicate headings, characters the style's fonts cannot show.\n\nExamples:\n  briefing check source-text/russia-iran-relations.txt\n  briefing check source-text --style memo")
        { inputs, style };
        command.SetAction(r => Run(output, r.GetValue(inputs)!, r.GetValue(style)));
        return command;
    }

    /// <summary>Checks each input and prints its findings.</summary>
    public static int Run(Output output, IReadOnlyList<string> inputs, string? style = null)
    {
        var errors = 0;
        List<string> sources;
        try { sources = InputFiles.Expand(inputs); }
        catch (InputException e) { output.Error(SourceExcerpt.Format(e.Diagnostic)); return ExitCodes.Failed; }
        foreach (var source in sources)
        {
            try
            {
                var document = SourceReader.Read(source);
                var styleUsed = StyleLoader.Load(StyleResolver.PathFor(style, document));
                var findings = SourceLint.Check(document, GlyphCheck.Missing(document, styleUsed));
                var sections = document.Chapters.Sum(c => c.Sections.Count);
                output.Line($"{source}: {document.Chapters.Count} chapters, {sections} sections, {document.Faq?.Entries.Count ?? 0} FAQ entries, " +
                            $"{BodyText.WordCount(document):N0} words; {findings.Count(f => f.IsError)} error(s), {findings.Count(f => !f.IsError)} warning(s)");
                foreach (var f in findings)
                    output.Error((f.IsError ? "error: " : "warning: ") + SourceExcerpt.Format(f.Diagnostic));
                errors += findings.Count(f => f.IsError);
            }
            catch (InputException e)
            {
                output.Error("error: " + SourceExcerpt.Format(e.Diagnostic));
                errors++;
            }
        }
        return errors == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }
}
