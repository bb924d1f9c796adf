using System.Globalization;
using System.Text;
using Briefing.Layout.Breaking;
using Briefing.Layout.Hyphenation;

namespace Briefing.Layout.Text;

/// <summary>A set line: items positioned relative to the line's left edge (x) and baseline (y = 0).</summary>
/// <param name="Items">Text and tags, in order.</param>
/// <param name="Ascent">Tallest ascent of the faces used.</param>
/// <param name="Descent">Deepest descent of the faces used.</param>
/// <param name="Width">Right end of the last item.</param>
internal sealed record SetLine(List<PageItem> Items, double Ascent, double Descent, double Width)
{
    /// <summary>The line ends in a hyphen (a word broken across lines): no page should turn after it.</summary>
    public bool Hyphenated { get; init; }
}

/// <summary>The measure of a paragraph's lines.</summary>
/// <param name="Width">Available width for every line.</param>
/// <param name="FirstIndent">Left indent of the first line.</param>
/// <param name="RestIndent">Left indent of the other lines.</param>
/// <param name="Justify">Stretch lines to the full measure (never the last line, nor lines before a forced break).</param>
/// <param name="Breaker">Null for the style's breaker.</param>
internal sealed record ParagraphShape(double Width, double FirstIndent = 0, double RestIndent = 0, bool Justify = true, ILineBreaker? Breaker = null)
{
    /// <summary>Indent of a 0-based line.</summary>
    public double Indent(int line) => line == 0 ? FirstIndent : RestIndent;
    /// <summary>Measure of a 0-based line.</summary>
    public double Measure(int line) => Math.Max(1, Width - Indent(line));
}

/// <summary>
/// Sets a paragraph: spans → box/glue/penalty items (words are boxes, spaces glue, soft hyphens and hyphenation
/// points flagged penalties) → line breaks → positioned text, with structure tags for the spans' groups and links.
/// A word wider than the measure is cut between characters so no line overflows.
/// </summary>
internal static class ParagraphSetter
{
    /// <summary>Cost of breaking inside a word that cannot fit any line (higher than a hyphenation point).</summary>
    private const double EmergencyPenalty = 200;

    /// <summary>Cost of cutting a too-wide token where an address or identifier reads best cut (see
    /// <see cref="WordShape.IsTechnicalBreak"/>): as a hard hyphen's, well below a cut between any two letters.</summary>
    private const double NaturalCutPenalty = ParagraphItemBuilder.DefaultExplicitHyphenPenalty;

    /// <summary>The stretch, per unit of width, that scores a ragged line of a cut token: loose enough that where it is
    /// cut (its penalty) counts for more than how full its lines are, as in ragged-right text.</summary>
    private const double RaggedPieceStretch = 3;

    /// <summary>A justified line that would need its spaces stretched beyond this ratio (spaces four times their
    /// width) is set ragged instead: such lines only occur beside unbreakable material such as a long URL, and
    /// there a short line reads better than gaping spaces.</summary>
    private const double MaxStretchRatio = 6;

    private const string Hyphen = "-";

    private sealed record Segment(string Text, Span Span, int Face);

    /// <summary>Item lists of the paragraph being set, kept for the next paragraph on the same thread: a paragraph's
    /// items live only while it is set, and growing fresh lists for each was a quarter of all layout allocation.</summary>
    [ThreadStatic] private static (List<BreakItem> Items, List<ItemSource> Sources)? _spare;

    /// <summary>Lists longer than this (a huge paragraph) are not kept, so one giant paragraph does not pin its memory.</summary>
    private const int SpareLimit = 1 << 16;

    /// <summary>Sets the spans into lines; an empty paragraph gives no lines.</summary>
    public static List<SetLine> Set(LayoutContext ctx, IReadOnlyList<Span> spans, ParagraphShape shape)
    {
        // Taken, not shared: nothing re-enters here, but a taken pair cannot be handed out twice if something did.
        var (itemList, sourceList) = _spare ?? ([], []);
        _spare = null;
        try
        {
            var segments = new List<Segment>();
            var list = BuildItems(ctx, spans, segments, shape.Justify, itemList, sourceList);
            if (segments.Count == 0) return [];
            var narrowest = Math.Min(shape.Measure(0), shape.Measure(1));
            var (items, sources) = PrepareItems(ctx, list, segments, narrowest, ragged: !shape.Justify);
            var breaker = shape.Breaker ?? ctx.Breaker;
            var breaks = WindowedBreaking.Break(breaker, items, shape.Measure);
            return Assemble(ctx, items, sources, segments, breaks, shape);
        }
        finally
        {
            if (itemList.Capacity <= SpareLimit)
            {
                itemList.Clear();
                sourceList.Clear();
                _spare = (itemList, sourceList);
            }
        }
    }

    private static ParagraphItemList BuildItems(LayoutContext ctx, IReadOnlyList<Span> spans, List<Segment> segments, bool justify,
        List<BreakItem> items, List<ItemSource> sources)
    {
        var spacing = ctx.Style.WordSpacing;
        // Only justified lines are expanded, so only their words may stretch or shrink.
        var expansion = justify ? ctx.Style.Expansion : new Styles.Expansion();
        var builder = new ParagraphItemBuilder(ctx.Hyphenator, spaceStretch: spacing.Stretch, spaceShrink: spacing.Shrink,
            glyphStretch: expansion.Stretch, glyphShrink: expansion.Shrink, items: items, sources: sources);
        Span? pendingSpace = null;
        var anyWord = false;
        foreach (var span in spans)
        {
            if (span.IsLineBreak)
            {
                if (anyWord) builder.AddLineBreak(-1);
                pendingSpace = null;
                continue;
            }
            var face = ctx.FaceOf(span.Style);
            var size = span.Style.Size;
            var text = Fonts.FontBook.Clean(span.Text);
            var from = 0;
            while (from <= text.Length)
            {
                var space = text.IndexOf(' ', from);
                var end = space < 0 ? text.Length : space;
                var word = end > from ? text.Substring(from, end - from) : "";
                if (word.Length > 0 && !ctx.Fonts.DrawsNothing(word, face))
                {
                    if (pendingSpace is { } ps && anyWord)
                        builder.AddSpace(ctx.Fonts.Measure(" ", ctx.FaceOf(ps.Style), ps.Style.Size), -2, fixedWidth: IsCode(ps));
                    pendingSpace = null;
                    segments.Add(new Segment(word, span, face));
                    builder.AddWord(word, piece => ctx.Fonts.Measure(piece, face, size),
                        ctx.Fonts.Measure(Hyphen, face, size), segments.Count - 1, span.Hyphenate,
                        join: (left, right) => ctx.Fonts.Join(left, right, face, size), breakAtHyphens: !IsCode(span));
                    anyWord = true;
                }
                if (space < 0) break;
                pendingSpace = span;
                from = space + 1;
            }
        }
        return builder.Finish();
    }

    /// <summary>Code is set in the monospace family: its spaces keep their width and its hyphens are not breaks.</summary>
    private static bool IsCode(Span span) => span.Style.Family == Fonts.Family.Mono;

    /// <summary>The builder's items, copied only when a word wider than the measure must be cut between its
    /// characters or the lines are ragged (then glue may not shrink: ragged lines are drawn at natural spacing, so
    /// they must not be chosen on the strength of shrinking). A million-word paragraph is not held twice.</summary>
    private static (IReadOnlyList<BreakItem>, IReadOnlyList<ItemSource>) PrepareItems(LayoutContext ctx, ParagraphItemList list,
        List<Segment> segments, double narrowest, bool ragged)
    {
        var cut = false;
        for (var i = 0; i < list.Items.Count && !cut; i++)
            cut = list.Items[i].Kind == ItemKind.Box && list.Items[i].Width > narrowest && list.Sources[i].Word >= 0 && list.Sources[i].Length > 1;
        if (!cut && !ragged) return (list.Items, list.Sources);
        var paths = ragged && cut ? PathWords(list, narrowest) : null;
        var items = new List<BreakItem>(list.Items.Count);
        var sources = new List<ItemSource>(list.Items.Count);
        for (var i = 0; i < list.Items.Count; i++)
        {
            var item = list.Items[i];
            var src = list.Sources[i];
            if (item.Kind != ItemKind.Box || item.Width <= narrowest || src.Word < 0 || src.Length <= 1)
            {
                items.Add(!ragged ? item
                    : item.Kind == ItemKind.Glue ? item with { Shrink = 0 }
                    // A ragged line that ends after a slash of an address has no space to stretch: scored by its
                    // pieces, as the cut part's are, it is a short line, not an impossible one that a cut between
                    // letters would beat.
                    : item.Kind == ItemKind.Box && paths?.Contains(src.Word) == true ? item with { Stretch = item.Width * RaggedPieceStretch }
                    : item);
                sources.Add(src);
                continue;
            }
            var seg = segments[src.Word];
            var end = src.Start + src.Length;
            var size = seg.Span.Style.Size;
            double used = 0, previousJoint = 0;
            for (var at = src.Start; at < end;)
            {
                var len = Math.Min(StringInfo.GetNextTextElementLength(seg.Text, at), end - at);
                var piece = seg.Text.Substring(at, len);
                double width, joint = 0;
                if (at + len < end)
                {
                    // Kerned like the whole word: a box holds its joint with the next character; a break takes it back.
                    var nextLength = Math.Min(StringInfo.GetNextTextElementLength(seg.Text, at + len), end - at - len);
                    joint = ctx.Fonts.Join(piece, seg.Text.Substring(at + len, nextLength), seg.Face, size);
                    width = ctx.Fonts.Measure(piece, seg.Face, size) + joint;
                }
                else width = item.Width - used; // the last piece keeps the joint the whole box had with what follows
                if (at > src.Start)
                {
                    var penalty = WordShape.IsTechnicalBreak(seg.Text, at) ? NaturalCutPenalty : EmergencyPenalty;
                    items.Add(BreakItem.PenaltyItem(-previousJoint, penalty, false));
                    sources.Add(new ItemSource(src.Word, at, 0));
                }
                // Ragged lines are drawn at natural width, so stretch only scores them: without it a line of cut
                // pieces scores as infinitely bad, whatever its length, and the cost of where it is cut is lost.
                var stretch = ragged ? width * RaggedPieceStretch : width / item.Width * item.Stretch;
                items.Add(BreakItem.Box(width, stretch, width / item.Width * item.Shrink));
                sources.Add(new ItemSource(src.Word, at, len));
                used += width;
                previousJoint = joint;
                at += len;
            }
        }
        return (items, sources);
    }

    /// <summary>The words that may break after a slash (a path or an address: a break inside the word that adds no
    /// hyphen) and have a part too wide for the line, which is cut; null when there are none. Only these: elsewhere a
    /// stretch on a path's parts would only make its lines look cheaper than their neighbours.</summary>
    private static HashSet<int>? PathWords(ParagraphItemList list, double narrowest)
    {
        HashSet<int>? paths = null, wide = null;
        for (var i = 0; i < list.Items.Count; i++)
        {
            var (item, word) = (list.Items[i], list.Sources[i].Word);
            if (word < 0) continue;
            if (item is { Kind: ItemKind.Penalty, Flagged: false, Penalty: < BreakItem.Infinity }) (paths ??= []).Add(word);
            else if (item.Kind == ItemKind.Box && item.Width > narrowest) (wide ??= []).Add(word);
        }
        if (paths is null || wide is null) return null;
        paths.IntersectWith(wide);
        return paths.Count > 0 ? paths : null;
    }

    /// <summary>A run of text being collected on a line, its glyphs drawn at the line's horizontal scale.</summary>
    private sealed class Run(Segment segment, double x, double scale)
    {
        public readonly Segment Segment = segment;
        public readonly double X = x;
        public readonly double Scale = scale;
        public double Width;
        // Most runs are one word (every word of a justified line is its own run): a builder only for the others.
        private string _first = "";
        private StringBuilder? _more;

        public void Append(string text)
        {
            if (_more is not null) _more.Append(text);
            else if (_first.Length == 0) _first = text;
            else _more = new StringBuilder(_first, _first.Length + text.Length + 16).Append(text);
        }

        public char Last => _more is { Length: > 0 } more ? more[^1] : _first.Length > 0 ? _first[^1] : '\0';

        public bool IsEmpty => _more is null ? _first.Length == 0 : _more.Length == 0;

        public string Text => _more?.ToString() ?? _first;
    }

    private static List<SetLine> Assemble(LayoutContext ctx, IReadOnlyList<BreakItem> items, IReadOnlyList<ItemSource> sources,
        List<Segment> segments, IReadOnlyList<LineBreak> breaks, ParagraphShape shape)
    {
        var lines = new List<SetLine>(breaks.Count);
        var start = 0;
        StructureTag? openGroup = null;
        for (var line = 0; line < breaks.Count; line++)
        {
            var (pos, ratio) = breaks[line];
            while (start < pos && items[start].Kind != ItemKind.Box) start++;
            var justify = shape.Justify && ratio <= MaxStretchRatio;
            var (scale, r) = justify ? Fit(items, start, pos, ratio, shape.Measure(line)) : (1, 0);
            var x = shape.Indent(line);
            var runs = new List<Run>();
            Run? run = null;
            var gapPending = false; // a natural-width space since the last box: the next word may join the run
            var touching = false;   // the last item was a box: the next piece continues the same word
            for (var i = start; i <= pos && i < items.Count; i++)
            {
                var item = items[i];
                var src = sources[i];
                switch (item.Kind)
                {
                    case ItemKind.Box when src.Word >= 0:
                    {
                        var seg = segments[src.Word];
                        var piece = src.Start == 0 && src.Length == seg.Text.Length ? seg.Text : seg.Text.Substring(src.Start, src.Length);
                        var joins = run is not null && SameLook(run.Segment, seg) && (gapPending || touching);
                        if (!joins)
                        {
                            run = new Run(seg, x, scale);
                            runs.Add(run);
                        }
                        else if (gapPending)
                        {
                            run!.Append(" ");
                            run.Width = x - run.X;
                        }
                        run!.Append(piece);
                        run.Width += item.Width * scale;
                        x += item.Width * scale;
                        gapPending = false;
                        touching = true;
                        break;
                    }
                    case ItemKind.Box:
                        x += item.Width;
                        run = null;
                        touching = false;
                        break;
                    case ItemKind.Glue when i < pos:
                    {
                        var adjust = !justify || item.Stretch >= BreakItem.Infinity ? 0 : r >= 0 ? r * item.Stretch : r * item.Shrink;
                        x += item.Width + adjust;
                        // A space drawn at its natural width inside one look can be drawn as a space character.
                        gapPending = run is not null && Math.Abs(adjust) < 1e-9 && scale == 1
                                     && Math.Abs(item.Width - ctx.Fonts.Measure(" ", run.Segment.Face, run.Segment.Span.Style.Size)) < 1e-6;
                        if (!gapPending) run = null;
                        touching = false;
                        break;
                    }
                    case ItemKind.Penalty when i == pos && run is not null:
                        // A flagged break adds a hyphen unless the line already ends in one (a hard hyphen); any
                        // break's width (the hyphen, kerning corrections) counts.
                        if (item.Flagged && !(!run.IsEmpty && WordShape.IsBreakingHyphen(run.Last))) run.Append(Hyphen);
                        run.Width += item.Width * scale;
                        x += item.Width * scale;
                        break;
                }
            }
            var hyphenated = pos < items.Count && items[pos] is { Kind: ItemKind.Penalty, Flagged: true, Penalty: < BreakItem.Infinity };
            lines.Add(Emit(ctx, runs, ref openGroup) with { Hyphenated = hyphenated && line < breaks.Count - 1 });
            start = pos + 1;
        }
        if (openGroup is not null && lines.Count > 0) lines[^1].Items.Add(EndTag.Instance);
        return lines;
    }

    /// <summary>
    /// The glyph scale and the glue ratio that set a justified line to its measure. Without font expansion (no box
    /// stretches or shrinks) that is scale 1 and the breaker's ratio. With it, the glyphs take the breaker's ratio of
    /// their own stretch or shrink, as pdfTeX does, but never beyond the style's limit (a line stretched past ratio 1
    /// leaves the rest to the spaces), and the spaces take exactly what remains, so rounding never leaves a ragged edge.
    /// </summary>
    private static (double Scale, double GlueRatio) Fit(IReadOnlyList<BreakItem> items, int start, int pos, double ratio, double measure)
    {
        double text = 0, other = 0, textStretch = 0, textShrink = 0, glueStretch = 0, glueShrink = 0;
        for (var i = start; i <= pos && i < items.Count; i++)
        {
            var item = items[i];
            switch (item.Kind)
            {
                case ItemKind.Box when item.Stretch > 0 || item.Shrink > 0:
                    text += item.Width;
                    textStretch += item.Stretch;
                    textShrink += item.Shrink;
                    break;
                case ItemKind.Box:
                    other += item.Width;
                    break;
                case ItemKind.Glue when i < pos:
                    // A paragraph's last line is never expanded: natural spaces, or spaces shrunk to fit (the
                    // breakers rate it by its spaces' shrink alone).
                    if (item.Stretch >= BreakItem.Infinity) return (1, Math.Clamp(ratio, -1, 0));
                    other += item.Width;
                    glueStretch += item.Stretch;
                    glueShrink += item.Shrink;
                    break;
                case ItemKind.Penalty when i == pos:
                    text += item.Width; // the hyphen is drawn in the last run, at its scale
                    break;
            }
        }
        if (textStretch == 0 && textShrink == 0 || text <= 0) return (1, Math.Max(-1, ratio));
        var limit = ratio >= 0 ? textStretch / text : textShrink / text;
        var scale = 1 + Math.Clamp(ratio, -1, 1) * limit;
        var rest = measure - text * scale - other;
        var glue = rest >= 0 ? (glueStretch > 0 ? rest / glueStretch : 0) : (glueShrink > 0 ? rest / glueShrink : 0);
        return (scale, Math.Max(-1, glue));
    }

    private static bool SameLook(Segment a, Segment b) =>
        a.Face == b.Face && a.Span.Style == b.Span.Style && a.Span.Link == b.Span.Link && a.Span.Group == b.Span.Group;

    /// <summary>The line's items: group tags carried over lines, one Link element per line fragment of a link.</summary>
    private static SetLine Emit(LayoutContext ctx, List<Run> runs, ref StructureTag? openGroup)
    {
        var items = new List<PageItem>(runs.Count + 4);
        double ascent = 0, descent = 0, right = 0;
        // A sub- or superscript's shift is left out: the line keeps its place in the leading, as its neighbours do.
        foreach (var run in runs)
        {
            var f = ctx.Fonts[run.Segment.Face];
            ascent = Math.Max(ascent, f.Ascender * run.Segment.Span.Style.Size);
            descent = Math.Max(descent, f.Descender * run.Segment.Span.Style.Size);
        }
        var strikes = StrikeRules(ctx, runs);
        var struck = false;
        for (var k = 0; k < runs.Count; k++)
        {
            var run = runs[k];
            var span = run.Segment.Span;
            if (openGroup != span.Group)
            {
                Struck(items, ref struck, false);
                if (openGroup is not null) items.Add(EndTag.Instance);
                if (span.Group is { } group) items.Add(new BeginTag(group));
                openGroup = span.Group;
            }
            var target = span.Link is { } raw ? ctx.ResolveLink(raw) : null;
            var last = k;
            if (target is not null)
                while (last + 1 < runs.Count && runs[last + 1].Segment.Span.Link == span.Link && runs[last + 1].Segment.Span.Group == span.Group)
                    last++;
            if (target is { } t)
            {
                Struck(items, ref struck, false);
                var end = runs[last].X + runs[last].Width;
                var text = string.Join(" ", runs.Skip(k).Take(last - k + 1).Select(r => r.Text));
                items.Add(new BeginTag(StructureTag.Link,
                    new LinkArea(run.X, -ascent, end - run.X, ascent + descent, t.Anchor, t.Url, text)));
            }
            for (var j = k; j <= last; j++)
            {
                Struck(items, ref struck, runs[j].Segment.Span.Style.Strike is not null);
                AddText(ctx, items, runs[j]);
                if (strikes?[j] is { } rule) items.Add(rule);
            }
            if (target is not null)
            {
                Struck(items, ref struck, false);
                items.Add(EndTag.Instance);
            }
            right = runs[last].X + runs[last].Width;
            k = last;
        }
        Struck(items, ref struck, false);
        return new SetLine(items, ascent, descent, right);
    }

    /// <summary>Opens or closes the line's struck-text element: one for consecutive struck runs of whatever look,
    /// closed before a link or a group begins or ends so that elements nest.</summary>
    private static void Struck(List<PageItem> items, ref bool open, bool struck)
    {
        if (open == struck) return;
        items.Add(struck ? new BeginTag(StructureTag.StruckText) : EndTag.Instance);
        open = struck;
    }

    /// <summary>The rules through the line's struck runs, each at the index of the run it ends after (null when
    /// nothing is struck): through consecutive struck runs and the spaces between them, in their colour (a new colour
    /// starts a new rule), at the height and thickness the font gives for the struck text's size.</summary>
    private static BoxItem?[]? StrikeRules(LayoutContext ctx, List<Run> runs)
    {
        BoxItem?[]? rules = null;
        for (var k = 0; k < runs.Count; k++)
        {
            var style = runs[k].Segment.Span.Style;
            if (style.Strike is not { } strike) continue;
            var last = k;
            while (last + 1 < runs.Count && runs[last + 1].Segment.Span.Style is { Strike: { } next } nextStyle && next == strike
                   && nextStyle.Colour == style.Colour && runs[last + 1].Segment.Span.Group == runs[k].Segment.Span.Group)
                last++;
            // Up to the next struck run, if one follows at once: the space between is struck too.
            var end = last + 1 < runs.Count && runs[last + 1].Segment.Span.Style.Strike == strike
                ? runs[last + 1].X
                : runs[last].X + runs[last].Width;
            var font = ctx.Fonts[runs[k].Segment.Face];
            var top = -(strike.Rise + font.StrikeoutPosition * strike.Size);
            rules ??= new BoxItem?[runs.Count];
            rules[last] = new BoxItem(runs[k].X, top, end - runs[k].X, font.StrikeoutSize * strike.Size, style.Colour);
            k = last;
        }
        return rules;
    }

    private static void AddText(LayoutContext ctx, List<PageItem> items, Run run)
    {
        var style = run.Segment.Span.Style;
        var x = run.X;
        var faceRuns = ctx.Fonts.Runs(run.Text, run.Segment.Face, style.Size);
        for (var i = 0; i < faceRuns.Count; i++)
        {
            // Layout's y runs down: a superscript's positive rise puts its baseline above the line's.
            items.Add(faceRuns[i].Item(style.Size, style.Colour, x, -style.Rise, run.Scale));
            x += faceRuns[i].Width * run.Scale;
        }
    }
}
