using System.Collections.Concurrent;
using System.Text;

namespace Briefing.Layout.Hyphenation;

/// <summary>
/// Finds and loads pattern files (<c>styles/hyphenation/hyph-&lt;language&gt;.tex</c> beside the application),
/// each at most once per process, however many threads ask at the same time.
/// </summary>
internal static class PatternLibrary
{
    private static readonly ConcurrentDictionary<string, Lazy<Loaded>> Cache = new(StringComparer.Ordinal);

    /// <summary>A load's outcome: the patterns, or why there are none.</summary>
    internal sealed record Loaded(PatternSet? Patterns, string? Problem);

    /// <summary>The folder pattern files are read from.</summary>
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "styles", "hyphenation");

    /// <summary>A language tag folded to the file naming ("en_US" → "en-us", bare "en" → "en-us"); null if malformed.</summary>
    public static string? Normalize(string? language)
    {
        if (string.IsNullOrWhiteSpace(language)) return null;
        var tag = language.Trim().Replace('_', '-').ToLowerInvariant();
        foreach (var c in tag)
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')) return null;
        return tag == "en" ? "en-us" : tag;
    }

    /// <summary>Pattern files named for a variant, not the bare language (hyph-utf8's names).</summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["de"] = "de-1996",   // reformed spelling, what German is written in today
    };

    /// <summary>The patterns of a language, loaded on first use: its own file ("fr-ca"), else its language's ("fr"),
    /// else that language's usual variant ("de" → "de-1996").</summary>
    public static Loaded Get(string language)
    {
        var tag = Normalize(language);
        if (tag is null) return new(null, $"'{language}' is not a language tag");
        // Keyed by the tag asked for: which file answers it is found once, with the load, not on every call.
        return Cache.GetOrAdd(tag, t => new Lazy<Loaded>(() => Load(Resolve(t)), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    private static string Resolve(string tag)
    {
        if (File.Exists(FileOf(tag))) return tag;
        var primary = tag.Split('-')[0];
        var fallback = File.Exists(FileOf(primary)) ? primary : Aliases.GetValueOrDefault(primary);
        return fallback is not null && File.Exists(FileOf(fallback)) ? fallback : tag;
    }

    private static string FileOf(string tag) => Path.Combine(Folder, $"hyph-{tag}.tex");

    /// <summary>Languages with a pattern file in <see cref="Folder"/>.</summary>
    public static IReadOnlyList<string> Available() =>
        Directory.Exists(Folder)
            ? [.. Directory.EnumerateFiles(Folder, "hyph-*.tex").Select(f => Path.GetFileNameWithoutExtension(f)[5..]).Order(StringComparer.Ordinal)]
            : [];

    private static Loaded Load(string tag)
    {
        var path = FileOf(tag);
        if (!File.Exists(path))
        {
            var known = Available();
            return new(null, $"no hyphenation patterns for '{tag}' (looked for {path}; available: "
                + (known.Count == 0 ? "none" : string.Join(", ", known)) + ")");
        }
        try
        {
            return new(TexPatternReader.Parse(File.ReadAllText(path, Encoding.UTF8), path), null);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return new(null, $"hyphenation patterns {path} could not be read: {e.Message}");
        }
    }
}
