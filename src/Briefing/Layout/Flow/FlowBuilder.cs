using Briefing.Layout.Text;

namespace Briefing.Layout.Flow;

/// <summary>
/// Collects the vertical list: lines, spaces and page breaks, with structure tags attached to the lines they
/// belong to (an opening tag waits for the next line; a closing tag joins the last line), anchors, and the
/// keep rules (widows and orphans inside a paragraph; a heading kept with the lines that follow it).
/// </summary>
internal sealed class FlowBuilder
{
    private readonly List<PageItem> _pending = [];
    private List<string>? _pendingAnchors;
    private List<(string, int, string)>? _pendingOutline;
    private string? _pendingChapter;
    private FlowLine? _last;
    private int _keepLines;
    private double _space;
    private double _padding;
    private bool _tight;

    /// <summary>The list so far.</summary>
    public List<FlowItem> Items { get; } = [];

    /// <summary>Opens an element before the next line.</summary>
    public void Begin(StructureTag tag, string? language = null) => _pending.Add(new BeginTag(tag, Language: language));

    /// <summary>Closes the innermost open element after the last line (or, if its opening still waits, with it).</summary>
    public void End()
    {
        if (_pending.Any(i => i is BeginTag) || _last is null) _pending.Add(EndTag.Instance);
        else _last.Items.Add(EndTag.Instance);
    }

    /// <summary>Points an anchor id at the next line.</summary>
    public void Anchor(string id) => (_pendingAnchors ??= []).Add(id);

    /// <summary>Adds a bookmark for the heading that the next line starts.</summary>
    public void Outline(string title, int level, string anchor) => (_pendingOutline ??= []).Add((title, level, anchor));

    /// <summary>Marks the next line as a chapter's first (for the running header).</summary>
    public void Chapter(string title) => _pendingChapter = title;

    /// <summary>Something drawn with the next line (a list label), relative to that line's left edge and baseline.</summary>
    public void Prefix(PageItem item) => _pending.Add(item);

    /// <summary>Vertical space before the next line; adjacent spaces collapse to the largest (as CSS margins do).</summary>
    public void Space(double height)
    {
        if (_tight) { _tight = false; return; }
        _space = Math.Max(_space, height);
    }

    /// <summary>Space inside a block's drawn box (a code block's padding) before the next line: added to the collapsed
    /// <see cref="Space"/>, never collapsed with it, so two boxes in a row keep the space between blocks apart (as CSS
    /// padding beside margins).</summary>
    public void Padding(double height) => _padding += height;

    /// <summary>Ignores the next <see cref="Space"/> request (a list item's first block sits at item spacing).</summary>
    public void TightNext() => _tight = true;

    /// <summary>Space that survives a page top (a chapter's drop), added now.</summary>
    public void FixedSpace(double height)
    {
        if (height > 0) Items.Add(new FlowSpace(height, discardable: false));
    }

    /// <summary>A forced page break; pending space is dropped with it.</summary>
    public void PageBreak()
    {
        _space = 0;
        _padding = 0;
        Items.Add(new FlowPageBreak());
    }

    /// <summary>Index the next item will have, to find the lines a block added.</summary>
    public int Mark => Items.Count;

    /// <summary>Keeps the next <paramref name="lines"/> lines with what precedes them (after a heading).</summary>
    public void KeepNext(int lines) => _keepLines = Math.Max(_keepLines, lines);

    /// <summary>Adds a line; <paramref name="keepWithPrevious"/> forbids a page break before it.</summary>
    public FlowLine Line(double height, double baseline, List<PageItem> items, bool keepWithPrevious = false)
    {
        _tight = false;
        if (_space + _padding > 0)
        {
            Items.Add(new FlowSpace(_space + _padding));
            _space = 0;
            _padding = 0;
        }
        if (_pending.Count > 0)
        {
            items.InsertRange(0, _pending);
            _pending.Clear();
        }
        var line = new FlowLine(height, baseline, items)
        {
            KeepWithPrevious = keepWithPrevious || _keepLines > 0,
            Anchors = _pendingAnchors,
            Outline = _pendingOutline,
            Chapter = _pendingChapter,
        };
        if (_keepLines > 0) _keepLines--;
        _pendingAnchors = null;
        _pendingOutline = null;
        _pendingChapter = null;
        Items.Add(line);
        _last = line;
        return line;
    }

    /// <summary>
    /// Adds a paragraph's set lines at a left offset, with a line pitch of <paramref name="leading"/>; page breaks
    /// inside it leave at least <paramref name="keep"/> lines on either side.
    /// </summary>
    public void Lines(IReadOnlyList<SetLine> lines, double x, double leading, int keep, Func<double, double, double>? baseline = null)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var l = lines[i];
            var items = x == 0 ? l.Items : l.Items.Select(item => Place.Shift(item, x, 0)).ToList();
            // Widows and orphans, and no page turn in the middle of a hyphenated word (TeX's \brokenpenalty, as a rule).
            var keepHere = i > 0 && (i < keep || lines.Count - i < keep || lines[i - 1].Hyphenated);
            Line(leading, baseline?.Invoke(l.Ascent, l.Descent) ?? HalfLeading(leading, l.Ascent, l.Descent), items, keepHere);
        }
    }

    /// <summary>The baseline that centres the face's ascent + descent in the line (CSS half-leading).</summary>
    public static double HalfLeading(double leading, double ascent, double descent) =>
        (leading - ascent - descent) / 2 + ascent;

    /// <summary>Flushes tags still waiting (at the end of the list) onto the last line.</summary>
    public void Finish()
    {
        if (_pending.Count == 0) return;
        if (_last is null)
        {
            // Nothing was ever drawn: an empty line carries the tags so the sequence stays well nested.
            Line(0, 0, []);
            return;
        }
        _last.Items.AddRange(_pending);
        _pending.Clear();
    }
}
