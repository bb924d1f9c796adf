namespace Briefing.Layout;

/// <summary>
/// The result of layout: pages of positioned items, in drawing and reading order, plus what navigation needs.
/// Coordinates are points from the page's top-left corner, y downwards.
/// </summary>
/// <param name="Pages">The pages, first to last.</param>
/// <param name="PageOfAnchor">Anchor id (heading and paragraph ids) → 1-based page number.</param>
/// <param name="Fonts">Full paths of the font files; <see cref="TextItem.Face"/> indexes this list.</param>
/// <param name="Outline">Bookmarks in document order; nesting is given by <see cref="OutlineEntry.Level"/>.</param>
/// <param name="Destinations">Named destinations: every heading and every in-document link target.</param>
/// <param name="Info">Document metadata.</param>
/// <param name="Warnings">What layout could not do as asked (a language it cannot hyphenate), where the source asked.</param>
/// <param name="MissingGlyphs">Code points no face of the style has, drawn as '?' (ascending). Kept apart from
/// <see cref="Warnings"/> so the publishing stage can point at where each one is in the source.</param>
internal sealed record LaidOutDocument(
    IReadOnlyList<LaidOutPage> Pages,
    IReadOnlyDictionary<string, int> PageOfAnchor,
    IReadOnlyList<string> Fonts,
    IReadOnlyList<OutlineEntry> Outline,
    IReadOnlyList<Destination> Destinations,
    DocumentInfo Info,
    IReadOnlyList<Diagnostic> Warnings,
    IReadOnlyCollection<int> MissingGlyphs)
{
    /// <summary>Number of pages.</summary>
    public int PageCount => Pages.Count;
}

/// <summary>Metadata for the PDF's Info dictionary and XMP.</summary>
/// <param name="Title">Title.</param>
/// <param name="Author">Author, or empty.</param>
/// <param name="Subject">The lede's first sentence, or empty.</param>
/// <param name="Keywords">Keywords joined by ", ".</param>
/// <param name="Language">BCP 47 language tag.</param>
internal sealed record DocumentInfo(string Title, string Author, string Subject, string Keywords, string Language);

/// <summary>One page: its size and its items. Elements may open on one page and close on a later one; replaying
/// every page's <see cref="Items"/> in order gives a well-nested sequence of <see cref="BeginTag"/>/<see cref="EndTag"/>.</summary>
/// <param name="Number">1-based page number.</param>
/// <param name="Width">Width in points.</param>
/// <param name="Height">Height in points.</param>
/// <param name="Items">Tags and drawing, in order.</param>
internal sealed record LaidOutPage(int Number, double Width, double Height, IReadOnlyList<PageItem> Items);

/// <summary>An entry in a page's item sequence: a structure tag or something drawn.</summary>
internal abstract record PageItem;

/// <summary>Opens a structure element (or an artifact) that holds everything until its matching <see cref="EndTag"/>.</summary>
/// <param name="Tag">The element type.</param>
/// <param name="Link">For <see cref="StructureTag.Link"/>: the clickable area and where it goes.</param>
/// <param name="Language">The element's language when it is not the document's (a chapter in another language).</param>
internal sealed record BeginTag(StructureTag Tag, LinkArea? Link = null, string? Language = null) : PageItem;

/// <summary>Closes the innermost open element.</summary>
internal sealed record EndTag : PageItem
{
    /// <summary>The one instance.</summary>
    public static readonly EndTag Instance = new();
}

/// <summary>Text in one face and colour; <see cref="Y"/> is the baseline.</summary>
/// <param name="Text">The characters (never soft hyphens; the face has every one of them).</param>
/// <param name="Face">Index into <see cref="LaidOutDocument.Fonts"/>.</param>
/// <param name="Size">Size in points.</param>
/// <param name="Colour">Fill colour.</param>
/// <param name="X">Left end of the baseline.</param>
/// <param name="Y">Baseline.</param>
/// <param name="Width">Advance width, kerning and scale included.</param>
/// <param name="Pieces">Null when the text is drawn as one string at its font's advances; otherwise the text is kerned
/// and each piece (from its <see cref="TextPiece.Start"/> to the next piece's) is drawn at its own x.</param>
/// <param name="Scale">Horizontal scale of the glyphs (font expansion of a justified line; 1 = as designed).
/// <see cref="Width"/> and the pieces' offsets are already scaled.</param>
internal sealed record TextItem(string Text, int Face, double Size, Rgb Colour, double X, double Y, double Width,
    IReadOnlyList<TextPiece>? Pieces = null, double Scale = 1) : PageItem;

/// <summary>Part of a kerned <see cref="TextItem"/>: the characters from <paramref name="Start"/> on are drawn from
/// <paramref name="X"/> onwards, at the font's own advances until the next piece.</summary>
/// <param name="Start">Index of the piece's first character in <see cref="TextItem.Text"/>.</param>
/// <param name="X">Offset in points from <see cref="TextItem.X"/>.</param>
internal readonly record struct TextPiece(int Start, double X);

/// <summary>A straight line.</summary>
/// <param name="X1">Start x.</param>
/// <param name="Y1">Start y.</param>
/// <param name="X2">End x.</param>
/// <param name="Y2">End y.</param>
/// <param name="Thickness">Line width.</param>
/// <param name="Colour">Colour.</param>
internal sealed record RuleItem(double X1, double Y1, double X2, double Y2, double Thickness, Rgb Colour) : PageItem;

/// <summary>A filled rectangle.</summary>
/// <param name="X">Left.</param>
/// <param name="Y">Top.</param>
/// <param name="Width">Width.</param>
/// <param name="Height">Height.</param>
/// <param name="Colour">Fill.</param>
internal sealed record BoxItem(double X, double Y, double Width, double Height, Rgb Colour) : PageItem;

/// <summary>A picture, scaled to the box; the PDF stage tags it as a figure with <paramref name="Alt"/>, or as an
/// artifact when the alt text is empty (a decorative picture).</summary>
/// <param name="Image">The encoded picture.</param>
/// <param name="X">Left.</param>
/// <param name="Y">Top.</param>
/// <param name="Width">Width.</param>
/// <param name="Height">Height.</param>
/// <param name="Alt">What it shows, in words.</param>
/// <param name="Origin">Where it comes from ("'img/map.png', line 12"), for a message should it fail to draw.</param>
internal sealed record ImageItem(Model.ImageData Image, double X, double Y, double Width, double Height, string Alt, string Origin) : PageItem;

/// <summary>A link's clickable rectangle and target.</summary>
/// <param name="X">Left.</param>
/// <param name="Y">Top.</param>
/// <param name="Width">Width.</param>
/// <param name="Height">Height.</param>
/// <param name="Anchor">In-document target (a named destination), or null.</param>
/// <param name="Url">External target, or null.</param>
/// <param name="Description">What the link says (its text), for assistive technology.</param>
internal sealed record LinkArea(double X, double Y, double Width, double Height, string? Anchor, string? Url, string Description);

/// <summary>Structure element types (PDF 1.7 standard structure types) plus artifacts.</summary>
internal enum StructureTag
{
    /// <summary>Decoration or page furniture: not part of the content.</summary>
    Artifact,
    /// <summary>Sect: a chapter, the cover, the appendix.</summary>
    Section,
    /// <summary>H1.</summary>
    Heading1,
    /// <summary>H2.</summary>
    Heading2,
    /// <summary>H3.</summary>
    Heading3,
    /// <summary>P.</summary>
    Paragraph,
    /// <summary>L.</summary>
    List,
    /// <summary>LI.</summary>
    ListItem,
    /// <summary>Lbl.</summary>
    Label,
    /// <summary>LBody.</summary>
    ListBody,
    /// <summary>TOC.</summary>
    TableOfContents,
    /// <summary>TOCI.</summary>
    TableOfContentsItem,
    /// <summary>Link (carries a <see cref="LinkArea"/>).</summary>
    Link,
    /// <summary>Span of struck-through text (TextDecorationType LineThrough): a rule through text is not a matter of
    /// looks alone, and a reader who cannot see it is told.</summary>
    StruckText,
    /// <summary>BlockQuote.</summary>
    BlockQuote,
    /// <summary>Table.</summary>
    Table,
    /// <summary>TR.</summary>
    TableRow,
    /// <summary>TH.</summary>
    TableHeaderCell,
    /// <summary>TD.</summary>
    TableDataCell,
}

/// <summary>A bookmark.</summary>
/// <param name="Title">Shown text.</param>
/// <param name="Level">1 = chapter (or appendix), 2 = section (or question), 3 = label.</param>
/// <param name="Anchor">The heading id.</param>
/// <param name="Page">1-based page.</param>
/// <param name="Y">Top of the heading on its page.</param>
internal sealed record OutlineEntry(string Title, int Level, string Anchor, int Page, double Y);

/// <summary>A named destination.</summary>
/// <param name="Name">The anchor id.</param>
/// <param name="Page">1-based page.</param>
/// <param name="Y">Top of the target on its page.</param>
internal sealed record Destination(string Name, int Page, double Y);

/// <summary>An sRGB colour.</summary>
/// <param name="R">Red 0–255.</param>
/// <param name="G">Green 0–255.</param>
/// <param name="B">Blue 0–255.</param>
internal readonly record struct Rgb(byte R, byte G, byte B)
{
    /// <summary>Parses #rrggbb or #rgb; anything else is black.</summary>
    public static Rgb Parse(string? hex)
    {
        var s = (hex ?? "").Trim().TrimStart('#');
        if (s.Length == 3) s = string.Concat(s.Select(c => $"{c}{c}"));
        return s.Length == 6 && int.TryParse(s, System.Globalization.NumberStyles.HexNumber, null, out var v)
            ? new Rgb((byte)(v >> 16), (byte)(v >> 8), (byte)v)
            : new Rgb(0, 0, 0);
    }

    /// <summary>This colour moved towards <paramref name="other"/> by <paramref name="amount"/> (0–1).</summary>
    public Rgb Mix(Rgb other, double amount)
    {
        byte M(byte a, byte b) => (byte)Math.Round(a + (b - a) * Math.Clamp(amount, 0, 1));
        return new Rgb(M(R, other.R), M(G, other.G), M(B, other.B));
    }
}
