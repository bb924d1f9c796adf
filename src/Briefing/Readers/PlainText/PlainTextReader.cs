using Briefing.Model;

namespace Briefing.Readers.PlainText;

/// <summary>Recovers an article's structure from raw scraped text.</summary>
public static class PlainTextReader
{
    /// <summary>Reads LF-normalised text.</summary>
    public static Document Read(string text, string path, Sidecar? sidecar) =>
        throw new NotImplementedException("plain-text reader: in progress");
}
