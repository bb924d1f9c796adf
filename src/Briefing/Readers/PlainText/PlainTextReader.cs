using Briefing.Model;

namespace Briefing.Readers.PlainText;

/// <summary>
/// Recovers an article's structure from raw scraped text: title (first line), lede, chapters, sections, run-in labels,
/// lists and the FAQ, with web noise removed and listed. Shapes decide, never an article's own words.
/// </summary>
internal static class PlainTextReader
{
    /// <summary>Reads LF-normalised text.</summary>
    public static Document Read(string text, string path, Sidecar? sidecar)
    {
        var lines = text.Split('\n');
        var frame = GutenbergFrame.Find(lines);
        var titleIndex = Array.FindIndex(lines, frame.BodyStart, l => l.Trim().Length > 0);
        var sourceTitle = frame.Title ?? (titleIndex >= 0 ? lines[titleIndex].Trim() : null);
        var bodyStart = frame.IsGutenberg ? frame.BodyStart : titleIndex + 1;
        var (noise, titleRepeat) = NoiseFilter.Find(lines, bodyStart, frame.BodyEnd, sourceTitle ?? "");
        var units = UnitSplitter.Split(lines, bodyStart, frame.BodyEnd, noise, titleRepeat);

        var removed = new List<string>();
        for (var i = bodyStart; i < frame.BodyEnd; i++)
            if (noise[i]) removed.Add(lines[i].Trim());

        var builder = new TreeBuilder(path, sidecar);
        if (frame.IsGutenberg)
        {
            // The licence header is front matter: it stays, in the lede, and the title line is part of it.
            builder.AddFrontMatter(UnitSplitter.Split(lines, 0, frame.BodyStart, new bool[lines.Length]));
        }
        builder.AddBody(units);
        if (frame.IsGutenberg && frame.BodyEnd < lines.Length)
            builder.AddBackMatter(UnitSplitter.Split(lines, frame.BodyEnd, lines.Length, new bool[lines.Length]));

        var metadata = MetadataMerge.Build(sourceTitle, null, sidecar, Path.GetFileNameWithoutExtension(path));
        return builder.Build(metadata, removed);
    }
}
