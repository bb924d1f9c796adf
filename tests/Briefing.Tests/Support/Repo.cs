namespace Briefing.Tests.Support;

/// <summary>Paths into the repository and ../shared, found from the test assembly's folder.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string SeedText => System.IO.Path.Combine(Root, "source-text", "russia-iran-relations.txt");
    public static string DefaultStyle => System.IO.Path.Combine(Root, "styles", "briefing.yaml");
    public static string Shared => System.IO.Path.GetFullPath(System.IO.Path.Combine(Root, "..", "shared"));
    public static string Corpus => System.IO.Path.Combine(Shared, "corpus");

    /// <summary>Every corpus file, or none when ../shared is absent (outside CI).</summary>
    public static IEnumerable<string> CorpusFiles() =>
        Directory.Exists(Corpus) ? Directory.EnumerateFiles(Corpus).Order(StringComparer.Ordinal) : [];

    /// <summary>True on CI, where nothing may be skipped.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "Briefing.slnx"))) return dir.FullName;
        throw new InvalidOperationException("repository root (Briefing.slnx) not found above " + AppContext.BaseDirectory);
    }
}
