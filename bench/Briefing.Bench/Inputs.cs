namespace Briefing.Bench;

/// <summary>The seed and its synthetic concatenations, written once to a temp folder.</summary>
internal static class Inputs
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Seed => Path.Combine(RepoRoot, "source-text", "russia-iran-relations.txt");

    /// <summary>N copies of the seed, one after another (the 10× and 100× scale inputs).</summary>
    public static string Concatenated(int copies)
    {
        var path = Path.Combine(Path.GetTempPath(), $"briefing-bench-{copies}x.txt");
        if (!File.Exists(path))
        {
            var text = File.ReadAllText(Seed);
            using var w = new StreamWriter(path);
            for (var i = 0; i < copies; i++) { w.Write(text); w.Write("\n\n"); }
        }
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Briefing.slnx"))) return dir.FullName;
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Briefing.slnx"))) return dir.FullName;
        throw new InvalidOperationException("run from inside the repository");
    }
}
