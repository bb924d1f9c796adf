using Briefing.Model;

namespace Briefing.Readers.Markdown;

/// <summary>Reads Markdown with YAML front matter.</summary>
public static class MarkdownReader
{
    /// <summary>Reads LF-normalised Markdown.</summary>
    public static Document Read(string text, string path, Sidecar? sidecar) =>
        throw new NotImplementedException("markdown reader: in progress");
}
