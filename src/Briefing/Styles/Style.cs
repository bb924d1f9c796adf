namespace Briefing.Styles;

/// <summary>
/// A style: everything that decides how a document looks, in print (layout) and in the e-book (CSS).
/// Loaded from YAML by <see cref="StyleLoader"/>; every key has a default so a style file names only what it changes.
/// Lengths are in points.
/// </summary>
internal sealed class Style
{
    /// <summary>A display name.</summary>
    public string Name { get; set; } = "Briefing";
    /// <summary>Paper: a4 or letter (the CLI's --paper overrides it).</summary>
    public string Paper { get; set; } = "a4";
    /// <summary>Page margins.</summary>
    public Margins Margins { get; set; } = new();
    /// <summary>Font files, relative to <see cref="FontFolder"/>.</summary>
    public FontSet Fonts { get; set; } = new();
    /// <summary>Type sizes and leading.</summary>
    public Sizes Sizes { get; set; } = new();
    /// <summary>Colours as #rrggbb.</summary>
    public Colours Colours { get; set; } = new();
    /// <summary>Vertical spacing.</summary>
    public Spacing Spacing { get; set; } = new();
    /// <summary>Chapter rules.</summary>
    public ChapterRules Chapters { get; set; } = new();
    /// <summary>Number sections as 1.1, 1.2 …</summary>
    public bool NumberSections { get; set; }
    /// <summary>Labels set run-in (bold, followed by the paragraph on the same line) or as small heads.</summary>
    public bool RunInLabels { get; set; } = true;
    /// <summary>Print a web link's address after its text, in parentheses, for readers on paper (the PDF only; the
    /// e-book's links are followed, not read).</summary>
    public bool LinkAddresses { get; set; }
    /// <summary>Make a cover page.</summary>
    public bool Cover { get; set; } = true;
    /// <summary>Justify body text.</summary>
    public bool Justify { get; set; } = true;
    /// <summary>Line breaking: "first-fit" or "total-fit" (Knuth–Plass).</summary>
    public string LineBreaking { get; set; } = "total-fit";
    /// <summary>Hyphenation.</summary>
    public HyphenationRules Hyphenation { get; set; } = new();
    /// <summary>Kern letter pairs with the fonts' own pair kerning (GPOS or 'kern').</summary>
    public bool Kerning { get; set; } = true;
    /// <summary>How far a justified line's word spaces may stretch and shrink.</summary>
    public WordSpacing WordSpacing { get; set; } = new();
    /// <summary>How far a justified line's glyphs may be widened or narrowed (font expansion).</summary>
    public Expansion Expansion { get; set; } = new();
    /// <summary>Minimum lines of a paragraph kept together at a page's top or bottom.</summary>
    public int WidowsOrphans { get; set; } = 2;
    /// <summary>Running header and footer templates: {title}, {chapter}, {page}, {pages}.</summary>
    public Furniture Header { get; set; } = new() { Left = "{title}", Right = "{chapter}" };
    /// <summary>Running footer.</summary>
    public Furniture Footer { get; set; } = new() { Center = "page {page} of {pages}" };
    /// <summary>E-book specific switches.</summary>
    public EpubRules Epub { get; set; } = new();

    /// <summary>The folder fonts are resolved against (set by the loader: the style file's folder + fonts.folder).</summary>
    [YamlDotNet.Serialization.YamlIgnore]
    public string FontFolder { get; set; } = "";
    /// <summary>The file this style was read from, for messages.</summary>
    [YamlDotNet.Serialization.YamlIgnore]
    public string SourcePath { get; set; } = "";
}

/// <summary>Page margins in points.</summary>
internal sealed class Margins
{
    /// <summary>Top margin (the running header sits inside it).</summary>
    public double Top { get; set; } = 72;
    /// <summary>Bottom margin (the footer sits inside it).</summary>
    public double Bottom { get; set; } = 72;
    /// <summary>Left margin.</summary>
    public double Left { get; set; } = 68;
    /// <summary>Right margin.</summary>
    public double Right { get; set; } = 68;
}

/// <summary>A family's four faces (file names); missing faces fall back to regular.</summary>
internal sealed class FontFaces
{
    /// <summary>Regular face.</summary>
    public string Regular { get; set; } = "";
    /// <summary>Bold face.</summary>
    public string? Bold { get; set; }
    /// <summary>Italic face.</summary>
    public string? Italic { get; set; }
    /// <summary>Bold italic face.</summary>
    public string? BoldItalic { get; set; }
}

/// <summary>The fonts a style uses.</summary>
internal sealed class FontSet
{
    /// <summary>Folder of the font files, relative to the style file.</summary>
    public string Folder { get; set; } = "fonts";
    /// <summary>Body text.</summary>
    public FontFaces Body { get; set; } = new()
    {
        Regular = "NotoSerif-Regular.ttf", Bold = "NotoSerif-Bold.ttf",
        Italic = "NotoSerif-Italic.ttf", BoldItalic = "NotoSerif-BoldItalic.ttf",
    };
    /// <summary>Headings, cover, header and footer.</summary>
    public FontFaces Heading { get; set; } = new() { Regular = "NotoSans-Regular.ttf", Bold = "NotoSans-Bold.ttf" };
    /// <summary>Code.</summary>
    public FontFaces Mono { get; set; } = new() { Regular = "NotoSansMono-Regular.ttf", Bold = "NotoSansMono-Bold.ttf" };
    /// <summary>Fonts tried, in order, for characters the main face lacks.</summary>
    public List<string> Fallback { get; set; } = [];
}

/// <summary>Type sizes and leading in points.</summary>
internal sealed class Sizes
{
    /// <summary>Body text size.</summary>
    public double Body { get; set; } = 10.5;
    /// <summary>Body line height.</summary>
    public double Leading { get; set; } = 14.5;
    /// <summary>Title on the cover.</summary>
    public double Title { get; set; } = 28;
    /// <summary>Subtitle on the cover.</summary>
    public double Subtitle { get; set; } = 15;
    /// <summary>Chapter heading.</summary>
    public double Chapter { get; set; } = 20;
    /// <summary>Section heading.</summary>
    public double Section { get; set; } = 13;
    /// <summary>Label heading (when not run-in).</summary>
    public double Label { get; set; } = 10.5;
    /// <summary>Header, footer and small print.</summary>
    public double Small { get; set; } = 8.5;
    /// <summary>Code.</summary>
    public double Code { get; set; } = 8.8;
}

/// <summary>Colours as #rrggbb.</summary>
internal sealed class Colours
{
    /// <summary>Body text.</summary>
    public string Text { get; set; } = "#1b1b1b";
    /// <summary>Headings.</summary>
    public string Heading { get; set; } = "#1f3a5f";
    /// <summary>Accent (cover band, rules, kind line).</summary>
    public string Accent { get; set; } = "#9b2c1f";
    /// <summary>Secondary text (header, footer).</summary>
    public string Muted { get; set; } = "#5a5a5a";
    /// <summary>Links.</summary>
    public string Link { get; set; } = "#1f4f8f";
    /// <summary>Cover background.</summary>
    public string CoverBackground { get; set; } = "#1f3a5f";
    /// <summary>Cover text.</summary>
    public string CoverText { get; set; } = "#ffffff";
    /// <summary>Background of code blocks and table header rows.</summary>
    public string CodeBackground { get; set; } = "#f3f2ee";
    /// <summary>Table grid lines and thematic breaks.</summary>
    public string Rule { get; set; } = "#b9b6ae";
}

/// <summary>Vertical spacing in points.</summary>
internal sealed class Spacing
{
    /// <summary>Space between paragraphs.</summary>
    public double Paragraph { get; set; } = 5;
    /// <summary>Space before a section heading.</summary>
    public double BeforeSection { get; set; } = 16;
    /// <summary>Space after a section heading.</summary>
    public double AfterSection { get; set; } = 5;
    /// <summary>Space before a label.</summary>
    public double BeforeLabel { get; set; } = 8;
    /// <summary>Space after a chapter heading.</summary>
    public double AfterChapter { get; set; } = 16;
    /// <summary>Indent of list items (hanging).</summary>
    public double ListIndent { get; set; } = 16;
}

/// <summary>How chapters open.</summary>
internal sealed class ChapterRules
{
    /// <summary>Each chapter starts on a new page.</summary>
    public bool NewPage { get; set; } = true;
    /// <summary>Chapters are numbered.</summary>
    public bool Numbered { get; set; }
}

/// <summary>Hyphenation switches.</summary>
internal sealed class HyphenationRules
{
    /// <summary>Hyphenate body text.</summary>
    public bool Enabled { get; set; } = true;
    /// <summary>Pattern language (en-us ships).</summary>
    public string Language { get; set; } = "en-us";
    /// <summary>Minimum letters before a break.</summary>
    public int LeftMin { get; set; } = 2;
    /// <summary>Minimum letters after a break.</summary>
    public int RightMin { get; set; } = 3;
    /// <summary>Shortest word hyphenated.</summary>
    public int MinWord { get; set; } = 5;
}

/// <summary>The flexibility of a word space, as fractions of its width (TeX's stretch and shrink glue). The line
/// breaker rates a line by how much of this it uses, so less stretch makes it prefer tighter lines and more hyphens.</summary>
internal sealed class WordSpacing
{
    /// <summary>Stretch, as a fraction of the space (a line at badness 100 has spaces 1 + this wide).</summary>
    public double Stretch { get; set; } = 0.5;
    /// <summary>Shrink, as a fraction of the space (the tightest a space may be set is 1 − this).</summary>
    public double Shrink { get; set; } = 1.0 / 3;
}

/// <summary>Font expansion, as pdfTeX's microtype does it: a justified line may set its glyphs a little wider or
/// narrower (a horizontal scale of the whole line), so its spaces vary less. Both fractions 0 turn it off.</summary>
internal sealed class Expansion
{
    /// <summary>Widest scale above 1 (0.02: glyphs up to 2 % wider).</summary>
    public double Stretch { get; set; }
    /// <summary>Narrowest scale below 1 (0.02: glyphs down to 2 % narrower).</summary>
    public double Shrink { get; set; }
}

/// <summary>Running header or footer: three slots of template text.</summary>
internal sealed class Furniture
{
    /// <summary>Left slot.</summary>
    public string? Left { get; set; }
    /// <summary>Centre slot.</summary>
    public string? Center { get; set; }
    /// <summary>Right slot.</summary>
    public string? Right { get; set; }
}

/// <summary>E-book switches.</summary>
internal sealed class EpubRules
{
    /// <summary>Embed the style's fonts in the EPUB.</summary>
    public bool EmbedFonts { get; set; }
    /// <summary>List labels in the nav toc.</summary>
    public bool TocLabels { get; set; }
}
