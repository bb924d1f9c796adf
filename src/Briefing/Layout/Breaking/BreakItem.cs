namespace Briefing.Layout.Breaking;

/// <summary>The kind of a paragraph item in the box–glue–penalty model (Knuth &amp; Plass).</summary>
internal enum ItemKind
{
    /// <summary>Unbreakable material (a word or word fragment); its width is fixed unless font expansion gives it
    /// stretch and shrink (the glyphs' horizontal scale).</summary>
    Box,
    /// <summary>Stretchable/shrinkable space; a legal break when it follows a box.</summary>
    Glue,
    /// <summary>A possible break with a cost; <see cref="BreakItem.Width"/> is added only when broken there (a hyphen).</summary>
    Penalty,
}

/// <summary>One item of a paragraph to break. The caller keeps what each box stands for in a parallel list.</summary>
internal readonly record struct BreakItem(ItemKind Kind, double Width, double Stretch, double Shrink, double Penalty, bool Flagged)
{
    /// <summary>A penalty at or above this never breaks; at or below its negation always breaks.</summary>
    public const double Infinity = 10000;

    /// <summary>A box; with font expansion it may stretch and shrink by scaling its glyphs.</summary>
    public static BreakItem Box(double width, double stretch = 0, double shrink = 0) => new(ItemKind.Box, width, stretch, shrink, 0, false);
    /// <summary>Glue.</summary>
    public static BreakItem Glue(double width, double stretch, double shrink) => new(ItemKind.Glue, width, stretch, shrink, 0, false);
    /// <summary>A penalty; flagged ones are hyphen breaks (consecutive flagged breaks cost extra).</summary>
    public static BreakItem PenaltyItem(double width, double penalty, bool flagged) => new(ItemKind.Penalty, width, 0, 0, penalty, flagged);
}

/// <summary>A chosen break: the index of the glue or penalty item broken at, and the line's adjustment ratio
/// (0 = natural spacing, &gt;0 stretched by that fraction of total stretch, &lt;0 shrunk).</summary>
internal readonly record struct LineBreak(int Position, double Ratio);

/// <summary>Chooses line breaks for a paragraph. The last break is always at the final item.</summary>
internal interface ILineBreaker
{
    /// <summary>Breaks the items into lines; <paramref name="lineWidth"/> gives the measure of the 0-based line number.</summary>
    IReadOnlyList<LineBreak> Break(IReadOnlyList<BreakItem> items, Func<int, double> lineWidth);
}
