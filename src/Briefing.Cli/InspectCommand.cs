using System.CommandLine;
using Briefing.Model;
using Briefing.Publishing;
using Briefing.Readers;

namespace Briefing.Cli;

/// <summary><c>briefing inspect INPUT [--json]</c>: the recovered structure.</summary>
public static class InspectCommand
{
    /// <summary>The command.</summary>
    public static Command Create(Output output)
    {
        var input = new Argument<string>("INPUT") { Description = "Source file" };
        var json = new Option<bool>("--json") { Description = "Machine-readable JSON (stable shape)" };
        var command = new Command("inspect", "Print the structure recovered from a source.\n\nExamples:\n  briefing inspect source-text/russia-iran-relations.txt\n  briefing inspect article.md --json")
        { input, json };
        command.SetAction(r =>
        {
            try
            {
                var document = SourceReader.Read(r.GetValue(input)!);
                output.Out.Write(r.GetValue(json) ? StructureReport.Json(document) : StructureReport.Text(document));
                return ExitCodes.Ok;
            }
            catch (InputException e) { output.Error(SourceExcerpt.Format(e.Diagnostic)); return ExitCodes.Failed; }
        });
        return command;
    }
}
