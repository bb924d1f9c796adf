namespace Briefing.Readers;

/// <summary>
/// The editor's sidecar (<c>NAME.yaml</c> beside <c>NAME.txt</c>): metadata overrides and the FAQ questions a
/// scrape lost, in answer order. Markdown front matter has the same keys. Read by <see cref="SidecarYaml"/>.
/// </summary>
internal sealed class Sidecar
{
    /// <summary>Title override.</summary>
    public string? Title { get; set; }
    /// <summary>Subtitle.</summary>
    public string? Subtitle { get; set; }
    /// <summary>The authors, one name each (front matter may list them, as pandoc's does).</summary>
    public List<string>? Authors { get; set; }
    /// <summary>Publisher.</summary>
    public string? Publisher { get; set; }
    /// <summary>Publication date (ISO 8601).</summary>
    public string? Date { get; set; }
    /// <summary>BCP 47 language tag.</summary>
    public string? Language { get; set; }
    /// <summary>Keywords (subjects).</summary>
    public List<string>? Keywords { get; set; }
    /// <summary>A style file, relative to the sidecar, or a bundled style name.</summary>
    public string? Style { get; set; }
    /// <summary>A stable identifier (URN/URL); derived from the content when absent.</summary>
    public string? Identifier { get; set; }
    /// <summary>Short description; the lede is used when absent.</summary>
    public string? Description { get; set; }
    /// <summary>FAQ questions, in the order of the answers.</summary>
    public List<string>? Faq { get; set; }

    /// <summary>Where it was read from.</summary>
    public string Path { get; set; } = "";
    /// <summary>1-based line of each FAQ question in the file (for messages).</summary>
    public List<int> FaqLines { get; set; } = [];
    /// <summary>1-based line of each key given, by key (for messages about its value).</summary>
    public Dictionary<string, int> KeyLines { get; } = new(StringComparer.Ordinal);
    /// <summary>Values that are used but look wrong, and front-matter keys that look like misspelt ones of ours.</summary>
    public List<Diagnostic> Warnings { get; } = [];

    /// <summary>The sidecar path for a source: same folder and stem, .yaml or .yml.</summary>
    public static string? PathFor(string sourcePath)
    {
        var stem = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(sourcePath) ?? "", System.IO.Path.GetFileNameWithoutExtension(sourcePath));
        foreach (var ext in new[] { ".yaml", ".yml" })
            if (File.Exists(stem + ext) && !string.Equals(System.IO.Path.GetFullPath(stem + ext), System.IO.Path.GetFullPath(sourcePath), StringComparison.Ordinal))
                return stem + ext;
        return null;
    }

    /// <summary>Loads a sidecar file; YAML errors, values of the wrong shape and unknown keys are input errors with the line.</summary>
    public static Sidecar Load(string path) => Parse(SourceText.Composed(File.ReadAllText(path)), path, 0);

    /// <summary>Parses sidecar YAML (also front matter, whose first line is <paramref name="lineOffset"/>+1).</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="path">The file, for messages.</param>
    /// <param name="lineOffset">Lines before the YAML in its file.</param>
    /// <param name="strict">Unknown keys are errors (our sidecar); front matter shared with other tools passes them over.</param>
    public static Sidecar Parse(string yaml, string path, int lineOffset, bool strict = true) =>
        SidecarYaml.Read(yaml, path, lineOffset, strict);

    /// <summary>Where <paramref name="key"/> was given, or null.</summary>
    public Model.SourcePlace? PlaceOf(string key) => KeyLines.TryGetValue(key, out var line) ? new(Path, line) : null;
}
