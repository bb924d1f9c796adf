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
/// <see cref="ExplicitHyphenPenalty"/> with width 0 (the hyphen stays in the box before it); each part between
/// hyphens is hyphenated on its own; no hard break is made inside numbers, URLs or addresses;</item>
/// <item>soft hyphens (U+00AD) are the only breaks of a word that has them: flagged penalties of
/// <see cref="HyphenPenalty"/> with the hyphen's width, the soft hyphens themselves left out of the boxes;</item>
/// <item>a space is glue of its width, stretch half of it, shrink a third of it;</item>
/// <item><see cref="Finish"/> drops a trailing space and appends penalty(+∞), the finishing glue
/// (0, <see cref="BreakItem.Infinity"/> stretch — read as infinite by the breakers — 0) and a forced break;
/// <see cref="AddLineBreak"/> does the same mid-paragraph.</item>
/// </list>
/// When drawing, glue whose stretch is at least <see cref="BreakItem.Infinity"/> is set at its natural width
/// (the breakers give lines holding it a ratio of 0).
/// </summary>
internal sealed class ParagraphItemBuilder
{
    /// <summary>TeX's \hyphenpenalty.</summary>
    public const double DefaultHyphenPenalty = 50;
    /// <summary>TeX's \exhyphenpenalty.</summary>
    public const double DefaultExplicitHyphenPenalty = 50;

    private const char SoftHyphen = '\u00AD';
    private readonly List<BreakItem> _items = [];
    private readonly List<ItemSource> _sources = [];

    /// <summary>A builder; <paramref name="hyphenator"/> null means no automatic hyphenation.</summary>
    public ParagraphItemBuilder(Hyphenator? hyphenator,
        double hyphenPenalty = DefaultHyphenPenalty, double explicitHyphenPenalty = DefaultExplicitHyphenPenalty)
    {
        Hyphenator = hyphenator;
        HyphenPenalty = hyphenPenalty;
        ExplicitHyphenPenalty = explicitHyphenPenalty;
    }

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
    public void AddWord(string word, Func<string, double> measure, double hyphenWidth, int tag, bool hyphenate = true,
        double? wholeWidth = null)
    {
        if (word.Length == 0) return;
        if (word.Contains(SoftHyphen))
        {
            AddSoftHyphenated(word, measure, hyphenWidth, tag);
            return;
        }
        if (wholeWidth is { } known) measure = Remember(word, known, measure);
        var technical = WordShape.LooksTechnical(word);
        var soft = hyphenate && Hyphenator is { } h ? h.BreakPoints(word) : [];
        var softAt = 0;
        var from = 0;
        for (var i = 1; i < word.Length; i++)
        {
            var hard = !technical && WordShape.IsBreakingHyphen(word[i - 1])
                && i - 1 > 0 && !WordShape.IsBreakingHyphen(word[i]) && !WordShape.IsBreakingHyphen(word[i - 2]);
            var isSoft = softAt < soft.Count && soft[softAt] == i;
            if (isSoft) softAt++;
            if (!hard && !isSoft) continue;
            AddBox(word, from, i - from, measure, tag);
            if (hard) Add(BreakItem.PenaltyItem(0, ExplicitHyphenPenalty, true), new(tag, i, 0));
            else Add(BreakItem.PenaltyItem(hyphenWidth, HyphenPenalty, true), new(tag, i, 0));
            from = i;
        }
        AddBox(word, from, word.Length - from, measure, tag);
    }

    /// <summary>Adds an unbreakable box of a given width (an inline image, a run the caller measured itself).</summary>
    public void AddBox(double width, int tag) => Add(BreakItem.Box(width), new(tag, 0, 0));

    /// <summary>Adds an inter-word space: glue of <paramref name="width"/>, stretch width/2, shrink width/3.</summary>
    public void AddSpace(double width, int tag) =>
        Add(BreakItem.Glue(width, width / 2, width / 3), new(tag, 0, 0));

    /// <summary>Adds a forced line break inside the paragraph (the line before it is set ragged, not stretched).</summary>
    public void AddLineBreak(int tag)
    {
        DropTrailingSpace();
        Add(BreakItem.PenaltyItem(0, BreakItem.Infinity, false), new(tag, 0, 0));
        Add(BreakItem.Glue(0, BreakItem.Infinity, 0), new(tag, 0, 0));
        Add(BreakItem.PenaltyItem(0, -BreakItem.Infinity, false), new(tag, 0, 0));
    }

    /// <summary>Ends the paragraph and returns its items; the builder must not be used afterwards.</summary>
    public ParagraphItemList Finish()
    {
        DropTrailingSpace();
        if (_items.Count > 0)
        {
            Add(BreakItem.PenaltyItem(0, BreakItem.Infinity, false), new(-1, 0, 0));
            Add(BreakItem.Glue(0, BreakItem.Infinity, 0), new(-1, 0, 0));
            Add(BreakItem.PenaltyItem(0, -BreakItem.Infinity, false), new(-1, 0, 0));
        }
        return new ParagraphItemList(_items.ToArray(), _sources.ToArray());
    }

    private static Func<string, double> Remember(string word, double width, Func<string, double> measure) =>
        piece => ReferenceEquals(piece, word) ? width : measure(piece);

    private void AddSoftHyphenated(string word, Func<string, double> measure, double hyphenWidth, int tag)
    {
        var from = 0;
        var any = false;
        for (var i = 0; i <= word.Length; i++)
        {
            if (i < word.Length && word[i] != SoftHyphen) continue;
            if (i > from)
            {
                if (any)
                    Add(BreakItem.PenaltyItem(hyphenWidth, HyphenPenalty, true), new(tag, from, 0));
                AddBox(word, from, i - from, measure, tag);
                any = true;
            }
            from = i + 1;
        }
    }

    private void AddBox(string word, int start, int length, Func<string, double> measure, int tag) =>
        Add(BreakItem.Box(measure(start == 0 && length == word.Length ? word : word.Substring(start, length))),
            new(tag, start, length));

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
