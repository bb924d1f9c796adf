using Briefing.Model;
using Briefing.Readers.Markdown;
using Briefing.Readers.PlainText;

namespace Briefing.Readers;

/// <summary>Reads any supported source into the document model: picks the reader by extension and applies the sidecar.</summary>
internal static class SourceReader
{
    /// <summary>Extensions read as Markdown; everything else is plain text.</summary>
    public static readonly IReadOnlyList<string> MarkdownExtensions = [".md", ".markdown"];

    /// <summary>Extensions picked up when building a folder.</summary>
    public static readonly IReadOnlyList<string> SourceExtensions = [".txt", ".md", ".markdown"];

    /// <summary>True when the file is a source (not a sidecar or something else).</summary>
    public static bool IsSource(string path) =>
        SourceExtensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    /// <summary>Reads a source file and its sidecar (if any).</summary>
    public static Document Read(string path, long maxBytes = SourceText.DefaultMaxBytes)
    {
        var text = SourceText.Load(path, maxBytes);
        var sidecarPath = Sidecar.PathFor(path);
        var sidecar = sidecarPath is null ? null : Sidecar.Load(sidecarPath);
        return Parse(text, path, sidecar);
    }

    /// <summary>Parses already-decoded text (LF line ends) as the reader for <paramref name="path"/>'s extension.</summary>
    public static Document Parse(string text, string path, Sidecar? sidecar = null)
    {
        text = SourceText.Composed(text);
        var document = MarkdownExtensions.Contains(Path.GetExtension(path).ToLowerInvariant())
            ? MarkdownReader.Read(text, path, sidecar)
            : PlainTextReader.Read(text, path, sidecar);
        document = FrenchSpacing.Apply(document);
        return document.WithWarnings([.. sidecar?.Warnings ?? [], .. document.Report.Warnings, .. DocumentAnchors.DanglingLinks(document)]);
    }
}
