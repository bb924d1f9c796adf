using System.CommandLine;
using Briefing.Model;
using Briefing.Publishing;

namespace Briefing.Cli;

/// <summary><c>briefing new NAME</c>: a starter Markdown source and sidecar in source-text/.</summary>
public static class NewCommand
{
    /// <summary>The command.</summary>
    public static Command Create(Output output)
    {
        var name = new Argument<string>("NAME") { Description = "File stem of the new source (letters, digits, '-', '_')" };
        var folder = new Option<string>("--folder") { Description = "Where to create it", DefaultValueFactory = _ => "source-text", HelpName = "DIR" };
        var command = new Command("new", "Write a starter Markdown source and its sidecar into source-text/.\n\nExamples:\n  briefing new energy-outlook\n  briefing build source-text/energy-outlook.md")
        { name, folder };
        command.SetAction(r => Run(output, r.GetValue(name)!, r.GetValue(folder)!));
        return command;
    }

    /// <summary>Creates NAME.md and NAME.yaml; refuses to overwrite.</summary>
    public static int Run(Output output, string name, string folder)
    {
        if (name.Length == 0 || name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
        {
            output.Error($"briefing: '{name}' is not a usable name (letters, digits, '-' and '_' only)");
            return ExitCodes.Usage;
        }
        var md = Path.Combine(folder, name + ".md");
        var yaml = Path.Combine(folder, name + ".yaml");
        foreach (var path in new[] { md, yaml })
            if (File.Exists(path))
            {
                output.Error(new Diagnostic(path, 0, "already exists; choose another name or remove it").ToString());
                return ExitCodes.Failed;
            }
        var title = string.Join(' ', name.Split('-', '_', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        try
        {
            AtomicFile.Write(md, s => s.Write(System.Text.Encoding.UTF8.GetBytes(StarterMarkdown(title))));
            AtomicFile.Write(yaml, s => s.Write(System.Text.Encoding.UTF8.GetBytes(StarterSidecar(title))));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            output.Error(new Diagnostic(folder, 0, $"cannot write: {e.Message}").ToString());
            return ExitCodes.Failed;
        }
        output.Line($"wrote {md} and {yaml}; build it with: briefing build {md}");
        return ExitCodes.Ok;
    }

    private static string StarterMarkdown(string title) => $$"""
        # {{title}}

        One paragraph that says what this briefing is about and why it matters now. It becomes the summary on the
        cover and the e-book's description.

        ## Background

        The first chapter. Chapters open on a new page in print and are files of their own in the e-book.

        ### What happened

        A section inside the chapter. Write paragraphs as you would in an email; lists work too:

        - a first point, short and concrete;
        - a second point.

        #### Key figure:

        A label: a small run-in heading with the paragraph it introduces.

        ## Outlook

        The last chapter.

        ## Frequently Asked Questions

        ### What is the one thing to remember?

        Each question under this heading becomes an entry of the FAQ appendix.

        """;

    private static string StarterSidecar(string title) => $"""
        # Metadata for {title}; every key is optional. Markdown front matter takes the same keys.
        subtitle: A short subtitle for the cover
        author: Your Name
        publisher: Your Organisation
        date: "{DateTime.UtcNow:yyyy-MM-dd}"
        language: en
        keywords: [briefing]
        # style: memo        # or report, or a path to your own style file
        # faq:               # questions for FAQ answers that lost theirs (plain-text sources), in order
        #   - First question?

        """;
}
