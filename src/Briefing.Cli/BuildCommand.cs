using System.CommandLine;
using Briefing.Model;
using Briefing.Publishing;
using Briefing.Readers;
using Briefing.Styles;

namespace Briefing.Cli;

/// <summary><c>briefing build [INPUT...] [-o DIR] [--format pdf|epub|all] [--paper a4|letter] [--style FILE]</c></summary>
public static class BuildCommand
{
    /// <summary>Parsed options.</summary>
    public sealed record Settings(
        IReadOnlyList<string>? Inputs = null,
        string OutputDirectory = "output",
        OutputFormats Formats = OutputFormats.All,
        string? Paper = null,
        string? Style = null,
        int Jobs = 0,
        long MaxInputBytes = SourceText.DefaultMaxBytes);

    /// <summary>The command.</summary>
    public static Command Create(Output output)
    {
        var inputs = new Argument<string[]>("INPUT") { Arity = ArgumentArity.ZeroOrMore, Description = "Source files or folders (default: source-text/)" };
        var outDir = new Option<string>("--output", "-o") { Description = "Output folder", DefaultValueFactory = _ => "output", HelpName = "DIR" };
        var format = new Option<string>("--format") { Description = "What to write", DefaultValueFactory = _ => "all" };
        format.AcceptOnlyFromAmong("pdf", "epub", "all");
        var paper = new Option<string?>("--paper") { Description = "Paper size (default: the style's, a4)" };
        paper.AcceptOnlyFromAmong([.. Paper.Names]);
        var style = new Option<string?>("--style") { Description = "Style: briefing, memo, report or a style file (default: the source's choice, else briefing)", HelpName = "NAME|FILE" };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Inputs built at once (default: one per core)", DefaultValueFactory = _ => 0 };
        var maxSize = new Option<long>("--max-input-size") { Description = "Largest input accepted, in bytes", DefaultValueFactory = _ => SourceText.DefaultMaxBytes };
        var watch = new Option<bool>("--watch", "-w") { Description = "Keep running and rebuild when a source, sidecar, picture or style changes" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only errors and the summary line" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Also print each input's recovered structure and warnings" };
        var command = new Command("build", "Build the PDF briefing and the EPUB for each input.\n\nExamples:\n  briefing build\n  briefing build source-text/russia-iran-relations.txt --format pdf --paper letter\n  briefing build notes.md -o out --style styles/memo.yaml")
        {
            inputs, outDir, format, paper, style, jobs, maxSize, watch, quiet, verbose,
        };
        command.SetAction(async (r, cancel) =>
        {
            output.Quiet = r.GetValue(quiet);
            output.Verbose = r.GetValue(verbose);
            var settings = new Settings(r.GetValue(inputs), r.GetValue(outDir)!, ParseFormat(r.GetValue(format)!),
                r.GetValue(paper), r.GetValue(style), r.GetValue(jobs), r.GetValue(maxSize));
            var code = Run(output, settings);
            if (!r.GetValue(watch)) return code;
            List<string> sources;
            try { sources = InputFiles.Expand(settings.Inputs is { Count: > 0 } i ? i : ["source-text"]); }
            catch (InputException) { return code; }
            await new Watcher(sources, changed => Run(output, settings with { Inputs = changed }), output).RunAsync(cancel);
            return code;
        });
        return command;
    }

    private static OutputFormats ParseFormat(string value) => value switch
    {
        "pdf" => OutputFormats.Pdf,
        "epub" => OutputFormats.Epub,
        _ => OutputFormats.All,
    };

    /// <summary>
    /// Whether a build of a batch runs on its worker's thread alone. When the batch gives every core a build, a
    /// build's own parallel work (the EPUB beside the PDF, compression on the free cores) finds no free core and only
    /// competes with the other builds (a batch of 8 on 2 cores: 0.246 → 0.227 s without it); the last build to start
    /// keeps it, to use the cores the finished workers leave idle.
    /// </summary>
    /// <param name="waiting">Inputs not yet started when this one starts.</param>
    /// <param name="jobs">Workers.</param>
    /// <param name="inputs">Inputs in the batch.</param>
    /// <param name="cores">Cores the process may use.</param>
    internal static bool SingleCore(int waiting, int jobs, int inputs, int cores) =>
        jobs > 1 && Math.Min(jobs, inputs) >= cores && waiting > 0;

    /// <summary>Builds every input; one failure does not stop the others.</summary>
    public static int Run(Output output, Settings settings)
    {
        List<string> sources;
        try { sources = InputFiles.Expand(settings.Inputs is { Count: > 0 } i ? i : ["source-text"]); }
        catch (InputException e) { output.Error(SourceExcerpt.Format(e.Diagnostic)); return ExitCodes.Failed; }

        var failed = new List<string>();
        var degree = settings.Jobs > 0 ? settings.Jobs : Environment.ProcessorCount;
        var total = System.Diagnostics.Stopwatch.StartNew();
        var progress = output.Interactive ? new BuildProgress(sources) : null;
        // Under a live display, lines are held back and printed when it closes, so they cannot tear it.
        var final = output;
        if (progress is not null) output = new Output(new StringWriter(), new StringWriter()) { Verbose = final.Verbose };
        var waiting = sources.Count;
        void BuildOne(string source)
        {
            var singleCore = SingleCore(Interlocked.Decrement(ref waiting), degree, sources.Count, Environment.ProcessorCount);
            try
            {
                var result = Publisher.Build(new BuildRequest(source, settings.OutputDirectory, settings.Formats,
                    settings.Paper, settings.Style, settings.MaxInputBytes, SingleCore: singleCore), stage => progress?.Stage(source, stage));
                progress?.Done(source);
                Report(output, result);
            }
            catch (InputException e)
            {
                output.Error(SourceExcerpt.Format(e.Diagnostic));
                lock (failed) failed.Add(source);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                output.Error($"{source}: build failed: {e.GetType().Name}: {e.Message}");
                lock (failed) failed.Add(source);
            }
            finally { progress?.Done(source); }
        }
        var options = new ParallelOptions { MaxDegreeOfParallelism = degree };
        // One input at a time per worker: inputs are few and heavy, so chunks would leave a core idle at the end.
        // Largest first, so the last to start are the shortest and no core waits long for the others at the end.
        var order = degree > 1 && sources.Count > degree ? LargestFirst(sources) : sources;
        var queue = System.Collections.Concurrent.Partitioner.Create(order, System.Collections.Concurrent.EnumerablePartitionerOptions.NoBuffering);
        if (progress is null) Parallel.ForEach(queue, options, BuildOne);
        else
        {
            progress.Run(() => Parallel.ForEach(queue, options, BuildOne));
            final.Out.Write(output.Out.ToString());
            final.Err.Write(output.Err.ToString());
            output = final;
        }
        var ok = sources.Count - failed.Count;
        output.Line($"built {ok} of {sources.Count} input(s) in {total.Elapsed.TotalSeconds:0.00} s" +
                    (failed.Count > 0 ? $"; failed: {string.Join(", ", failed.Order(StringComparer.Ordinal))}" : ""));
        return failed.Count == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }

    /// <summary>The inputs by size, largest first (equal sizes in the given order); an unreadable one counts as empty
    /// and fails in its build as it would anyway.</summary>
    internal static List<string> LargestFirst(IReadOnlyList<string> sources)
    {
        static long Size(string path)
        {
            try { return new FileInfo(path).Length; }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException) { return 0; }
        }
        return [.. sources.Select((path, index) => (path, index, size: Size(path)))
            .OrderByDescending(s => s.size).ThenBy(s => s.index).Select(s => s.path)];
    }

    private static void Report(Output output, BuildResult result)
    {
        var stages = string.Join(", ", result.Stages.Select(s => $"{s.Stage} {s.Elapsed.TotalMilliseconds:0} ms"));
        var files = string.Join(", ", result.Outputs.Select(o => $"{o.Path} ({o.Bytes / 1024.0:0.0} KiB)"));
        output.Detail($"{result.Source}: {result.Pages} pages; {stages} → {files}");
        foreach (var w in result.Warnings) output.Error($"warning: {w}");
        if (output.Verbose) output.Line(result.Structure.Value);
    }
}
