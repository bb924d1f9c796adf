namespace Briefing.Model;

/// <summary>A block of body content. <see cref="Line"/> is the 1-based source line it came from (0 when unknown).</summary>
internal abstract record Block(int Line);

/// <summary>A paragraph of running text. <see cref="Id"/> is a stable anchor (used for EPUB page-list targets).</summary>
internal sealed record Paragraph(string Id, IReadOnlyList<Inline> Content, int Line = 0) : Block(Line);

/// <summary>A bulleted or numbered list; a loose one (items apart in the source) is set with paragraph spacing between
/// its items.</summary>
internal sealed record BulletList(IReadOnlyList<ListItem> Items, bool Ordered = false, int Start = 1, int Line = 0, bool Loose = false) : Block(Line);

/// <summary>One list item: its blocks (usually one paragraph, perhaps a nested list).</summary>
internal sealed record ListItem(IReadOnlyList<Block> Blocks, int Line = 0) : Block(Line)
{
    /// <summary>A task list's item ("- [ ] …", "- [x] …"): whether it is done; null for an ordinary item.</summary>
    public bool? Task { get; init; }

    /// <summary>The symbol a source set before the item in place of a bullet ("✅", "👉", "→"), shown where the
    /// bullet would be; null for the style's bullet.</summary>
    public string? Marker { get; init; }
}

/// <summary>A run-in heading ("Turkey:") with the paragraph(s) it introduces.</summary>
internal sealed record Label(Heading Heading, IReadOnlyList<Block> Blocks, int Line = 0) : Block(Line);

/// <summary>Preformatted text (code), kept verbatim.</summary>
internal sealed record CodeBlock(string Text, string? Language = null, int Line = 0) : Block(Line);

/// <summary>A block quotation.</summary>
internal sealed record Quote(IReadOnlyList<Block> Blocks, int Line = 0) : Block(Line);

/// <summary>A table: header row (may be empty) and body rows of inline cells; <see cref="Align"/> gives each column's
/// alignment (missing columns are <see cref="ColumnAlign.Default"/>).</summary>
internal sealed record Table(IReadOnlyList<IReadOnlyList<IReadOnlyList<Inline>>> Header,
    IReadOnlyList<IReadOnlyList<IReadOnlyList<Inline>>> Rows, int Line = 0, IReadOnlyList<ColumnAlign>? Align = null) : Block(Line)
{
    /// <summary>The alignment of column <paramref name="column"/> (0-based).</summary>
    public ColumnAlign AlignOf(int column) => Align is { } a && column < a.Count ? a[column] : ColumnAlign.Default;
}

/// <summary>A thematic break (horizontal rule).</summary>
internal sealed record Rule(int Line = 0) : Block(Line);

/// <summary>A picture set as a block of its own (a Markdown image alone in its paragraph), with its caption.</summary>
/// <param name="Id">Anchor id, from the same sequence as paragraphs'.</param>
/// <param name="Image">The picture's bytes and what its header says.</param>
/// <param name="Alt">What the picture shows, for readers who cannot see it (may be empty: decorative).</param>
/// <param name="Caption">Printed under the picture (may be empty).</param>
/// <param name="Source">The reference as written in the source ("img/map.png"), for an export back to Markdown.</param>
/// <param name="Line">The 1-based source line.</param>
internal sealed record Figure(string Id, ImageData Image, string Alt, IReadOnlyList<Inline> Caption, string Source, int Line = 0) : Block(Line);
