using Spectre.Console;

namespace Briefing.Cli;

/// <summary>A live display of a batch on a terminal: one bar per input, advancing through the pipeline's stages.</summary>
public sealed class BuildProgress(IReadOnlyList<string> sources)
{
    private static readonly string[] Stages = ["import", "style", "layout", "pdf", "epub", "write"];
    private readonly Dictionary<string, ProgressTask> _tasks = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Runs the work under the display.</summary>
    public void Run(Action work) =>
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                lock (_gate)
                    foreach (var s in sources)
                        _tasks[s] = ctx.AddTask(Markup.Escape(Path.GetFileName(s)), maxValue: Stages.Length);
                work();
            });

    /// <summary>An input entered a stage.</summary>
    public void Stage(string source, string stage)
    {
        lock (_gate)
            if (_tasks.TryGetValue(source, out var task))
            {
                task.Value = Math.Max(task.Value, Array.IndexOf(Stages, stage));
                task.Description = Markup.Escape($"{Path.GetFileName(source)} · {stage}");
            }
    }

    /// <summary>An input finished (built or failed).</summary>
    public void Done(string source)
    {
        lock (_gate)
            if (_tasks.TryGetValue(source, out var task))
            {
                task.Description = Markup.Escape(Path.GetFileName(source));
                task.Value = task.MaxValue;
            }
    }
}
