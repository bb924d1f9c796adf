namespace Briefing.Layout.Breaking;

/// <summary>Parameters of <see cref="KnuthPlassBreaker"/>; the defaults are plain TeX's where TeX has one.</summary>
internal sealed record KnuthPlassOptions
{
    /// <summary>Default options.</summary>
    public static KnuthPlassOptions Default { get; } = new();

    /// <summary>Badness allowed in the first pass, which never breaks at flagged (hyphen) penalties; negative skips that pass.</summary>
    public double Pretolerance { get; init; } = 100;
    /// <summary>Badness allowed in the second pass, which may break at hyphens.</summary>
    public double Tolerance { get; init; } = 200;
    /// <summary>Added to each line's badness before squaring: favours fewer lines.</summary>
    public double LinePenalty { get; init; } = 10;
    /// <summary>Extra demerits when two consecutive lines end at flagged breaks.</summary>
    public double DoubleHyphenDemerits { get; init; } = 10000;
    /// <summary>Extra demerits when the second-last line ends at a flagged break.</summary>
    public double FinalHyphenDemerits { get; init; } = 5000;
    /// <summary>Extra demerits when adjacent lines' fitness classes (tight, decent, loose, very loose) differ by more than one.</summary>
    public double FitnessDemerits { get; init; } = 10000;
    /// <summary>A last line whose natural width is under this fraction of its measure counts as short (0 disables).</summary>
    public double ShortLastLineFraction { get; init; } = 0.1;
    /// <summary>Demerits of an empty last line; a short one gets this scaled by how far it falls below the threshold.</summary>
    public double ShortLastLineDemerits { get; init; } = 5000;
    /// <summary>Most consecutive lines that may end at flagged breaks (hyphens); 0 or less for no limit. A hard rule,
    /// given up only when a paragraph cannot be broken otherwise.</summary>
    public int MaxConsecutiveHyphens { get; init; } = 2;
}

/// <summary>The breaks chosen and how they were found.</summary>
/// <param name="Breaks">The breaks, as <see cref="ILineBreaker.Break"/> returns them.</param>
/// <param name="Pass">1 = pretolerance pass (no hyphen breaks), 2 = tolerance pass, 3 = emergency pass (lines may be
/// as loose as needed, and overfull where nothing else fits).</param>
/// <param name="Demerits">Total demerits of the chosen breaks.</param>
internal sealed record KnuthPlassResult(IReadOnlyList<LineBreak> Breaks, int Pass, double Demerits);

/// <summary>
/// Knuth–Plass total-fit line breaking: the set of breaks with the fewest total demerits over the whole
/// paragraph, found by dynamic programming over active breakpoints (Knuth &amp; Plass, "Breaking paragraphs into
/// lines", 1981), in up to three passes (pretolerance, tolerance, emergency), so a result always exists. Unlike TeX,
/// which only charges extra demerits for consecutive hyphens, no more than
/// <see cref="KnuthPlassOptions.MaxConsecutiveHyphens"/> lines in a row end at flagged breaks: the run length is part
/// of each active node, like its fitness class, so the optimum is found within that rule.
/// </summary>
/// <remarks>
/// Items follow TeX's conventions: a line may break at glue that follows a box, or at a penalty below
/// <see cref="BreakItem.Infinity"/>; glue and penalties after a break are dropped up to the next box or forced
/// break. Glue stretch of at least <see cref="BreakItem.Infinity"/> is infinite (the finishing glue), and a line
/// with infinite stretch is never stretched: its ratio is 0; it shrinks by its glue alone (its boxes' shrink, font
/// expansion, is left out: a paragraph's last line keeps its glyphs as designed). The end of the items is always a
/// forced break.
/// Ratios: a line with no stretch that falls short reports 0; an overfull line (only when no other choice exists)
/// reports a ratio below -1 (negative infinity when it has no shrink) — set its glue at full shrink.
/// Cost is linear in the items for a given measure: width sums are prefix sums and only breakpoints within a
/// line's reach stay active. Thread-safe: each call keeps its own state.
/// </remarks>
internal sealed class KnuthPlassBreaker : ILineBreaker
{
    private const double InfBad = 10000;
    private const double EmergencyBadLimit = 1e10;
    private const int Tight = 0, Decent = 1, Loose = 2, VeryLoose = 3;

    /// <summary>A breaker with TeX's default parameters.</summary>
    public KnuthPlassBreaker() : this(KnuthPlassOptions.Default) { }

    /// <summary>A breaker with the given parameters.</summary>
    public KnuthPlassBreaker(KnuthPlassOptions options) => Options = options;

    /// <summary>The parameters.</summary>
    public KnuthPlassOptions Options { get; }

    /// <inheritdoc />
    public IReadOnlyList<LineBreak> Break(IReadOnlyList<BreakItem> items, Func<int, double> lineWidth) =>
        Solve(items, lineWidth).Breaks;

    /// <summary>Breaks the paragraph and says which pass succeeded.</summary>
    public KnuthPlassResult Solve(IReadOnlyList<BreakItem> items, Func<int, double> lineWidth)
    {
        if (items.Count == 0) return new([], 1, 0);
        var paragraph = new Paragraph(items, lineWidth);
        var run = new Run(paragraph, Options);
        var limit = Options.MaxConsecutiveHyphens > 0 ? Options.MaxConsecutiveHyphens : int.MaxValue;
        if (Options.Pretolerance >= 0 && run.TryPass(Options.Pretolerance, allowFlagged: false, final: false, limit) is { } first)
            return first with { Pass = 1 };
        if (run.TryPass(Options.Tolerance, allowFlagged: true, final: false, limit) is { } second)
            return second with { Pass = 2 };
        // The limit gives way only to spare an overfull line: when keeping it leaves no way through, or only one with
        // a line forced past the measure while giving it up has none.
        var third = run.TryPass(double.PositiveInfinity, allowFlagged: true, final: true, limit);
        if (limit != int.MaxValue && (third is null || run.Overfull))
        {
            var free = run.TryPass(double.PositiveInfinity, allowFlagged: true, final: true, int.MaxValue)!;
            if (third is null || !run.Overfull) third = free;
        }
        return third! with { Pass = 3 };
    }

    /// <summary>Prefix sums and line widths of one paragraph, shared by the passes.</summary>
    private sealed class Paragraph
    {
        public readonly IReadOnlyList<BreakItem> Items;
        public readonly int End; // index of the final break: the last item if it is a forced penalty, else one past it
        public readonly double[] Width, Stretch, Shrink; // sums over items [0, i)
        public readonly double[]? GlyphShrink; // the boxes' part of Shrink (font expansion); null without it
        public readonly int[] InfiniteStretch;
        private readonly double[] _lineWidths;
        private readonly Func<int, double> _lineWidth;
        public readonly int EasyLine; // lines from here on all have the same width, so their line numbers are interchangeable

        public Paragraph(IReadOnlyList<BreakItem> items, Func<int, double> lineWidth)
        {
            Items = items;
            _lineWidth = lineWidth;
            var n = items.Count;
            End = IsForced(items[n - 1]) ? n - 1 : n;
            Width = new double[n + 1];
            Stretch = new double[n + 1];
            Shrink = new double[n + 1];
            // Only paragraphs set with font expansion need it: no extra array per paragraph otherwise.
            for (var i = 0; i < n && GlyphShrink is null; i++)
                if (items[i] is { Kind: ItemKind.Box, Shrink: > 0 }) GlyphShrink = new double[n + 1];
            InfiniteStretch = new int[n + 1];
            var breakpoints = 1;
            for (var i = 0; i < n; i++)
            {
                var it = items[i];
                Width[i + 1] = Width[i];
                Stretch[i + 1] = Stretch[i];
                Shrink[i + 1] = Shrink[i];
                if (GlyphShrink is not null) GlyphShrink[i + 1] = GlyphShrink[i];
                InfiniteStretch[i + 1] = InfiniteStretch[i];
                switch (it.Kind)
                {
                    case ItemKind.Box:
                        Width[i + 1] += it.Width;
                        Stretch[i + 1] += it.Stretch; // font expansion
                        Shrink[i + 1] += it.Shrink;
                        if (GlyphShrink is not null) GlyphShrink[i + 1] += it.Shrink;
                        break;
                    case ItemKind.Glue:
                        Width[i + 1] += it.Width;
                        if (it.Stretch >= BreakItem.Infinity) InfiniteStretch[i + 1]++;
                        else Stretch[i + 1] += it.Stretch;
                        Shrink[i + 1] += it.Shrink;
                        if (i > 0 && items[i - 1].Kind == ItemKind.Box) breakpoints++;
                        break;
                    case ItemKind.Penalty:
                        if (it.Penalty < BreakItem.Infinity) breakpoints++;
                        break;
                }
            }
            // No paragraph has more lines than breakpoints, so probing that many widths finds exactly where the
            // measure stops changing; nodes beyond it need not be told apart by line number (TeX's easy_line).
            _lineWidths = new double[breakpoints + 1];
            for (var j = 0; j < _lineWidths.Length; j++) _lineWidths[j] = lineWidth(j);
            var last = _lineWidths.Length - 1;
            var easy = last;
            while (easy > 0 && _lineWidths[easy - 1].Equals(_lineWidths[last])) easy--;
            EasyLine = easy;
        }

        public double LineWidth(int line) => line < _lineWidths.Length ? _lineWidths[line] : _lineWidth(line);

        public static bool IsForced(BreakItem item) => item.Kind == ItemKind.Penalty && item.Penalty <= -BreakItem.Infinity;

        /// <summary>Whether position b is a legal break in a pass, and its penalty, width and flag.</summary>
        public bool Breakpoint(int b, bool allowFlagged, out double penalty, out double width, out bool flagged)
        {
            penalty = 0; width = 0; flagged = false;
            if (b == Items.Count) { penalty = -BreakItem.Infinity; return true; }
            var it = Items[b];
            switch (it.Kind)
            {
                case ItemKind.Glue:
                    return b > 0 && Items[b - 1].Kind == ItemKind.Box;
                case ItemKind.Penalty when it.Penalty < BreakItem.Infinity:
                    penalty = it.Penalty; width = it.Width; flagged = it.Flagged;
                    return allowFlagged || !it.Flagged || it.Penalty <= -BreakItem.Infinity;
                default:
                    return false;
            }
        }

        /// <summary>Where the line after a break at b starts: discardable glue and penalties are skipped up to the
        /// next box or forced break.</summary>
        public int After(int b)
        {
            var j = b + 1;
            while (j < Items.Count && Items[j].Kind != ItemKind.Box && !IsForced(Items[j])) j++;
            return Math.Min(j, End);
        }
    }

    private struct Node
    {
        public int Position;  // the break (item index), -1 for the paragraph start
        public int Line;      // lines before this break's next line = the 0-based number of the next line
        public int Fitness;
        public bool Flagged;
        public int Hyphens;   // consecutive lines ending at flagged breaks, this one included
        public int Start;     // first item of the next line
        public double Total;  // demerits of the best way here
        public double Ratio;  // adjustment ratio of the line ending here
        public int Parent;
    }

    /// <summary>One paragraph's breaking work: nodes and candidate tables reused across passes.</summary>
    private sealed class Run(Paragraph p, KnuthPlassOptions o)
    {
        private readonly List<Node> _nodes = [];
        private readonly List<int> _active = [];
        // Best candidate per (line class slot, hyphen run, fitness class) at the breakpoint being tried; the hyphen
        // run is counted up to the limit only (a non-flagged break resets it, so longer runs are not told apart).
        private readonly List<int> _slotClass = [];
        private double[] _candTotal = new double[16];
        private int[] _candParent = new int[16];
        private double[] _candRatio = new double[16];
        private int _runs = 1; // hyphen run states per slot: 0..limit, or 1 when there is no limit

        /// <summary>Whether the last pass had to force an overfull line.</summary>
        public bool Overfull { get; private set; }

        public KnuthPlassResult? TryPass(double threshold, bool allowFlagged, bool final, int limit)
        {
            Overfull = false;
            _runs = limit == int.MaxValue ? 1 : limit + 1;
            _nodes.Clear();
            _active.Clear();
            _nodes.Add(new Node { Position = -1, Line = 0, Fitness = Decent, Start = 0, Parent = -1 });
            _active.Add(0);

            for (var b = 0; b <= p.End; b++)
            {
                if (!p.Breakpoint(b, allowFlagged, out var penalty, out var penaltyWidth, out var flagged)) continue;
                var forced = penalty <= -BreakItem.Infinity || b == p.End;
                _slotClass.Clear();
                var anyCandidate = false;
                var kept = 0;
                for (var k = 0; k < _active.Count; k++)
                {
                    var ai = _active[k];
                    var a = _nodes[ai];
                    if (b < a.Start) { _active[kept++] = ai; continue; } // this line has not begun yet
                    var target = p.LineWidth(a.Line);
                    var natural = p.Width[b] - p.Width[a.Start] + penaltyWidth;
                    var r = Ratio(a.Start, b, natural, target);
                    var badness = Badness(r, final);
                    var overfull = r < -1;
                    // Overfull only through the break's own width (a hyphen): the material alone fits, and with font
                    // expansion a later break, whose boxes bring shrink of their own, may fit where this one cannot.
                    // Such a node stays active; only material that cannot shrink to the measure ends it.
                    if (overfull && !forced && penaltyWidth > 0 && Ratio(a.Start, b, natural - penaltyWidth, target) >= -1)
                    {
                        _active[kept++] = ai;
                        continue;
                    }
                    var artificial = false;
                    var staysActive = true;
                    if (overfull || forced)
                    {
                        staysActive = false;
                        if (overfull || badness > threshold)
                        {
                            // TeX's last resort: the only node left would vanish with nothing found, so take the
                            // break anyway (an overfull line) rather than fail.
                            if (final && !anyCandidate && kept == 0 && k == _active.Count - 1) artificial = true;
                            else continue;
                        }
                    }
                    else if (badness > threshold)
                    {
                        _active[kept++] = ai;
                        continue;
                    }

                    var hyphens = flagged ? a.Hyphens + 1 : 0;
                    if (hyphens > limit && !artificial)
                    {
                        if (staysActive) _active[kept++] = ai;
                        continue;
                    }
                    var fitness = Fitness(r);
                    Overfull |= artificial;
                    var demerits = artificial ? 0 : Demerits(a, b, badness, penalty, flagged, fitness, natural, target);
                    Offer(Math.Min(a.Line + 1, p.EasyLine), Math.Min(hyphens, _runs - 1), fitness, a.Total + demerits, ai, r);
                    anyCandidate = true;
                    if (staysActive) _active[kept++] = ai;
                }
                _active.RemoveRange(kept, _active.Count - kept);
                if (anyCandidate) AddCandidates(b, flagged);
                if (_active.Count == 0) return null;
            }

            var best = -1;
            foreach (var ai in _active)
                if (_nodes[ai].Position == p.End && (best < 0 || _nodes[ai].Total < _nodes[best].Total)) best = ai;
            return best < 0 ? null : Backtrack(best);
        }

        // Prefix-sum differences carry rounding noise (a shrink of 2 can come out as 1.9999999999999998), which
        // would make a line that fits exactly look overfull; ratios are therefore kept to nine decimals.
        private double Ratio(int start, int b, double natural, double target) =>
            Math.Round(RawRatio(start, b, natural, target), 9);

        private double RawRatio(int start, int b, double natural, double target)
        {
            if (natural < target)
            {
                if (p.InfiniteStretch[b] - p.InfiniteStretch[start] > 0) return 0;
                var stretch = p.Stretch[b] - p.Stretch[start];
                return stretch > 0 ? (target - natural) / stretch : double.PositiveInfinity;
            }
            if (natural > target)
            {
                var shrink = p.Shrink[b] - p.Shrink[start];
                // A line with finishing glue (a paragraph's last) is never expanded: only its spaces shrink.
                if (p.GlyphShrink is { } glyphs && p.InfiniteStretch[b] - p.InfiniteStretch[start] > 0) shrink -= glyphs[b] - glyphs[start];
                return shrink > 0 ? (target - natural) / shrink : double.NegativeInfinity;
            }
            return 0;
        }

        private static double Badness(double r, bool final)
        {
            if (r < -1) return InfBad + 1;
            var limit = final ? EmergencyBadLimit : InfBad;
            if (double.IsPositiveInfinity(r)) return limit;
            return Math.Min(100 * Math.Abs(r * r * r), limit);
        }

        private static int Fitness(double r) => r < -0.5 ? Tight : r <= 0.5 ? Decent : r <= 1 ? Loose : VeryLoose;

        private double Demerits(in Node a, int b, double badness, double penalty, bool flagged, int fitness,
            double natural, double target)
        {
            var line = o.LinePenalty + badness;
            var d = line * line;
            if (penalty >= 0) d += penalty * penalty;
            else if (penalty > -BreakItem.Infinity) d -= penalty * penalty;
            if (a.Flagged)
            {
                if (b == p.End) d += o.FinalHyphenDemerits;
                else if (flagged) d += o.DoubleHyphenDemerits;
            }
            if (Math.Abs(fitness - a.Fitness) > 1) d += o.FitnessDemerits;
            if (b == p.End && o.ShortLastLineFraction > 0 && target > 0)
            {
                var threshold = o.ShortLastLineFraction * target;
                if (natural < threshold) d += o.ShortLastLineDemerits * (1 - Math.Max(0, natural) / threshold);
            }
            return d;
        }

        private void Offer(int lineClass, int hyphens, int fitness, double total, int parent, double ratio)
        {
            var width = 4 * _runs;
            var slot = _slotClass.IndexOf(lineClass);
            if (slot < 0)
            {
                slot = _slotClass.Count;
                _slotClass.Add(lineClass);
                while (_candTotal.Length < (slot + 1) * width)
                {
                    Array.Resize(ref _candTotal, _candTotal.Length * 2);
                    Array.Resize(ref _candParent, _candParent.Length * 2);
                    Array.Resize(ref _candRatio, _candRatio.Length * 2);
                }
                for (var f = 0; f < width; f++) { _candTotal[slot * width + f] = double.PositiveInfinity; _candParent[slot * width + f] = -1; }
            }
            var i = slot * width + hyphens * 4 + fitness;
            if (total < _candTotal[i] || _candParent[i] < 0)
            {
                _candTotal[i] = total;
                _candParent[i] = parent;
                _candRatio[i] = ratio;
            }
        }

        /// <summary>New active nodes at break b: per line class and hyphen run, the best of each fitness class that
        /// could still win — one worse than the best of its line class and run by more than the fitness demerits never
        /// can (a shorter hyphen run only widens the choices ahead, so runs are compared apart).</summary>
        private void AddCandidates(int b, bool flagged)
        {
            var start = p.After(b);
            for (var slot = 0; slot < _slotClass.Count; slot++)
                for (var h = 0; h < _runs; h++)
                {
                    var first = slot * 4 * _runs + h * 4;
                    var min = double.PositiveInfinity;
                    for (var f = 0; f < 4; f++)
                        if (_candParent[first + f] >= 0) min = Math.Min(min, _candTotal[first + f]);
                    for (var f = 0; f < 4; f++)
                    {
                        var i = first + f;
                        if (_candParent[i] < 0 || _candTotal[i] > min + o.FitnessDemerits) continue;
                        _active.Add(_nodes.Count);
                        _nodes.Add(new Node
                        {
                            Position = b, Line = _nodes[_candParent[i]].Line + 1, Fitness = f, Flagged = flagged,
                            Hyphens = flagged ? _nodes[_candParent[i]].Hyphens + 1 : 0,
                            Start = start, Total = _candTotal[i], Ratio = _candRatio[i], Parent = _candParent[i],
                        });
                    }
                }
        }

        private KnuthPlassResult Backtrack(int best)
        {
            var breaks = new List<LineBreak>();
            for (var i = best; _nodes[i].Parent >= 0; i = _nodes[i].Parent)
            {
                var node = _nodes[i];
                var ratio = double.IsPositiveInfinity(node.Ratio) ? 0 : node.Ratio;
                breaks.Add(new LineBreak(Math.Min(node.Position, p.Items.Count - 1), ratio));
            }
            breaks.Reverse();
            return new KnuthPlassResult(breaks, 0, _nodes[best].Total);
        }
    }
}
