using System.Text.RegularExpressions;

namespace Briefing.Readers.PlainText;

/// <summary>
/// A Project Gutenberg book's frame: the header up to "*** START OF …" (with its catalogue fields), the producers'
/// credit just after it, and the footer from "End of the Project Gutenberg …" (the licence). The fields give the
/// metadata; the rest is kept word for word, but after the book, never on its cover or in its chapters.
/// </summary>
internal sealed partial record GutenbergFrame(bool IsGutenberg, int HeaderEnd, int BodyStart, int BodyEnd, int EndMarker, GutenbergFields Fields)
{
    /// <summary>Finds the frame; a text without the markers is all body.</summary>
    public static GutenbergFrame Find(string[] lines)
    {
        int start = -1, end = lines.Length, endMarker = -1;
        for (var i = 0; i < lines.Length; i++)
        {
            var t = lines[i].Trim();
            if (start < 0 && Start().IsMatch(t)) start = i + 1;
            else if (start >= 0 && End().IsMatch(t)) { end = Math.Min(end, i); endMarker = i; break; }
            else if (start >= 0 && EndLine().IsMatch(t)) end = Math.Min(end, i);
        }
        if (start < 0) return new GutenbergFrame(false, 0, 0, lines.Length, -1, GutenbergFields.None);
        return new GutenbergFrame(true, start, CreditEnd(lines, start, end), end, endMarker, GutenbergFields.Read(lines, start - 1));
    }

    /// <summary>The frame's lines as units, in source order: the header (a catalogue field such as "Release Date: …",
    /// with its indented continuation, is a paragraph of its own, never joined to the next as wrapped prose), the
    /// producers' credit, the body lines <paramref name="moved"/> out of the book (its title page and transcribers'
    /// notes) and the footer. The START and END markers are left out: they only delimit.</summary>
    public List<Unit> Units(string[] lines, bool[] moved)
    {
        var units = new List<Unit>();
        var markers = new bool[lines.Length];   // one mask for every split: a header of many fields stays linear
        if (EndMarker >= 0) markers[EndMarker] = true;
        var from = 0;
        for (var i = 0; i < HeaderEnd - 1; i++)
        {
            if (!GutenbergFields.IsField(lines[i])) continue;
            units.AddRange(UnitSplitter.Split(lines, from, i, markers));
            var next = GutenbergFields.ValueEnd(lines, i, HeaderEnd - 1);
            units.Add(new Unit(UnitKind.Text, string.Join(' ', lines[i..next].Select(l => l.Trim())), i + 1, true, false));
            from = next;
            i = next - 1;
        }
        units.AddRange(UnitSplitter.Split(lines, from, HeaderEnd - 1, markers));
        units.AddRange(UnitSplitter.Split(lines, HeaderEnd, BodyStart, markers));
        var kept = Array.ConvertAll(moved, m => !m);
        units.AddRange(UnitSplitter.Split(lines, BodyStart, BodyEnd, kept, kept));
        units.AddRange(UnitSplitter.Split(lines, BodyEnd, lines.Length, markers));
        return units;
    }

    /// <summary>"Produced by …" right after the START marker: the transcribers' credit, part of the frame.</summary>
    private static int CreditEnd(string[] lines, int start, int end)
    {
        var first = start;
        while (first < end && lines[first].Trim().Length == 0) first++;
        if (first == end || !Credit().IsMatch(lines[first].Trim())) return start;
        var last = first;
        while (last < end && lines[last].Trim().Length > 0) last++;
        return last;
    }

    [GeneratedRegex(@"^\*{3}\s*START OF (THE|THIS) PROJECT GUTENBERG", RegexOptions.IgnoreCase)]
    private static partial Regex Start();

    [GeneratedRegex(@"^\*{3}\s*END OF (THE|THIS) PROJECT GUTENBERG", RegexOptions.IgnoreCase)]
    private static partial Regex End();

    // "End of the Project Gutenberg EBook of …", the line older books put before the END marker.
    [GeneratedRegex(@"^End of (the )?Project Gutenberg", RegexOptions.IgnoreCase)]
    private static partial Regex EndLine();

    [GeneratedRegex(@"^(Produced by|E-?text prepared by|Transcribed (from|by)|This (e-?book|e-?text) was produced by)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Credit();
}
