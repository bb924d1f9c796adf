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
            return ByName(named, baseDir);
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
        foreach (var dir in new[] { "styles", Path.Combine(AppContext.BaseDirectory, "styles") })
        {
            var bundled = Path.Combine(dir, bare + ".yaml");
            if (File.Exists(bundled)) return bundled;
        }
        return candidate; // StyleLoader reports it as missing, naming the path.
    }
}
