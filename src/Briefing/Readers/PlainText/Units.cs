namespace Briefing.Readers.PlainText;

/// <summary>What a unit of raw text is before it is placed in the tree.</summary>
internal enum UnitKind { Text, ListItem }

/// <summary>
/// One logical line of the article: a paragraph (hard-wrapped lines joined), a list item, or a one-line block that may
/// be a heading. <see cref="AfterBreak"/> is set when removed noise or a separator stood just before it — where a web
/// page puts its chapter images. <see cref="Display"/> marks text of a block set in a little from the margin: an
/// example or a quoted line in a plain-text book ("  Charles's friend"), or verse, never a heading; <see cref="Indent"/>
/// is how far in (from the margin) its least indented line is, and its <see cref="VerseLines"/> keep their own
/// indentation from the margin, so a poem's indented lines keep their shape. <see cref="Alone"/> marks the only unit
/// of its block (a numbered line, however wrapped, with blank lines around it). <see cref="Marker"/> is the symbol a
/// list item's line opened with in place of a bullet ("✅").
/// </summary>
internal sealed record Unit(UnitKind Kind, string Text, int Line, bool SingleLineBlock, bool AfterBreak,
    bool Ordered = false, int Number = 0, int Depth = 0, IReadOnlyList<string>? VerseLines = null, bool Display = false,
    bool Alone = false, int Indent = 0, string? Marker = null);

/// <summary>Cuts the body lines into units: blocks are separated by blank lines, removed noise and separators.</summary>
internal static class UnitSplitter
{
    /// <summary>A block whose lines are all at most this long is hard-wrapped prose: its lines are joined.</summary>
    private const int WrapWidth = 80;

    /// <summary>The units of lines [start, end), skipping noise.</summary>
    public static List<Unit> Split(IReadOnlyList<string> lines, int start, int end, bool[] noise, bool[]? quiet = null)
    {
        var units = new List<Unit>();
        // Text pasted with every line set in has its margin there: "set in" counts from it.
        var margin = int.MaxValue;
        for (var i = start; i < end; i++)
            if (!noise[i] && lines[i].Length > 0 && !string.IsNullOrWhiteSpace(lines[i]))
                margin = Math.Min(margin, lines[i].Length - lines[i].TrimStart(' ').Length);
        var block = new List<int>();
        var pendingBreak = false;
        void Flush()
        {
            if (block.Count == 0) return;
            AddBlock(lines, block, pendingBreak, units, margin);
            pendingBreak = false;
            block.Clear();
        }
        for (var i = start; i < end; i++)
        {
            if (noise[i] || LineShapes.IsSeparator(lines[i]))
            {
                Flush();
                pendingBreak |= quiet is null || !quiet[i];
            }
            else if (string.IsNullOrWhiteSpace(lines[i])) Flush();
            else block.Add(i);
        }
        Flush();
        MarkSymbolLists(units);
        return units;
    }

    /// <summary>One-line paragraphs in a row that open with the same symbol ("✅ …" with blank lines between) are
    /// the items of a list that uses it as its bullet, as lines of one block are (<see cref="AddBlock"/>).</summary>
    private static void MarkSymbolLists(List<Unit> units)
    {
        var symbols = units.Select(u => u is { Kind: UnitKind.Text, SingleLineBlock: true, Display: false, VerseLines: null }
            ? LineShapes.SymbolItem(u.Text) : null).ToList();
        for (var k = 0; k < units.Count;)
        {
            var end = k;
            while (symbols[k] is { } first && end < units.Count && symbols[end]?.Marker == first.Marker) end++;
            if (end - k >= 2)
                for (var j = k; j < end; j++)
                    units[j] = units[j] with { Kind = UnitKind.ListItem, Text = symbols[j]!.Value.Text, Marker = symbols[j]!.Value.Marker };
            k = Math.Max(end, k + 1);
        }
    }

    private static void AddBlock(IReadOnlyList<string> lines, List<int> block, bool afterBreak, List<Unit> units, int margin)
    {
        // Hard-wrapped prose breaks lines mid-sentence; short lines that each end a sentence are separate paragraphs,
        // unless every line was filled as far as the wrap allowed and half the breaks fall inside a sentence
        // (dialogue wraps at "’" and ":" too).
        var endsSentence = block.SkipLast(1).Count(i => EndsSentence(lines[i]));
        var hardWrapped = block.Count > 1 && block.All(i => lines[i].TrimEnd().Length <= WrapWidth)
                          && (endsSentence * 2 < block.Count - 1 || FilledToTheWrap(lines, block));
        // "CHAPTER I." with its title on the next line is one heading.
        if (block.Count == 2 && LineShapes.IsChapterMarker(lines[block[0]]) && LineShapes.LooksLikeHeading(lines[block[1]])
            && LineShapes.ListItem(lines[block[1]]) is null)
        {
            units.Add(new Unit(UnitKind.Text, lines[block[0]].Trim() + " " + lines[block[1]].Trim(), block[0] + 1, true, afterBreak));
            return;
        }
        var indented = block.All(i => lines[i].Length - lines[i].TrimStart().Length >= 2);
        var baseIndent = block.Min(i => lines[i].Length - lines[i].TrimStart().Length);
        // A block set in from the margin (verse, an example) is one unit that keeps its lines, whatever they end with —
        // a stanza's lines often each close a clause — unless it holds list items. Lines one column in are verse too (a
        // song set in by a space) when they were not filled to the wrap.
        var least = block.Min(i => IndentOf(lines[i]));
        var setIn = IsDisplayIndent(least, margin)
                    || (least - margin == 1 && block.Count > 1 && !FilledToTheWrap(lines, block, withIndent: true));
        if (setIn && block.Count > 1 && block.All(i => LineShapes.ListItem(lines[i]) is null)) hardWrapped = true;
        // Two or more lines opening with a symbol ("✅ …", "👉 …") are a list that uses the symbols as its bullets.
        var symbolMarked = block.Count(i => LineShapes.SymbolItem(lines[i]) is not null) >= 2;
        var single = block.Count == 1;
        var first = true;
        Unit? open = null;   // the unit hard-wrapped continuation lines join
        var continued = new List<string>();   // its continuation lines, joined once when it closes (not line by line: quadratic)
        var verse = new List<string>();   // its lines, each with its indentation from the margin

        void Emit(Unit u)
        {
            units.Add(u with { AfterBreak = first && afterBreak });
            first = false;
        }
        void Close()
        {
            if (open is null) return;
            if (continued.Count > 0) open = open with { Text = open.Text + " " + string.Join(' ', continued) };
            Emit(verse.Count > 1 && open.Kind == UnitKind.Text
                ? open with { VerseLines = verse.ToList(), Indent = verse.Min(IndentOf) } : open);
            open = null;
            continued.Clear();
            verse.Clear();
        }

        foreach (var i in block)
        {
            var raw = lines[i];
            var text = raw.Trim();
            var item = LineShapes.ListItem(raw);
            var symbol = item is null && symbolMarked ? LineShapes.SymbolItem(raw) : null;
            if (item is not null || symbol is not null)
            {
                Close();
                var depth = Math.Max(0, (raw.Length - raw.TrimStart().Length - baseIndent) / 2);
                open = item is { } li
                    ? new Unit(UnitKind.ListItem, li.Text, i + 1, single, false, li.Ordered, li.Number, depth)
                    : new Unit(UnitKind.ListItem, symbol!.Value.Text, i + 1, single, false, Depth: depth, Marker: symbol.Value.Marker);
                if (!hardWrapped) Close();
                continue;
            }
            if (hardWrapped && open is not null)
            {
                // A continuation line: join it, keeping line structure for indented (verse, letters) blocks.
                continued.Add(text);
                verse.Add(FromMargin(raw, margin));
                continue;
            }
            Close();
            open = new Unit(UnitKind.Text, text, i + 1, single, false, Display: setIn, Indent: IndentOf(raw) - margin);
            verse.Add(FromMargin(raw, margin));
            if (!hardWrapped) Close();
        }
        Close();
        if (units.Count > 0 && units[^1].Line == block[0] + 1 && (units.Count == 1 || units[^2].Line < block[0] + 1))
            units[^1] = units[^1] with { Alone = true };
        // Indented hard-wrapped blocks keep their lines (verse, letters); other prose is reflowed, and so is a sentence
        // set in as an example when its lines were filled to the wrap.
        if (setIn ? FilledToTheWrap(lines, block, withIndent: true) : !indented)
            for (var k = units.Count - 1; k >= 0 && units[k].Line >= block[0] + 1; k--)
                if (units[k].VerseLines is not null) units[k] = units[k] with { VerseLines = null };
    }

    /// <summary>Two to eight spaces in from the margin: set in from the text (further in is centred, as title pages
    /// centre headings).</summary>
    private static bool IsDisplayIndent(int indent, int margin) => (indent - margin) is >= 2 and <= 8;

    private static int IndentOf(string line) => line.Length - line.TrimStart(' ').Length;

    /// <summary>The line without the margin's spaces and trailing space.</summary>
    private static string FromMargin(string line, int margin) => line[Math.Min(margin, IndentOf(line))..].TrimEnd();

    private static bool EndsSentence(string line) => ".!?:\"”’)".Contains(line.TrimEnd()[^1]);

    /// <summary>
    /// Whether each line but the last was filled — the next line's first word would not have fitted on it within the
    /// block's longest line (the wrap width is at least that) — and at least half the line breaks fall inside a
    /// sentence (a line not ending one, or the next starting in lower case). Lines of a title page are too short to
    /// say; lines of similar length that each are a sentence (or a heading among sentences) stay paragraphs.
    /// </summary>
    private static bool FilledToTheWrap(IReadOnlyList<string> lines, List<int> block, bool withIndent = false)
    {
        // A block set in wraps at the same column as the text around it: its lines count from the line's start.
        int Length(string line) => withIndent ? line.TrimEnd().Length : line.Trim().Length;
        var width = block.Max(i => Length(lines[i]));
        if (width < MinFilledWidth) return false;
        var midSentence = 0;
        for (var k = 0; k + 1 < block.Count; k++)
        {
            var next = lines[block[k + 1]].Trim();
            var firstWord = next.IndexOf(' ') is var space and > 0 ? space : next.Length;
            if (Length(lines[block[k]]) + 1 + firstWord <= width) return false;
            if (!EndsSentence(lines[block[k]]) || next.TrimStart('‘', '“', '"', '\'', '(').FirstOrDefault() is var c && char.IsLower(c))
                midSentence++;
        }
        return midSentence * 2 >= block.Count - 1;
    }

    /// <summary>Below this longest line a block is not taken for wrapped prose by its line lengths alone.</summary>
    private const int MinFilledWidth = 60;
}
