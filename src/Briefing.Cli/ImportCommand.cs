using System.CommandLine;
using Briefing.MarkdownExport;
using Briefing.Model;
using Briefing.Publishing;
using Briefing.Readers;

namespace Briefing.Cli;

/// <summary><c>briefing import INPUT [-o FILE.md]</c>: the recovered document as clean Markdown.</summary>
public static class ImportCommand
{
    /// <summary>The command.</summary>
    public static Command Create(Output output)
    {
        var input = new Argument<string>("INPUT") { Description = "Source file" };
        var outFile = new Option<string?>("--output", "-o") { Description = "Markdown file to write (default: stdout)", HelpName = "FILE.md" };
        var command = new Command("import", "Write the recovered document as Markdown with YAML front matter, to edit by hand and build from.\n\nExamples:\n  briefing import source-text/russia-iran-relations.txt -o source-text/russia-iran-relations.md")
        { input, outFile };
        command.SetAction(r =>
        {
            try
            {
                var document = SourceReader.Read(r.GetValue(input)!);
                var markdown = MarkdownWriter.Write(document);
                if (r.GetValue(outFile) is { } path)
                {
                    try { AtomicFile.Write(path, s => s.Write(System.Text.Encoding.UTF8.GetBytes(markdown))); }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    { throw new InputException(path, 0, $"cannot write: {e.Message}", e); }
                    output.Line($"wrote {path}");
                    foreach (var w in MissingPictures(document, path)) output.Error($"warning: {w}");
                }
                else output.Out.Write(markdown);
                foreach (var w in document.Report.Warnings) output.Error($"warning: {w}");
                return ExitCodes.Ok;
            }
            catch (InputException e) { output.Error(SourceExcerpt.Format(e.Diagnostic)); return ExitCodes.Failed; }
        });
        return command;
    }

    /// <summary>Pictures the written Markdown will not find: their references stay as the source wrote them, and are
    /// read from beside the file they are in, so Markdown written to another folder needs them copied there.</summary>
    private static IEnumerable<Diagnostic> MissingPictures(Document document, string written)
    {
        var to = Path.GetDirectoryName(Path.GetFullPath(written))!;
        var from = Path.GetDirectoryName(Path.GetFullPath(document.Report.SourcePath))!;
        foreach (var f in BlockWalk.All(document).OfType<Figure>())
        {
            if (File.Exists(Path.Combine(to, f.Source))) continue;
            yield return new Diagnostic(document.Report.SourcePath, f.Line,
                $"picture {f.Source} is not beside {written}: copy {Path.Combine(from, f.Source)} to {Path.Combine(to, f.Source)} to build from it");
        }
    }
}
