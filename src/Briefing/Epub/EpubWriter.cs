using Briefing.Model;
using Briefing.Styles;

namespace Briefing.Epub;

/// <summary>Writes the document model as an EPUB 3 package.</summary>
public static class EpubWriter
{
    /// <summary>Writes the EPUB to a stream.</summary>
    public static void Write(Document document, Style style, EpubOptions options, Stream output) =>
        throw new NotImplementedException("EPUB writer: in progress");
}

/// <summary>EPUB output options.</summary>
/// <param name="Modified">dcterms:modified and zip entry times (reproducible builds).</param>
/// <param name="PageOfAnchor">Printed page of each anchor id (paragraph, heading), for the nav page-list; empty when no PDF layout ran.</param>
public sealed record EpubOptions(DateTimeOffset Modified, IReadOnlyDictionary<string, int> PageOfAnchor);
