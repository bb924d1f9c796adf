using Briefing.Publishing;
using Briefing.Tests.Support;

namespace Briefing.Tests.Integration;

/// <summary>
/// Builds the seed and every corpus input once per test run through the real pipeline (as `briefing build` does),
/// so the checks over them share one build. Outputs land in a temp folder kept for the run.
/// </summary>
internal static class BuiltOutputs
{
    private static readonly Lazy<string> Folder = new(() => Directory.CreateTempSubdirectory("briefing-built-").FullName);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<BuildResult>> Builds = new();

    /// <summary>The build of a source (cached), with its PDF and EPUB paths.</summary>
    public static BuildResult Of(string source, string? paper = null) =>
        Builds.GetOrAdd(source + "|" + paper, _ => new Lazy<BuildResult>(() =>
        {
            var outDir = Path.Combine(Folder.Value, Path.GetFileNameWithoutExtension(source) + (paper is null ? "" : "-" + paper));
            return Publisher.Build(new BuildRequest(source, outDir, OutputFormats.All, paper));
        })).Value;

    public static string Pdf(this BuildResult r) => r.Outputs.Single(o => o.Path.EndsWith(".pdf", StringComparison.Ordinal)).Path;
    public static string Epub(this BuildResult r) => r.Outputs.Single(o => o.Path.EndsWith(".epub", StringComparison.Ordinal)).Path;

    /// <summary>The seed and the corpus, as theory data (corpus names only, for readable test names).</summary>
    public static IEnumerable<string> AllInputs() => new[] { Repo.SeedText }.Concat(Repo.CorpusFiles());
}
