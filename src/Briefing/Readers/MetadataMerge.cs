using Briefing.Model;

namespace Briefing.Readers;

/// <summary>Combines what the source says about itself with the editor's sidecar (the sidecar wins).</summary>
internal static class MetadataMerge
{
    /// <summary>Metadata from the source's own title and front matter, overridden by the sidecar.</summary>
    /// <param name="sourceTitle">The title the reader recovered (first line, single # heading).</param>
    /// <param name="frontMatter">Markdown front matter, if any.</param>
    /// <param name="sidecar">The sidecar file, if any.</param>
    /// <param name="fallbackTitle">Used when neither gives a title (the file stem).</param>
    public static Metadata Build(string? sourceTitle, Sidecar? frontMatter, Sidecar? sidecar, string fallbackTitle)
    {
        string? Pick(Func<Sidecar, string?> get) =>
            (sidecar is null ? null : Clean(get(sidecar))) ?? (frontMatter is null ? null : Clean(get(frontMatter)));
        // Words typed in YAML are set as the text is ("d'analyse" → "d’analyse"); the source's title already is.
        string? Words(Func<Sidecar, string?> get) => Pick(get) is { } text ? SmartPunctuation.Apply(text) : null;
        var title = Words(s => s.Title) ?? Clean(sourceTitle) ?? fallbackTitle;
        var keywords = sidecar?.Keywords ?? frontMatter?.Keywords;
        var language = Pick(s => s.Language) ?? "en";
        var authors = Names(sidecar) is { Count: > 0 } given ? given : Names(frontMatter);
        return new Metadata(
            Title: title,
            Subtitle: Words(s => s.Subtitle),
            Author: authors.Count > 0 ? Wording.For(language).Names(authors) : null,
            Publisher: Words(s => s.Publisher),
            Date: Pick(s => s.Date),
            Language: language,
            Keywords: keywords?.Select(k => k.Trim()).Where(k => k.Length > 0).ToList() ?? [],
            Style: Pick(s => s.Style),
            Identifier: Pick(s => s.Identifier))
        {
            StyleAt = PlaceOf(s => s.Style, "style"),
            LanguageAt = PlaceOf(s => s.Language, "language"),
            Authors = authors,
        };

        // A name given twice is one author ("Real Name and Real Name" reads as a slip).
        static List<string> Names(Sidecar? from) =>
            [.. from?.Authors?.Select(Clean).OfType<string>().Select(SmartPunctuation.Apply).Distinct(StringComparer.Ordinal) ?? []];

        // Where the value Pick took was given: the sidecar's line when it gave one, else the front matter's.
        SourcePlace? PlaceOf(Func<Sidecar, string?> get, string key) =>
            sidecar is not null && Clean(get(sidecar)) is not null ? sidecar.PlaceOf(key)
            : frontMatter is not null && Clean(get(frontMatter)) is not null ? frontMatter.PlaceOf(key) : null;
    }

    /// <summary>The value trimmed, or null when blank.</summary>
    internal static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
