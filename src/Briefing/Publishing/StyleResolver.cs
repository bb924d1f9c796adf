using Briefing.Model;
using Briefing.Styles;

namespace Briefing.Publishing;

/// <summary>Chooses the style file for a build: --style, else the source's own choice, else styles/briefing.yaml.</summary>
internal static class StyleResolver
{
    /// <summary>The style path for a document.</summary>
    /// <param name="explicitStyle">The --style option, if given.</param>
    /// <param name="document">The document, whose sidecar or front matter may name a style.</param>
    public static string PathFor(string? explicitStyle, Document? document)
    {
        if (!string.IsNullOrWhiteSpace(explicitStyle)) return ByName(explicitStyle, Directory.GetCurrentDirectory());
        if (document?.Metadata.Style is { Length: > 0 } named)
        {
            var baseDir = Path.GetDirectoryName(Path.GetFullPath(document.Report.SourcePath)) ?? ".";
            var path = ByName(named, baseDir);
            // Named in a sidecar or front matter: the message points there, not at a path nobody wrote.
            if (!File.Exists(path) && document.Metadata.StyleAt is { } at)
                throw new InputException(at.File, at.Line,
                    $"style '{named}' not found: no style file {path} and no bundled style of that name (bundled: {string.Join(", ", BundledNames())})");
            return path;
        }
        var local = Path.Combine("styles", "briefing.yaml");
        return File.Exists(local) ? local : StyleLoader.BundledStylePath;
    }

    /// <summary>A path relative to <paramref name="baseDir"/>, or a bundled style name such as "memo".</summary>
    private static string ByName(string name, string baseDir)
    {
        var candidate = Path.IsPathRooted(name) ? name : Path.Combine(baseDir, name);
        // A bare word is a style name, never a file of that name (the CLI's own executable is called "briefing").
        var isName = Path.GetExtension(name).Length == 0 && name.IndexOfAny(['/', '\\']) < 0;
        if (!isName && File.Exists(candidate)) return candidate;
        var bare = Path.GetFileNameWithoutExtension(name);
        foreach (var dir in StyleFolders)
        {
            var bundled = Path.Combine(dir, bare + ".yaml");
            if (File.Exists(bundled)) return bundled;
        }
        return candidate; // StyleLoader reports it as missing, naming the path.
    }

    /// <summary>Where bundled styles are looked for: the working folder's styles/, then the program's.</summary>
    private static string[] StyleFolders => ["styles", Path.Combine(AppContext.BaseDirectory, "styles")];

    /// <summary>The names a style can be chosen by, from every styles folder.</summary>
    private static IEnumerable<string> BundledNames() =>
        StyleFolders.Where(Directory.Exists).SelectMany(d => Directory.EnumerateFiles(d, "*.yaml"))
            .Select(Path.GetFileNameWithoutExtension).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
}
