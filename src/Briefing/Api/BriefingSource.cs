using System.Text;
using Briefing.Model;
using Briefing.Readers;

namespace Briefing;

/// <summary>
/// A source read and its structure recovered (title, lede, chapters, sections, FAQ): raw scraped text or Markdown
/// with YAML front matter, plus the editor's sidecar (<c>NAME.yaml</c> beside <c>NAME.txt</c>) when there is one.
/// </summary>
public sealed class BriefingSource
{
    private BriefingSource(Document document, bool isFile)
    {
        Document = document;
        IsFile = isFile;
    }

    internal Document Document { get; }

    /// <summary>True when read from a file (its modification time dates the outputs).</summary>
    internal bool IsFile { get; }

    /// <summary>Reads a source file: <c>.md</c>/<c>.markdown</c> as Markdown, anything else as raw text.</summary>
    /// <param name="path">The source file.</param>
    /// <param name="maxInputBytes">Largest file accepted, in bytes.</param>
    /// <exception cref="InputException">The file is missing, not UTF-8 text, too large, or its sidecar is invalid.</exception>
    public static BriefingSource Read(string path, long maxInputBytes = BriefingOptions.DefaultMaxInputBytes) =>
        new(SourceReader.Read(path, maxInputBytes), isFile: true);

    /// <summary>Reads source text held in memory.</summary>
    /// <param name="text">The whole source.</param>
    /// <param name="name">A file name for messages and output metadata; its extension picks the reader
    /// (<c>article.md</c> for Markdown, <c>article.txt</c> for raw text).</param>
    /// <exception cref="InputException">The text is empty or holds binary data.</exception>
    public static BriefingSource Parse(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        // Through the same decoder as files: the same checks and line-end folding.
        return new(SourceReader.Parse(SourceText.Decode(Encoding.UTF8.GetBytes(text), name), name), isFile: false);
    }

    /// <summary>The file path or name it was read from.</summary>
    public string Name => Document.Report.SourcePath;

    /// <summary>The title found (or set by the sidecar or front matter).</summary>
    public string Title => Document.Metadata.Title;

    /// <summary>Number of body chapters found.</summary>
    public int Chapters => Document.Chapters.Count;

    /// <summary>Number of FAQ entries found.</summary>
    public int FaqEntries => Document.Faq?.Entries.Count ?? 0;

    /// <summary>What the import could not do cleanly (for example an FAQ answer whose question was lost).</summary>
    public IReadOnlyList<Diagnostic> Warnings => Document.Report.Warnings;
}
