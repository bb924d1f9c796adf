using System.Text.RegularExpressions;

namespace Briefing.Readers.PlainText;

/// <summary>
/// Finds web noise in a scraped article by its shape, never by its words: short lines that repeat (image captions
/// and alt texts), lines equal to the title, a "Table of Contents" heading with no entries or the source's own
/// contents, and the comment section.
/// </summary>
internal static partial class NoiseFilter
{
    /// <summary>Marks noise lines in [start, end) of <paramref name="lines"/>. Lines that only repeat the title and a
    /// source's contents are flagged apart: they are not where a page's images stood, so they do not mark a chapter.</summary>
    public static (bool[] Noise, bool[] TitleRepeat) Find(IReadOnlyList<string> lines, int start, int end, string title)
    {
        var noise = new bool[lines.Count];
        var titleRepeat = new bool[lines.Count];
        MarkCommentSection(lines, start, ref end, noise);
        MarkRepeatedShortLines(lines, start, end, noise);
        var normalisedTitle = Normalise(title);
        for (var i = start; i < end; i++)
            if (!noise[i] && lines[i].Trim().Length > 0 && Normalise(lines[i]) == normalisedTitle) noise[i] = titleRepeat[i] = true;
        MarkContents(lines, start, end, noise, titleRepeat);
        return (noise, titleRepeat);
    }

    /// <summary>
    /// The author's name (or "by NAME") on a book's own title page, before its first paragraph of prose: the cover
    /// already gives it. Flagged like a title repeat, so it does not mark a chapter.
    /// </summary>
    public static void MarkTitlePageAuthor(IReadOnlyList<string> lines, int start, int end, string author, bool[] noise, bool[] titleRepeat)
    {
        var name = Normalise(author);
        for (var i = start; i < end; i++)
        {
            var t = lines[i].Trim();
            if (t.Length > 60 || LineShapes.IsChapterMarker(t)) return;
            var n = Normalise(t);
            if (n.Length > 0 && (n == name || n == "by " + name)) noise[i] = titleRepeat[i] = true;
        }
    }

    /// <summary>"N thoughts on “…”", "N Comments": the rest is the comment section. "Leave a Comment" and the like alone.</summary>
    private static void MarkCommentSection(IReadOnlyList<string> lines, int start, ref int end, bool[] noise)
    {
        for (var i = start; i < end; i++)
        {
            var t = lines[i].Trim();
            if (t.Length == 0 || t.Length > 200) continue;
            // "N thoughts on …" opens the comment section only near the end; earlier it is a stray line (a pasted page).
            if (CommentCount().IsMatch(t) && i - start >= (end - start) / 2)
            {
                for (var j = i; j < end; j++) noise[j] = lines[j].Trim().Length > 0;
                end = i;
                return;
            }
            if (!CommentPrompt().IsMatch(t) && !CommentCount().IsMatch(t)) continue;
            noise[i] = true;
            // "Related posts:" lists links in the lines right under it.
            if (t.EndsWith(':'))
                for (var j = i + 1; j < end && lines[j].Trim().Length > 0 && LineShapes.Words(lines[j]) <= 12; j++) noise[j] = true;
        }
    }

    [GeneratedRegex(@"^\d+\s+(thoughts?|comments?|responses?|replies|reactions?)(\s+(on|to)\b.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex CommentCount();

    [GeneratedRegex(@"^(leave a (comment|reply)|post a comment|add a comment|join the (discussion|conversation)|share this( article| post| page)?|share on \w+|related (posts|articles|reading)|you (may|might) also like|click to share.*|subscribe to our newsletter|read more|continue reading)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex CommentPrompt();

    /// <summary>
    /// A short line that stands alone and recurs (three times or more, or twice in a row) is a caption or alt text
    /// scraped with each image, not text: real headings and sentences do not repeat verbatim.
    /// </summary>
    private static void MarkRepeatedShortLines(IReadOnlyList<string> lines, int start, int end, bool[] noise)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = start; i < end; i++)
            if (IsCaptionShaped(lines[i]))
            {
                var key = Normalise(lines[i]);
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        // A recurring line that ever introduces a paragraph is a heading the article repeats ("Example"), not a caption.
        var headsText = new HashSet<string>(StringComparer.Ordinal);
        for (var i = start; i < end; i++)
        {
            if (!IsCaptionShaped(lines[i])) continue;
            var next = i + 1;
            while (next < end && lines[next].Trim().Length == 0) next++;
            if (next < end && IsProse(lines[next])) headsText.Add(Normalise(lines[i]));
        }
        // A line is a caption everywhere or nowhere: printed twice in a row once, or recurring, and never heading text.
        var captions = new HashSet<string>(StringComparer.Ordinal);
        for (var i = start; i < end; i++)
        {
            if (!IsCaptionShaped(lines[i])) continue;
            var key = Normalise(lines[i]);
            var twiceInARow = i + 1 < end && Normalise(lines[i + 1]) == key;
            if ((counts[key] >= 3 || twiceInARow) && !headsText.Contains(key)) captions.Add(key);
        }
        for (var i = start; i < end; i++)
            if (IsCaptionShaped(lines[i]) && captions.Contains(Normalise(lines[i]))) noise[i] = true;
    }

    private static bool IsProse(string line)
    {
        var t = line.Trim();
        return LineShapes.Words(t) > 12 || (t.Length > 0 && ".!?".Contains(t[^1]));
    }

    private static bool IsCaptionShaped(string line)
    {
        var t = line.Trim();
        if (t.Length < 3 || t.Length > 80 || LineShapes.Words(t) > 8) return false;
        if (".!?;,’”'\")".Contains(t[^1])) return false;
        if (LineShapes.ListItem(t) is not null || LineShapes.IsSeparator(t)) return false;
        return t.Any(char.IsLetter);
    }

    /// <summary>
    /// A contents heading and its entries: with no entries (lines that reappear later as headings) it is a web page's
    /// empty widget; with entries it is the source's own contents (a printed book's, with its page numbers), which the
    /// briefing's contents replace. The entries run to the first line of prose or to where the first entry reappears;
    /// they stop at a line that is neither an entry nor indented under one, and are removed only when most of them are
    /// entries, so a byline or a lede after them stays.
    /// </summary>
    private static void MarkContents(IReadOnlyList<string> lines, int start, int end, bool[] noise, bool[] quiet)
    {
        Dictionary<string, int>? lastIndex = null;
        for (var i = start; i < end; i++)
        {
            if (noise[i] || !LineShapes.IsContentsHeading(lines[i])) continue;
            if (lastIndex is null)
            {
                lastIndex = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var k = start; k < end; k++)
                    if (!noise[k] && lines[k].Trim().Length is > 0 and <= 120) lastIndex[EntryKey(lines[k])] = k;
            }
            var entries = 0;
            for (var j = i + 1; j < end && entries < 2; j++)
            {
                var t = lines[j].Trim();
                if (t.Length == 0 || noise[j] || t.Equals("page", StringComparison.OrdinalIgnoreCase)) continue;
                if (lastIndex.TryGetValue(EntryKey(t), out var later) && later > j) entries++;
                else break;
            }
            if (entries == 0) { noise[i] = true; continue; }
            var (stop, listed, lineCount) = (i + 1, 0, 0);
            string? firstKey = null;
            for (; stop < end; stop++)
            {
                var t = lines[stop].Trim();
                if (t.Length == 0 || noise[stop] || t.Equals("page", StringComparison.OrdinalIgnoreCase)) continue;
                var key = EntryKey(t);
                if ((firstKey is not null && key == firstKey) || IsProse(t)) break;
                var entry = (lastIndex.TryGetValue(key, out var later) && later > stop) || HasPrintedPageNumber(t);
                // Past the entries: neither an entry nor an indented continuation of one (a byline, a standfirst).
                if (!entry && (lineCount == 0 || !char.IsWhiteSpace(lines[stop][0]))) break;
                firstKey ??= key;
                lineCount++;
                if (entry) listed++;
            }
            if (listed == 0 || listed * 2 < lineCount) continue;
            for (var k = i; k < stop; k++)
                if (lines[k].Trim().Length > 0 && !noise[k]) noise[k] = quiet[k] = true;
            i = stop - 1;
        }
    }

    /// <summary>An entry without its leader dots and page number, case-folded.</summary>
    private static string EntryKey(string line) =>
        Normalise(TrailingPageNumber().Replace(line.Trim(), ""));

    [GeneratedRegex(@"[\s.·…]*\d+$")]
    private static partial Regex TrailingPageNumber();

    /// <summary>
    /// A printed contents line's page number: after a run of spaces or after leader dots, spaced or not ("Usage      7",
    /// "Usage ....... 7", "Usage . . . . 7"), not after one space (", 2024" ends a date). Read from the end by hand: a
    /// regular expression tried at every start position is quadratic on a long run of spaces.
    /// </summary>
    private static bool HasPrintedPageNumber(string trimmed)
    {
        var i = trimmed.Length;
        while (i > 0 && char.IsAsciiDigit(trimmed[i - 1])) i--;
        if (i == trimmed.Length || i == 0) return false;
        var spaces = 0;
        while (i > 0 && char.IsWhiteSpace(trimmed[i - 1])) { i--; spaces++; }
        if (spaces >= 2) return true;
        var dots = 0;
        while (i > 0 && (IsLeader(trimmed[i - 1]) || (trimmed[i - 1] == ' ' && i > 1 && IsLeader(trimmed[i - 2]))))
        {
            dots += trimmed[i - 1] switch { '…' => 2, ' ' => 0, _ => 1 };
            i--;
        }
        return dots >= 2;
    }

    private static bool IsLeader(char c) => c is '.' or '·' or '…';

    private static string Normalise(string line) =>
        string.Join(' ', line.Trim().ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
