using Briefing.Model;
using Block = Briefing.Model.Block;
using Inline = Briefing.Model.Inline;

namespace Briefing.Readers.Markdown;

/// <summary>
/// Markdown footnotes ("text[^1]" and "[^1]: the note") as endnotes: each reference is a superscript number that
/// links to its note, and the notes, numbered in the order they are first cited, make a last chapter "Notes" whose
/// every note links back to the paragraph that cites it. Both editions show them alike, and a printed page keeps its
/// text together instead of breaking for notes at its foot.
/// </summary>
internal static class Footnotes
{
    /// <summary>The anchor id of note <paramref name="number"/> (reserved before any heading takes an id).</summary>
    public static string NoteId(int number) => "fn-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A reference as the text shows it: the number in superscript digits, linked to the note.</summary>
    public static Inline Reference(int number) => new Link("#" + NoteId(number), [new TextRun(Superscript(number))], LinkRole.NoteReference);

    private static string Superscript(int number) =>
        string.Concat(number.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => "⁰¹²³⁴⁵⁶⁷⁸⁹"[d - '0']));

    /// <summary>The notes chapter: an ordered list of the notes, each first paragraph carrying the note's id, each last
    /// paragraph ending in a link back to where the note is first cited.</summary>
    public static Chapter Chapter(Heading heading, IReadOnlyList<(int Number, List<Block> Blocks)> notes, Document document)
    {
        var citedIn = CitingAnchors(document, notes);
        var items = new List<ListItem>();
        foreach (var (number, blocks) in notes.OrderBy(n => n.Number))
        {
            var body = blocks.ToList();
            var first = body.FindIndex(b => b is Paragraph);
            if (first < 0)
            {
                body.Insert(0, new Paragraph(NoteId(number), []));
                first = 0;
            }
            body[first] = ((Paragraph)body[first]) with { Id = NoteId(number) };
            var last = body.FindLastIndex(b => b is Paragraph);
            if (citedIn.TryGetValue(NoteId(number), out var back))
            {
                var p = (Paragraph)body[last];
                body[last] = p with { Content = [.. p.Content, new TextRun(" "), new Link("#" + back, [new TextRun("↩")], LinkRole.NoteBack)] };
            }
            items.Add(new ListItem(body, blocks.FirstOrDefault()?.Line ?? 0));
        }
        return new Chapter(heading, [new BulletList(items, Ordered: true, Start: 1)], []) { Endnotes = true };
    }

    /// <summary>For each note id, the anchor nearest before its first citation: the citing paragraph, heading, label
    /// or figure; for a citation in a table cell, the last anchor before the table; in a note, that note.</summary>
    private static Dictionary<string, string> CitingAnchors(Document document, IReadOnlyList<(int Number, List<Block> Blocks)> notes)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        var anchor = "";
        void Scan(IEnumerable<Inline> inlines)
        {
            var stack = new Stack<Inline>(inlines);
            while (stack.Count > 0)
            {
                switch (stack.Pop())
                {
                    case Link { Role: LinkRole.NoteReference, Target: ['#', .. var id] } when anchor.Length > 0 && id != anchor: found.TryAdd(id, anchor); break;
                    case Link link: foreach (var i in link.Content) stack.Push(i); break;
                    case Styled s: foreach (var i in s.Content) stack.Push(i); break;
                }
            }
        }
        void Heading(Heading heading)
        {
            if (heading.Id.Length > 0) anchor = heading.Id;
            Scan(heading.Content);
        }
        // Inside a note the anchor stays the note's own: its first paragraph takes the note's id only afterwards.
        void Blocks(IEnumerable<Block> blocks, bool ownAnchors = true)
        {
            foreach (var block in BlockWalk.Descendants(blocks))
            {
                switch (block)
                {
                    case Paragraph p:
                        if (ownAnchors && p.Id.Length > 0) anchor = p.Id;
                        Scan(p.Content);
                        break;
                    case Label l:
                        if (ownAnchors && l.Heading.Id.Length > 0) anchor = l.Heading.Id;
                        Scan(l.Heading.Content);
                        break;
                    case Figure f:
                        if (ownAnchors && f.Id.Length > 0) anchor = f.Id;
                        Scan(f.Caption);
                        break;
                    case Table t:
                        foreach (var row in t.Header.Concat(t.Rows))
                            foreach (var cell in row) Scan(cell);
                        break;
                }
            }
        }
        Blocks(document.Lede);
        foreach (var chapter in document.Chapters)
        {
            Heading(chapter.Heading);
            Blocks(chapter.Blocks);
            foreach (var section in chapter.Sections)
            {
                Heading(section.Heading);
                Blocks(section.Blocks);
            }
        }
        if (document.Faq is { } faq)
            foreach (var entry in faq.Entries)
            {
                Heading(entry.Question);
                Blocks(entry.Answer);
            }
        // A note cited only by another note leads back to that note.
        foreach (var (number, blocks) in notes.OrderBy(n => n.Number))
        {
            anchor = NoteId(number);
            Blocks(blocks, ownAnchors: false);
        }
        return found;
    }
}
