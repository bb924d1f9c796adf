using System.Text.RegularExpressions;

namespace Briefing.Readers.PlainText;

/// <summary>
/// What a Project Gutenberg book carries besides its text: the printed book's title page, between the start of the
/// book and its first chapter ("BY", the author, the publisher, the copyright lines), an edition statement among them,
/// and the transcribers' notes, bracketed, before the book or closing it. A book has no standfirst: none of this is a
/// summary. The edition statement is the book's subtitle; the rest is kept, in source order, with the frame after the
/// book (<see cref="Moved"/>). Found by shape: short capitalised lines, a note's opening words and its brackets.
/// </summary>
internal sealed partial record EditorialMatter(bool[] Moved, int Edition)
{
    /// <summary>Finds it in the body lines [start, end), skipping noise (the title and author already found).</summary>
    public static EditorialMatter Find(IReadOnlyList<string> lines, int start, int end, bool[] noise)
    {
        var moved = new bool[lines.Count];
        var edition = -1;
        var blocks = Blocks(lines, start, end, noise);
        void Move(int from, int to)
        {
            for (var b = from; b <= to; b++)
                for (var i = blocks[b].From; i < blocks[b].To; i++) moved[i] = true;
        }
        var k = 0;
        for (; k < blocks.Count; k++)
        {
            var (from, to) = blocks[k];
            if (IsNoteStart(lines[from]))
            {
                var (close, closed) = NoteEnd(lines, blocks, k);
                Move(k, close);
                k = close;
                // A bracket never closed ends the title page (so a run of them is not read to the end each time).
                if (!closed) { k++; break; }
                continue;
            }
            if (!Enumerable.Range(from, to - from).All(i => LineShapes.IsTitlePageLine(lines[i]))) break;
            // One title-case line right before prose is that prose's heading (a "PREFACE"): the title page ends there.
            if (to - from == 1 && k + 1 < blocks.Count && IsProse(lines, blocks[k + 1])) break;
            if (edition < 0 && to - from == 1 && LineShapes.IsEditionStatement(lines[from])) edition = from;
            else Move(k, k);
        }
        // A note that closes the book (its list of corrections) is about the transcription too.
        var opener = blocks.Count - 1;
        while (opener >= k && !IsNoteStart(lines[blocks[opener].From])) opener--;
        if (opener >= k && lines[blocks[opener].From].TrimStart().StartsWith('[') && NoteEnd(lines, blocks, opener) == (blocks.Count - 1, true))
            Move(opener, blocks.Count - 1);
        return new EditorialMatter(moved, edition);
    }

    /// <summary>The edition statement as a subtitle: one set in capitals is given capitals where a title has them.</summary>
    public static string Subtitle(string line)
    {
        var t = line.Trim();
        if (!LineShapes.IsAllCaps(t)) return t;
        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select((w, i) =>
            w.Any(char.IsDigit) || RomanNumeral().IsMatch(w) ? w
            : i > 0 && LineShapes.IsMinorWord(w) ? w.ToLowerInvariant()
            : w[..1] + w[1..].ToLowerInvariant()));
    }

    /// <summary>The runs of lines between blank lines and noise: [From, To).</summary>
    private static List<(int From, int To)> Blocks(IReadOnlyList<string> lines, int start, int end, bool[] noise)
    {
        var blocks = new List<(int, int)>();
        var from = -1;
        for (var i = start; i <= end; i++)
        {
            var text = i < end && !noise[i] && lines[i].Trim().Length > 0;
            if (text && from < 0) from = i;
            else if (!text && from >= 0)
            {
                blocks.Add((from, i));
                from = -1;
            }
        }
        return blocks;
    }

    /// <summary>The block a note that opens in block <paramref name="k"/> closes in: where its brackets balance; a
    /// note without them is its block, and the one after it when the block is only its heading. One never closed is
    /// its first block alone.</summary>
    private static (int End, bool Closed) NoteEnd(IReadOnlyList<string> lines, List<(int From, int To)> blocks, int k)
    {
        if (!lines[blocks[k].From].TrimStart().StartsWith('['))
            return (blocks[k].To - blocks[k].From == 1 && k + 1 < blocks.Count ? k + 1 : k, true);
        var depth = 0;
        for (var b = k; b < blocks.Count; b++)
            for (var i = blocks[b].From; i < blocks[b].To; i++)
            {
                foreach (var c in lines[i]) depth += c switch { '[' => 1, ']' => -1, _ => 0 };
                if (depth <= 0) return (b, true);
            }
        return (k, false);
    }

    /// <summary>A block with a line of running text: one neither a title page's nor a chapter marker.</summary>
    private static bool IsProse(IReadOnlyList<string> lines, (int From, int To) block) =>
        Enumerable.Range(block.From, block.To - block.From).Any(i => !LineShapes.IsTitlePageLine(lines[i]) && !LineShapes.IsChapterMarker(lines[i]));

    private static bool IsNoteStart(string line) => NoteStart().IsMatch(line.Trim());

    [GeneratedRegex(@"^\[?\s*transcriber[’']?s'?\s+notes?\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoteStart();

    [GeneratedRegex(@"^(?=[MDCLXVI])M{0,3}(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})[.,]?$")]
    private static partial Regex RomanNumeral();
}
