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
        var sourceTitle = frame.Fields.Title ?? (titleIndex >= 0 ? lines[titleIndex].Trim() : null);
        var bodyStart = frame.IsGutenberg ? frame.BodyStart : titleIndex + 1;
        var (noise, titleRepeat) = NoiseFilter.Find(lines, bodyStart, frame.BodyEnd, sourceTitle ?? "");
        if (frame.Fields.Author is { } author) NoiseFilter.MarkTitlePageAuthor(lines, bodyStart, frame.BodyEnd, author, noise, titleRepeat);
        // A book's title page and transcribers' notes go after it with the frame; its edition statement is metadata.
        var editorial = frame.IsGutenberg ? EditorialMatter.Find(lines, bodyStart, frame.BodyEnd, noise) : null;
        if (editorial is not null)
            for (var i = bodyStart; i < frame.BodyEnd; i++)
                if (editorial.Moved[i] || i == editorial.Edition) noise[i] = titleRepeat[i] = true;
        var units = UnitSplitter.Split(lines, bodyStart, frame.BodyEnd, noise, titleRepeat);

        var removed = new List<string>();
        for (var i = bodyStart; i < frame.BodyEnd; i++)
            if (noise[i] && editorial?.Moved[i] != true) removed.Add(lines[i].Trim());

        var builder = new TreeBuilder(path, sidecar, transcriberMarkup: frame.IsGutenberg);
        builder.AddBody(units);
        if (editorial is not null)   // a Gutenberg book
        {
            // Header, producers' credit, title page and notes, licence footer: kept, in that order, after the book.
            builder.AddBackMatter(frame.Units(lines, editorial.Moved));
            removed.Add(lines[frame.HeaderEnd - 1].Trim());
            if (frame.EndMarker >= 0) removed.Add(lines[frame.EndMarker].Trim());
        }

        var edition = editorial is { Edition: >= 0 and var e } ? EditorialMatter.Subtitle(lines[e]) : null;
        var fields = frame.Fields.Author is null && frame.Fields.Language is null && edition is null
            ? null
            : new Sidecar { Authors = frame.Fields.Author is { } a ? [a] : null, Language = frame.Fields.Language, Subtitle = edition, Path = path };
        if (frame.Fields.LanguageLine > 0) fields!.KeyLines["language"] = frame.Fields.LanguageLine;
        var metadata = MetadataMerge.Build(sourceTitle is null ? null : SmartPunctuation.Apply(sourceTitle), fields, sidecar,
            Path.GetFileNameWithoutExtension(path));
        return builder.Build(metadata, removed);
    }

}
