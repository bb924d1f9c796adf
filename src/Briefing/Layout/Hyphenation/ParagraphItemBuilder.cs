using Briefing.Layout.Breaking;

namespace Briefing.Layout.Hyphenation;

/// <summary>What a paragraph item stands for: the caller's word (or run) tag and the character range of that
/// word a box shows. Hyphen penalties carry the offset where the hyphen goes (length 0); glue and the finishing
/// items carry length 0 (finishing items have tag -1).</summary>
internal readonly record struct ItemSource(int Word, int Start, int Length);

/// <summary>Items and, index for index, what each stands for.</summary>
internal sealed record ParagraphItemList(IReadOnlyList<BreakItem> Items, IReadOnlyList<ItemSource> Sources);

/// <summary>
/// Builds box–glue–penalty items for a paragraph word by word, independent of fonts (widths come from the
/// caller's measure delegates). Conventions, as in TeX:
/// <list type="bullet">
/// <item>a word is a box; with a hyphenator each hyphenation point splits it into boxes joined by a flagged
/// penalty of <see cref="HyphenPenalty"/> whose width is the hyphen's;</item>
/// <item>a hard hyphen or dash inside a word ("well-known") ends its box and is followed by a flagged penalty of
/// <see cref="ExplicitHyphenPenalty"/> with width 0 (the hyphen stays in the box before it), and such a compound is
/// not hyphenated elsewhere; no hard break is made inside numbers, URLs or addresses, nor in code;</item>
/// <item>a URL, or a path in code, may break after a slash (<see cref="SlashPenalty"/>, no hyphen added);</item>
/// <item>soft hyphens (U+00AD) are the only breaks of a word that has them: flagged penalties of
/// <see cref="HyphenPenalty"/> with the hyphen's width, the soft hyphens themselves left out of the boxes;</item>
/// <item>a space is glue of its width, stretch half of it, shrink a third of it (unless the builder is given
/// other fractions);</item>
/// <item><see cref="Finish"/> drops a trailing space and appends penalty(+∞), the finishing glue
/// (0, <see cref="BreakItem.Infinity"/> stretch — read as infinite by the breakers — 0) and a forced break;
/// <see cref="AddLineBreak"/> does the same mid-paragraph;</item>
/// <item>with kerning (the <c>join</c> argument of <see cref="AddWord"/>) the widths above shift by the kerning across
/// each break (a hard hyphen's penalty may then have a non-zero width): a line shows the kerned width of its text.</item>
/// </list>
/// A flagged break adds a hyphen to the line unless the text before it already ends in one.
/// When drawing, glue whose stretch is at least <see cref="BreakItem.Infinity"/> is set at its natural width
/// (the breakers give lines holding it a ratio of 0).
/// </summary>
internal sealed class ParagraphItemBuilder
{
    /// <summary>TeX's \hyphenpenalty.</summary>
    public const double DefaultHyphenPenalty = 50;
    /// <summary>TeX's \exhyphenpenalty.</summary>
    public const double DefaultExplicitHyphenPenalty = 50;

    /// <summary>Cost of breaking a path or URL after a slash (as LaTeX's url package does, no hyphen added): above a
    /// hyphenation point, below cutting between any two characters.</summary>
    public const double SlashPenalty = 150;

    private enum Cut { Pattern, Hyphen, Slash }

    private const char SoftHyphen = '\u00AD';
    private const string Hyphen = "-";
    private readonly List<BreakItem> _items;
    private readonly List<ItemSource> _sources;

    /// <summary>A builder; <paramref name="hyphenator"/> null means no automatic hyphenation.</summary>
    /// <param name="hyphenator">Hyphenator, or null.</param>
    /// <param name="hyphenPenalty">Penalty of a break at a hyphenation point.</param>
    /// <param name="explicitHyphenPenalty">Penalty of a break after a hard hyphen or dash.</param>
    /// <param name="spaceStretch">A space's stretch as a fraction of its width.</param>
    /// <param name="spaceShrink">A space's shrink as a fraction of its width.</param>
    /// <param name="glyphStretch">Font expansion: a word box's stretch as a fraction of its width (0: none).</param>
    /// <param name="glyphShrink">Font expansion: a word box's shrink as a fraction of its width (0: none).</param>
    /// <param name="items">Empty list to fill with the items (a caller reusing its lists between paragraphs), or null.</param>
    /// <param name="sources">Empty list to fill with the sources, or null.</param>
    public ParagraphItemBuilder(Hyphenator? hyphenator,
        double hyphenPenalty = DefaultHyphenPenalty, double explicitHyphenPenalty = DefaultExplicitHyphenPenalty,
        double spaceStretch = 0.5, double spaceShrink = 1.0 / 3, double glyphStretch = 0, double glyphShrink = 0,
        List<BreakItem>? items = null, List<ItemSource>? sources = null)
    {
        if (items is { Count: > 0 } || sources is { Count: > 0 }) throw new ArgumentException("the lists to fill must be empty");
        _items = items ?? [];
        _sources = sources ?? [];
        GlyphStretch = glyphStretch;
        GlyphShrink = glyphShrink;
        Hyphenator = hyphenator;
        HyphenPenalty = hyphenPenalty;
        ExplicitHyphenPenalty = explicitHyphenPenalty;
        SpaceStretch = spaceStretch;
        SpaceShrink = spaceShrink;
    }

    /// <summary>A space's stretch as a fraction of its width.</summary>
    public double SpaceStretch { get; }
    /// <summary>A space's shrink as a fraction of its width.</summary>
    public double SpaceShrink { get; }

    /// <summary>A word box's stretch as a fraction of its width (font expansion).</summary>
    public double GlyphStretch { get; }
    /// <summary>A word box's shrink as a fraction of its width (font expansion).</summary>
    public double GlyphShrink { get; }

    /// <summary>The hyphenator used for words, if any.</summary>
    public Hyphenator? Hyphenator { get; }
    /// <summary>Penalty of a break at a hyphenation point.</summary>
    public double HyphenPenalty { get; }
    /// <summary>Penalty of a break after a hard hyphen or dash.</summary>
    public double ExplicitHyphenPenalty { get; }
    /// <summary>The items so far.</summary>
    public IReadOnlyList<BreakItem> Items => _items;
    /// <summary>What each item stands for.</summary>
    public IReadOnlyList<ItemSource> Sources => _sources;

    /// <summary>Adds a word (any token between spaces, punctuation included).</summary>
    /// <param name="word">The text.</param>
    /// <param name="measure">Width of a piece of the word, in the word's font.</param>
    /// <param name="hyphenWidth">Width of the hyphen drawn at a hyphenation point, in the word's font.</param>
    /// <param name="tag">The caller's index for this word, copied to <see cref="ItemSource.Word"/>.</param>
    /// <param name="hyphenate">False to keep this word whole (code, names the caller protects).</param>
    /// <param name="wholeWidth">The whole word's width if the caller already measured it; pieces are still measured.</param>
    /// <param name="join">Kerning: the width two pieces gain when set side by side (left piece, right piece; "-" for
    /// the hyphen added at a break). With it, a box's width includes its joint with the next piece and a break's
    /// penalty width corrects for it, so the boxes of an unbroken word add up to the word's kerned width and a line
    /// broken inside it to the kerned width of the text it shows.</param>
    /// <param name="breakAtHyphens">False for code: "--output-template" or "youtube-dl" breaks nowhere (a break after its
    /// hyphen could not be told from hyphenation, and a copied command would be wrong).</param>
    public void AddWord(string word, Func<string, double> measure, double hyphenWidth, int tag, bool hyphenate = true,
        double? wholeWidth = null, Func<string, string, double>? join = null, bool breakAtHyphens = true)
    {
        if (word.Length == 0) return;
        if (word.Contains(SoftHyphen))
        {
            AddSoftHyphenated(word, measure, hyphenWidth, tag, join);
            return;
        }
        if (wholeWidth is { } known) measure = Remember(word, known, measure);
        var technical = WordShape.LooksTechnical(word) || !breakAtHyphens;
        // As in TeX, a compound that has its own hyphen ("modern-day") breaks only there: "mod-ern-day" reads badly.
        var soft = hyphenate && Hyphenator is { } h && !WordShape.IsCompound(word) ? h.BreakPoints(word) : [];
        List<(int At, Cut Kind)>? cuts = null;
        var softAt = 0;
        var path = !breakAtHyphens || WordShape.LooksLikeUrl(word);
        for (var i = 1; i < word.Length; i++)
        {
            var hard = !technical && WordShape.IsBreakingHyphen(word[i - 1])
                && i - 1 > 0 && !WordShape.IsBreakingHyphen(word[i]) && !WordShape.IsBreakingHyphen(word[i - 2]);
            var isSoft = softAt < soft.Count && soft[softAt] == i;
            if (isSoft) softAt++;
            if (hard || isSoft) (cuts ??= []).Add((i, hard ? Cut.Hyphen : Cut.Pattern));
            else if (path && WordShape.IsPathBreak(word, i)) (cuts ??= []).Add((i, Cut.Slash));
        }
        if (cuts is null)
        {
            AddBox(word, 0, word.Length, measure, tag, 0);
            return;
        }
        var from = 0;
        for (var k = 0; k <= cuts.Count; k++)
        {
            var to = k < cuts.Count ? cuts[k].At : word.Length;
            if (k == cuts.Count)
            {
                AddBox(word, from, to - from, measure, tag, 0);
                break;
            }
            var piece = word.Substring(from, to - from);
            var next = k + 1 < cuts.Count ? cuts[k + 1].At : word.Length;
            var joint = join?.Invoke(piece, word.Substring(to, next - to)) ?? 0;
            AddBox(word, from, to - from, measure, tag, joint);
            if (cuts[k].Kind == Cut.Hyphen) Add(BreakItem.PenaltyItem(-joint, ExplicitHyphenPenalty, true), new(tag, to, 0));
            else if (cuts[k].Kind == Cut.Slash) Add(BreakItem.PenaltyItem(-joint, SlashPenalty, false), new(tag, to, 0));
            else Add(BreakItem.PenaltyItem(HyphenAt(piece, hyphenWidth, joint, join), HyphenPenalty, true), new(tag, to, 0));
            from = to;
        }
    }

    /// <summary>Width a break after <paramref name="piece"/> adds: the hyphen, kerned to the piece, less the joint
    /// with the next piece that the piece's box already holds.</summary>
    private static double HyphenAt(string piece, double hyphenWidth, double joint, Func<string, string, double>? join) =>
        hyphenWidth + (join?.Invoke(piece, Hyphen) ?? 0) - joint;

    /// <summary>Adds an unbreakable box of a given width (an inline image, a run the caller measured itself).</summary>
    public void AddBox(double width, int tag) => Add(BreakItem.Box(width), new(tag, 0, 0));

    /// <summary>Adds an inter-word space: glue of <paramref name="width"/>, stretch and shrink the builder's fractions of
    /// it (by default width/2 and width/3).</summary>
    /// <param name="width">The space's width.</param>
    /// <param name="tag">The caller's tag.</param>
    /// <param name="fixedWidth">A space in code: a break, but never stretched or shrunk (monospace keeps its columns).</param>
    public void AddSpace(double width, int tag, bool fixedWidth = false) =>
        Add(fixedWidth ? BreakItem.Glue(width, 0, 0) : BreakItem.Glue(width, width * SpaceStretch, width * SpaceShrink), new(tag, 0, 0));

    /// <summary>Adds a forced line break inside the paragraph (the line before it is set ragged, not stretched).</summary>
    public void AddLineBreak(int tag)
    {
        DropTrailingSpace();
        Add(BreakItem.PenaltyItem(0, BreakItem.Infinity, false), new(tag, 0, 0));
        Add(BreakItem.Glue(0, BreakItem.Infinity, 0), new(tag, 0, 0));
        Add(BreakItem.PenaltyItem(0, -BreakItem.Infinity, false), new(tag, 0, 0));
    }

    /// <summary>Ends the paragraph and returns its items (the builder's own lists, not copies); the builder must not
    /// be used afterwards.</summary>
    public ParagraphItemList Finish()
    {
        DropTrailingSpace();
        if (_items.Count > 0)
        {
            Add(BreakItem.PenaltyItem(0, BreakItem.Infinity, false), new(-1, 0, 0));
            Add(BreakItem.Glue(0, BreakItem.Infinity, 0), new(-1, 0, 0));
            Add(BreakItem.PenaltyItem(0, -BreakItem.Infinity, false), new(-1, 0, 0));
        }
        return new ParagraphItemList(_items, _sources);
    }

    private static Func<string, double> Remember(string word, double width, Func<string, double> measure) =>
        piece => ReferenceEquals(piece, word) ? width : measure(piece);

    private void AddSoftHyphenated(string word, Func<string, double> measure, double hyphenWidth, int tag,
        Func<string, string, double>? join)
    {
        var parts = new List<(int Start, int Length)>();
        var from = 0;
        for (var i = 0; i <= word.Length; i++)
        {
            if (i < word.Length && word[i] != SoftHyphen) continue;
            if (i > from) parts.Add((from, i - from));
            from = i + 1;
        }
        for (var k = 0; k < parts.Count; k++)
        {
            var (start, length) = parts[k];
            var piece = word.Substring(start, length);
            var joint = k + 1 < parts.Count && join is not null ? join(piece, word.Substring(parts[k + 1].Start, parts[k + 1].Length)) : 0;
            AddBox(word, start, length, measure, tag, joint);
            if (k + 1 < parts.Count)
                Add(BreakItem.PenaltyItem(HyphenAt(piece, hyphenWidth, joint, join), HyphenPenalty, true), new(tag, parts[k + 1].Start, 0));
        }
    }

    private void AddBox(string word, int start, int length, Func<string, double> measure, int tag, double joint)
    {
        var width = measure(start == 0 && length == word.Length ? word : word.Substring(start, length)) + joint;
        Add(BreakItem.Box(width, width * GlyphStretch, width * GlyphShrink), new(tag, start, length));
    }

    private void DropTrailingSpace()
    {
        if (_items.Count > 0 && _items[^1].Kind == ItemKind.Glue)
        {
            _items.RemoveAt(_items.Count - 1);
            _sources.RemoveAt(_sources.Count - 1);
        }
    }

    private void Add(BreakItem item, ItemSource source)
    {
        _items.Add(item);
        _sources.Add(source);
    }
}
