using Briefing.Model;

namespace Briefing.MarkdownExport;

/// <summary>Writes the document model as clean Markdown with YAML front matter (for <c>briefing import</c>).</summary>
public static class MarkdownWriter
{
    /// <summary>The Markdown text.</summary>
    public static string Write(Document document) =>
        throw new NotImplementedException("markdown writer: in progress");
}
