using System.CommandLine;
using System.CommandLine.Parsing;

namespace Briefing.Cli;

/// <summary>The command line: build, inspect, import, check, new. Exit codes: 0 success, 1 bad input or failed build, 2 wrong usage.</summary>
public static class Cli
{
    /// <summary>Parses and runs; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        var output = new Output(stdout ?? Console.Out, stderr ?? Console.Error);
        var parse = Root(output).Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) output.Error($"briefing: {error.Message}");
            output.Error("Try 'briefing --help'.");
            return ExitCodes.Usage;
        }
        return parse.Invoke(new InvocationConfiguration { Output = output.Out, Error = output.Err });
    }

    /// <summary>Parses without running (the help examples are checked this way).</summary>
    internal static ParseResult Parse(string[] args) => Root(new Output(TextWriter.Null, TextWriter.Null)).Parse(args);

    private static RootCommand Root(Output output)
    {
        var root = new RootCommand("Briefing: turns an article into a print-ready PDF briefing and an EPUB e-book.\n" +
                                   "With no command, builds every source in source-text/ into output/.\n\n" +
                                   "Examples:\n  briefing\n  briefing build source-text/russia-iran-relations.txt -v\n" +
                                   "  briefing check source-text\n  briefing new energy-outlook\n  briefing build --help");
        root.Subcommands.Add(BuildCommand.Create(output));
        root.Subcommands.Add(InspectCommand.Create(output));
        root.Subcommands.Add(ImportCommand.Create(output));
        root.Subcommands.Add(CheckCommand.Create(output));
        root.Subcommands.Add(NewCommand.Create(output));
        root.SetAction(_ => BuildCommand.Run(output, new BuildCommand.Settings()));
        return root;
    }
}

/// <summary>Process exit codes (part of the CLI contract).</summary>
public static class ExitCodes
{
    /// <summary>Everything built.</summary>
    public const int Ok = 0;
    /// <summary>Bad input or a failed build.</summary>
    public const int Failed = 1;
    /// <summary>Wrong usage.</summary>
    public const int Usage = 2;
}
