using System.Globalization;

namespace Briefing.Model;

/// <summary>The whole article: metadata, lede, body chapters and the FAQ appendix. Immutable.</summary>
internal sealed record Document(
    Metadata Metadata,
    IReadOnlyList<Block> Lede,
    IReadOnlyList<Chapter> Chapters,
    Faq? Faq,
    ImportReport Report)
{
    /// <summary>Whether the FAQ follows a body text, as its appendix; a page that is all FAQ has none to follow.</summary>
    public bool FaqIsAppendix => Faq is not null && Chapters.Any(c => !c.Endnotes && !c.BackMatter);

    /// <summary>The chapters in the order both editions set them, with the FAQ's place: the text's chapters (numbered
    /// from 1 when the style numbers them), then the FAQ (null), then the notes — back matter in the order of the
    /// Chicago Manual of Style, notes after the appendices, unnumbered; matter about the edition last of all.</summary>
    public IEnumerable<(Chapter? Chapter, int Number)> ReadingOrder()
    {
        var number = 0;
        foreach (var c in Chapters)
            if (!c.Endnotes && !c.BackMatter) yield return (c, ++number);
        if (Faq is not null) yield return (null, 0);
        foreach (var c in Chapters)
            if (c.Endnotes) yield return (c, 0);
        foreach (var c in Chapters)
            if (c.BackMatter && !c.Endnotes) yield return (c, 0);
    }

    /// <summary>The FAQ's heading as both editions print it: "Appendix — …" after a body text, else its display heading.</summary>
    public Heading? FaqHeading(Wording words) =>
        Faq is not { } faq ? null : FaqIsAppendix ? faq.AppendixHeading(words) : faq.DisplayHeading(words);

    /// <summary>The same document with these warnings instead of its own.</summary>
    public Document WithWarnings(IReadOnlyList<Diagnostic> warnings) => this with { Report = Report with { Warnings = warnings } };
}

/// <summary>A body chapter: its heading, the blocks before its first section, and its sections.</summary>
internal sealed record Chapter(Heading Heading, IReadOnlyList<Block> Blocks, IReadOnlyList<Section> Sections)
{
    /// <summary>The notes cited in the text: an ordered list whose items' first paragraphs carry the notes' anchors.</summary>
    public bool Endnotes { get; init; }

    /// <summary>The chapter's language when it is not the document's (a Project Gutenberg book's English licence).</summary>
    public string? Language { get; init; }

    /// <summary>Matter about the edition, not of the text (Project Gutenberg's header and licence): last, unnumbered.</summary>
    public bool BackMatter { get; init; }
}

/// <summary>A section inside a chapter.</summary>
internal sealed record Section(Heading Heading, IReadOnlyList<Block> Blocks);

/// <summary>The FAQ appendix.</summary>
internal sealed record Faq(Heading Heading, IReadOnlyList<FaqEntry> Entries)
{
    /// <summary>The heading as readers see it: an abbreviation ("FAQ", "FAQS", "F.A.Q.") is spelt out.</summary>
    public Heading DisplayHeading(Wording words) =>
        Heading.Text.Trim().Replace(".", "", StringComparison.Ordinal).ToUpperInvariant() is "FAQ" or "FAQS"
            ? Heading with { Content = Inlines.Text(words.Faq) }
            : Heading;

    /// <summary>The heading both editions print: "Appendix — " and the display heading, unless it already says so,
    /// in the document's language.</summary>
    public Heading AppendixHeading(Wording words)
    {
        var display = DisplayHeading(words);
        var text = display.Text.TrimStart();
        return text.StartsWith(words.Appendix, StringComparison.OrdinalIgnoreCase) || text.StartsWith("Appendix", StringComparison.OrdinalIgnoreCase)
            ? display
            : display with { Content = [new TextRun(words.Appendix + " \u2014 "), .. display.Content] };
    }
}

/// <summary>Where an FAQ question came from.</summary>
internal enum QuestionSource
{
    /// <summary>The editor's sidecar file.</summary>
    Sidecar,
    /// <summary>The source text itself.</summary>
    Source,
    /// <summary>A marked fallback made by the importer (a warning names the line).</summary>
    Inferred,
}

/// <summary>One question with its answer blocks.</summary>
internal sealed record FaqEntry(Heading Question, IReadOnlyList<Block> Answer, QuestionSource QuestionSource);

/// <summary>Bibliographic metadata, from the source and the editor's sidecar.</summary>
internal sealed record Metadata(
    string Title,
    string? Subtitle = null,
    string? Author = null,
    string? Publisher = null,
    string? Date = null,
    string Language = "en",
    IReadOnlyList<string>? Keywords = null,
    string? Style = null,
    string? Identifier = null)
{
    /// <summary>The words the editions add, in the document's language.</summary>
    public Wording Words => Wording.For(Language);

    /// <summary>The authors one by one (<see cref="Author"/> is them joined for display: "A, B and C").</summary>
    public IReadOnlyList<string> Authors { get; init; } = Author is { } one ? [one] : [];

    /// <summary>Keywords, never null.</summary>
    public IReadOnlyList<string> KeywordList => Keywords ?? [];

    /// <summary>Where <see cref="Style"/> was named (the sidecar's or front matter's line), for a message when no
    /// style goes by that name.</summary>
    public SourcePlace? StyleAt { get; init; }

    /// <summary>Where <see cref="Language"/> was given (a sidecar's, front matter's or Gutenberg header's line), for a
    /// message about it; null for the default.</summary>
    public SourcePlace? LanguageAt { get; init; }

    /// <summary>The date as both editions print it: an ISO date (yyyy-mm-dd) written out ("15 January 2025"), other
    /// text as it is; null without a date.</summary>
    public string? WrittenDate =>
        Date is not { } date || date.Trim().Length == 0 ? null
        : DateOnly.TryParseExact(date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture,
            DateTimeStyles.None, out var d)
            ? Words.Written(d)
            : date.Trim();
}

/// <summary>What the import did besides building the tree: noise removed and warnings.</summary>
internal sealed record ImportReport(string SourcePath, IReadOnlyList<string> NoiseRemoved, IReadOnlyList<Diagnostic> Warnings)
{
    /// <summary>An empty report for a source.</summary>
    public static ImportReport Empty(string sourcePath) => new(sourcePath, [], []);
}
