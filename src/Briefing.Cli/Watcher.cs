using System.Collections.Concurrent;

namespace Briefing.Cli;

/// <summary>Rebuilds inputs when a source, its sidecar, a picture beside a Markdown source or a style changes
/// (<c>briefing build --watch</c>).</summary>
public sealed class Watcher
{
    private readonly IReadOnlyList<string> _sources;
    private readonly Func<IReadOnlyList<string>, int> _build;
    private readonly Output _output;
    private readonly string _styles;
    private readonly ConcurrentDictionary<string, byte> _changed = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _signal = new(0);

    /// <summary>Watches the folders holding <paramref name="sources"/> and the styles folder (<paramref name="styles"/>,
    /// by default ./styles, where the build looks for a style first).</summary>
    public Watcher(IReadOnlyList<string> sources, Func<IReadOnlyList<string>, int> build, Output output, string? styles = null)
    {
        _styles = Path.GetFullPath(styles ?? "styles");
        _sources = sources.Select(Path.GetFullPath).ToList();
        _build = build;
        _output = output;
    }

    /// <summary>Runs until cancelled; each batch of changes (settled for 250 ms) triggers one rebuild.</summary>
    public async Task RunAsync(CancellationToken cancel)
    {
        var folders = _sources.Select(s => Path.GetDirectoryName(s)!)
            .Append(_styles).Where(Directory.Exists).Distinct(StringComparer.Ordinal).ToList();
        // A Markdown source's pictures may sit in folders below its own.
        var pictureFolders = _sources.Where(IsMarkdown).Select(s => Path.GetDirectoryName(s)!).ToHashSet(StringComparer.Ordinal);
        var watchers = folders.Select(folder =>
        {
            var w = new FileSystemWatcher(folder) { IncludeSubdirectories = pictureFolders.Contains(folder), EnableRaisingEvents = false };
            w.Changed += OnChange; w.Created += OnChange; w.Renamed += (_, e) => Note(e.FullPath);
            w.EnableRaisingEvents = true;
            return w;
        }).ToList();
        _output.Line($"watching {string.Join(", ", folders)} (Ctrl+C to stop)");
        try
        {
            while (!cancel.IsCancellationRequested)
            {
                await _signal.WaitAsync(cancel);
                // Editors write in bursts (temp file, rename, touch): let them settle.
                while (await _signal.WaitAsync(250, cancel)) { }
                var changed = _changed.Keys.ToList();
                _changed.Clear();
                var targets = Affected(changed);
                if (targets.Count == 0) continue;
                _output.Line($"changed: {string.Join(", ", changed.Select(Path.GetFileName))}; rebuilding {targets.Count} input(s)");
                _build(targets);
            }
        }
        catch (OperationCanceledException) { }
        finally
        {
            foreach (var w in watchers) w.Dispose();
        }
    }

    private void OnChange(object sender, FileSystemEventArgs e) => Note(e.FullPath);

    private void Note(string path)
    {
        var name = Path.GetFileName(path);
        // Our own temporary outputs and editor swap files are not changes to sources.
        if (name.StartsWith('.') || name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal)) return;
        _changed[path] = 0;
        _signal.Release();
    }

    private static bool IsMarkdown(string source) =>
        Briefing.Readers.SourceReader.MarkdownExtensions.Contains(Path.GetExtension(source).ToLowerInvariant());

    /// <summary>Which sources a set of changed files affects: the source itself, its sidecar, a Markdown source for a
    /// picture in or below its folder, or every source for a style.</summary>
    internal IReadOnlyList<string> Affected(IEnumerable<string> changed)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in changed)
        {
            var ext = Path.GetExtension(path).ToLowerInvariant();
            var stem = Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path));
            foreach (var source in _sources)
            {
                var sourceStem = Path.Combine(Path.GetDirectoryName(source)!, Path.GetFileNameWithoutExtension(source));
                if (string.Equals(path, source, StringComparison.Ordinal)) result.Add(source);
                else if (ext is ".yaml" or ".yml" && string.Equals(stem, sourceStem, StringComparison.Ordinal)) result.Add(source);
                else if (ext is ".yaml" or ".yml" or ".ttf" && path.StartsWith(_styles + Path.DirectorySeparatorChar, StringComparison.Ordinal)) result.Add(source);
                else if (ext is ".png" or ".jpg" or ".jpeg" && IsMarkdown(source)
                         && path.StartsWith(Path.GetDirectoryName(source)! + Path.DirectorySeparatorChar, StringComparison.Ordinal)) result.Add(source);
            }
        }
        return _sources.Where(result.Contains).ToList();
    }
}
