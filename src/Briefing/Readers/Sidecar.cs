using Briefing.Model;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Briefing.Readers;

/// <summary>
/// The editor's sidecar (<c>NAME.yaml</c> beside <c>NAME.txt</c>): metadata overrides and the FAQ questions a
/// scrape lost, in answer order. Markdown front matter has the same keys.
/// </summary>
internal sealed class Sidecar
{
    /// <summary>Title override.</summary>
    public string? Title { get; set; }
    /// <summary>Subtitle.</summary>
    public string? Subtitle { get; set; }
    /// <summary>Author.</summary>
    public string? Author { get; set; }
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
    [YamlIgnore] public string Path { get; set; } = "";
    /// <summary>1-based line of each FAQ question in the file (for messages).</summary>
    [YamlIgnore] public List<int> FaqLines { get; set; } = [];

    /// <summary>The sidecar path for a source: same folder and stem, .yaml or .yml.</summary>
    public static string? PathFor(string sourcePath)
    {
        var stem = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(sourcePath) ?? "", System.IO.Path.GetFileNameWithoutExtension(sourcePath));
        foreach (var ext in new[] { ".yaml", ".yml" })
            if (File.Exists(stem + ext) && !string.Equals(System.IO.Path.GetFullPath(stem + ext), System.IO.Path.GetFullPath(sourcePath), StringComparison.Ordinal))
                return stem + ext;
        return null;
    }

    /// <summary>Loads a sidecar file; YAML errors and unknown keys are input errors with the line.</summary>
    public static Sidecar Load(string path) => Parse(File.ReadAllText(path), path, 0);

    // Plain data only: no type tags; aliases are bounded by the parser's own depth limits. Built once: building
    // reflects over every bound type, and a built deserializer is thread-safe (YamlDotNet 16.1 and later).
    private static readonly Lazy<IDeserializer> Strict = new(() => BuildDeserializer(strict: true));
    private static readonly Lazy<IDeserializer> Lenient = new(() => BuildDeserializer(strict: false));

    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("AOT", "IL3050:RequiresDynamicCode",
        Justification = "Binds plain classes kept whole by the CLI's TrimmerRoots.xml; the AOT app's output is checked against the JIT app's by bench/whole-process.py --verify.")]
    private static IDeserializer BuildDeserializer(bool strict)
    {
        var builder = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance);
        return (strict ? builder : builder.IgnoreUnmatchedProperties()).Build();
    }

    /// <summary>Parses sidecar YAML (also front matter, whose first line is <paramref name="lineOffset"/>+1).</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="path">The file, for messages.</param>
    /// <param name="lineOffset">Lines before the YAML in its file.</param>
    /// <param name="strict">Unknown keys are errors (our sidecar); front matter shared with other tools passes them over.</param>
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("AOT", "IL3050:RequiresDynamicCode",
        Justification = "Binds plain classes kept whole by the CLI's TrimmerRoots.xml; the AOT app's output is checked against the JIT app's by bench/whole-process.py --verify.")]
    public static Sidecar Parse(string yaml, string path, int lineOffset, bool strict = true)
    {
        try
        {
            var sidecar = (strict ? Strict : Lenient).Value.Deserialize<Sidecar?>(yaml) ?? new Sidecar();
            sidecar.Path = path;
            sidecar.FaqLines = FindFaqLines(yaml, lineOffset, sidecar.Faq?.Count ?? 0);
            return sidecar;
        }
        catch (YamlException e)
        {
            var message = (e.InnerException?.Message ?? e.Message);
            var i = message.IndexOf("): ", StringComparison.Ordinal);
            if (message.StartsWith('(') && i > 0) message = message[(i + 3)..];
            throw new InputException(path, (int)e.Start.Line + lineOffset, message, e);
        }
    }

    private static List<int> FindFaqLines(string yaml, int lineOffset, int count)
    {
        var lines = yaml.Split('\n');
        var result = new List<int>();
        var inFaq = false;
        for (var i = 0; i < lines.Length && result.Count < count; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.StartsWith("faq:", StringComparison.Ordinal)) { inFaq = true; continue; }
            if (!inFaq) continue;
            if (line.TrimStart().StartsWith("- ", StringComparison.Ordinal)) result.Add(i + 1 + lineOffset);
            else if (line.Length > 0 && !char.IsWhiteSpace(line[0]) && !line.StartsWith('#')) break;
        }
        while (result.Count < count) result.Add(lineOffset + 1);
        return result;
    }
}
