using Briefing.Model;

namespace Briefing.Readers.PlainText;

/// <summary>Places classified units into the document tree: lede, chapters, sections, labels, lists, FAQ.</summary>
internal sealed class TreeBuilder(string path, Sidecar? sidecar, bool transcriberMarkup = false)
{
    /// <summary>Text as inlines ('\n' a line break, in verse), its typewriter quotes and dashes set as type: Gutenberg
    /// transcriptions also mark italic and bold faces in the text itself. Ids are made from the source's text, so they
    /// do not depend on this.</summary>
    private IReadOnlyList<Inline> Text(string text)
    {
        var set = SmartPunctuation.Apply(text);
        return transcriberMarkup ? TranscriberMarkup.Parse(set) : Inlines.TextWithBreaks(set);
    }

    private readonly Slugger _slugger = new();
    private readonly List<Diagnostic> _warnings = [];
    private readonly List<Block> _lede = [];
    private readonly List<ChapterDraft> _chapters = [];
    private readonly List<Unit> _back = [];
    private Faq? _faq;

    /// <summary>The heading of the chapter that holds back matter.</summary>
    public const string BackMatterTitle = "About This E-Book";
    private int _paragraphs;

    private sealed class ChapterDraft(Heading heading)
    {
        public Heading Heading { get; } = heading;
        public List<Block> Blocks { get; } = [];
        public List<(Heading Heading, List<Block> Blocks)> Sections { get; } = [];
        public List<Block> Current => Sections.Count > 0 ? Sections[^1].Blocks : Blocks;
    }

    /// <summary>Back matter (a Gutenberg book's header, credit and licence): its own last chapter, after the book.</summary>
    public void AddBackMatter(IReadOnlyList<Unit> units) => _back.AddRange(units);

    /// <summary>The article body.</summary>
    public void AddBody(IReadOnlyList<Unit> body)
    {
        var units = MergeBareMarkers(body);
        var kinds = Classify(units);
        _markerFamily = Enumerable.Range(0, units.Count)
            .Where(i => kinds[i] == Kind.Heading)
            .Select(i => LineShapes.ChapterMarkerFamily(units[i].Text)).Where(f => f != 0)
            .GroupBy(f => f).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstOrDefault();
        var signalled = Enumerable.Range(0, units.Count).Any(i => kinds[i] == Kind.Heading && IsChapterSignal(units[i]));
        // An FAQ heading with nothing under it before the next chapter is just a heading.
        for (var i = 0; i < units.Count; i++)
            if (kinds[i] == Kind.Faq && (i + 1 == units.Count || (kinds[i + 1] is Kind.Heading or Kind.Faq && IsChapterSignal(units[i + 1]))))
                kinds[i] = Kind.Heading;
        // A short heading-shaped line that ends the text after a paragraph heads nothing: it is a closing line ("THE
        // END"), the last paragraph.
        if (units.Count > 1 && kinds[^1] == Kind.Heading && kinds[^2] == Kind.Paragraph && IsClosingLine(units[^1]))
            kinds[^1] = Kind.Paragraph;
        ChapterDraft? chapter = null;
        Label? openLabel = null;
        List<Block>? labelBlocks = null;
        var pending = new List<Unit>();   // paragraphs and list items not yet turned into blocks

        List<Block> Target() => labelBlocks ?? (chapter is null ? _lede : chapter.Current);
        void FlushPending()
        {
            if (pending.Count == 0) return;
            Target().AddRange(Blocks(pending));
            pending.Clear();
        }
        void CloseLabel()
        {
            FlushPending();
            if (openLabel is null) return;
            var container = chapter is null ? _lede : chapter.Current;
            container.Add(openLabel with { Blocks = labelBlocks! });
            openLabel = null;
            labelBlocks = null;
        }

        for (var i = 0; i < units.Count; i++)
        {
            var u = units[i];
            switch (kinds[i])
            {
                case Kind.Faq:
                    CloseLabel();
                    // The FAQ runs to the next chapter-level heading; a second FAQ (pasted articles) joins the first.
                    var end = i + 1;
                    while (end < units.Count && !(kinds[end] == Kind.Heading && IsChapterSignal(units[end]) && !LineShapes.LooksLikeQuestion(units[end].Text))) end++;
                    var heading = new Heading(_slugger.Slug(u.Text, "faq"), Text(u.Text), u.Line);
                    var entries = FaqBuilder.Build(units.Skip(i + 1).Take(end - i - 1).ToList(), sidecar, path, _slugger, Blocks, _warnings);
                    if (_faq is null) _faq = new Faq(heading, entries);
                    else
                    {
                        // A second FAQ (pasted articles) joins the first; its heading stays, in bold, before its answers.
                        if (entries.Count > 0)
                            entries[0] = entries[0] with { Answer = [Paragraph([new Strong(Text(u.Text))], u.Line), .. entries[0].Answer] };
                        _faq = _faq with { Entries = [.. _faq.Entries, .. entries] };
                    }
                    i = end - 1;
                    break;
                case Kind.Heading when !signalled || IsChapterSignal(u):
                    CloseLabel();
                    chapter = new ChapterDraft(MakeHeading(u));
                    _chapters.Add(chapter);
                    break;
                case Kind.Heading when chapter is not null:
                    CloseLabel();
                    chapter.Sections.Add((MakeHeading(u), []));
                    break;
                case Kind.Label:
                    CloseLabel();
                    openLabel = new Label(MakeHeading(u, u.Text.TrimEnd()), [], u.Line);
                    labelBlocks = [];
                    break;
                default:
                    // Text before the first chapter, headings included, is the lede.
                    pending.Add(u);
                    break;
            }
        }
        CloseLabel();
    }

    private enum Kind { Paragraph, ListItem, Heading, Label, Faq }

    /// <summary>"CHAPTER II." alone, then "The Middle" as the next block: one heading, "CHAPTER II. The Middle".</summary>
    private static List<Unit> MergeBareMarkers(IReadOnlyList<Unit> body)
    {
        var units = new List<Unit>(body.Count);
        for (var i = 0; i < body.Count; i++)
        {
            var u = body[i];
            if (i + 1 < body.Count && u.SingleLineBlock && (!u.Display || IsCapitalMarker(u.Text)) && LineShapes.IsBareChapterMarker(u.Text)
                && body[i + 1] is { Kind: UnitKind.Text, SingleLineBlock: true, AfterBreak: false } next
                && LineShapes.LooksLikeHeading(next.Text) && !LineShapes.IsChapterMarker(next.Text))
            {
                units.Add(u with { Text = u.Text + " " + next.Text });
                i++;
            }
            else units.Add(u);
        }
        return units;
    }

    /// <summary>Fewest numbered rules in a row that make them headings.</summary>
    private const int MinRules = 5;

    /// <summary>Fewest blocks of discussion a rule has after it, on average: a step or a list item has one.</summary>
    private const double MinDiscussion = 3;

    /// <summary>A rule's text at most this long: longer, it is a numbered paragraph.</summary>
    private const int MaxRuleLength = 120;

    /// <summary>
    /// Numbered rules, as a manual of style states them: "1. Form the possessive singular of nouns by adding 's." alone
    /// between blank lines, discussed at length after it (examples, paragraphs), then "2. …" — at least
    /// <see cref="MinRules"/> in a row, numbered on by one each time, before any FAQ. Each is a heading ("1. Form …").
    /// A numbered list, or steps with a paragraph each (a recipe's), is not.
    /// </summary>
    private static HashSet<int> NumberedRules(List<Unit> units)
    {
        var faq = units.FindIndex(u => u.Kind == UnitKind.Text && u.SingleLineBlock && LineShapes.IsFaqHeading(u.Text));
        var end = faq < 0 ? units.Count : faq;
        static bool Candidate(List<Unit> units, int i, int end) =>
            units[i] is { Kind: UnitKind.ListItem, Ordered: true, Alone: true, Depth: 0 } u && u.Text.Length <= MaxRuleLength
            && i + 1 < end && units[i + 1].Kind == UnitKind.Text;
        var rules = new HashSet<int>();
        var run = new List<int>();
        void Flush(int next)
        {
            // Discussion: the units from the first rule to where the run's last rule's discussion ends.
            if (run.Count >= MinRules && (next - run[0] - run.Count) >= MinDiscussion * run.Count) rules.UnionWith(run);
            run.Clear();
        }
        for (var i = 0; i < end; i++)
        {
            if (!Candidate(units, i, end)) continue;
            if (run.Count > 0 && units[i].Number != units[run[^1]].Number + 1) Flush(i);
            run.Add(i);
        }
        Flush(end);
        return rules;
    }

    /// <summary>Most words a closing line has.</summary>
    private const int MaxClosingWords = 4;

    private static bool IsClosingLine(Unit u) =>
        u.Kind == UnitKind.Text && u.SingleLineBlock && LineShapes.Words(u.Text) <= MaxClosingWords
        && !LineShapes.IsChapterMarker(u.Text) && !LineShapes.IsFaqHeading(u.Text);

    private static bool IsCapitalMarker(string text) =>
        LineShapes.IsChapterMarker(text) && text == text.ToUpperInvariant();

    private static Kind[] Classify(List<Unit> units)
    {
        var kinds = new Kind[units.Count];
        var rules = NumberedRules(units);
        for (var i = 0; i < units.Count; i++)
        {
            var u = units[i];
            if (u.Kind == UnitKind.ListItem)
            {
                // "1. Read the Manual First" alone, in title case, with a paragraph after it, is a numbered heading.
                var numberedHeading = rules.Contains(i) || (u.Ordered && u.SingleLineBlock && LineShapes.LooksLikeHeading(u.Text)
                                      && i + 1 < units.Count && units[i + 1].Kind == UnitKind.Text);
                if (numberedHeading) units[i] = u = u with { Kind = UnitKind.Text, Text = $"{u.Number}. {u.Text}" };
                kinds[i] = (LineShapes.IsChapterMarker(u.Text) && u.SingleLineBlock) || numberedHeading ? Kind.Heading : Kind.ListItem;
                continue;
            }
            // A line set in is an example, never a heading — unless it is a chapter marker in capitals ("    CHAPTER I.";
            // "  Chapter XII" among Elements of Style's examples of numerals is one of them).
            if (!u.SingleLineBlock || (u.Display && !IsCapitalMarker(u.Text) && !LineShapes.IsFaqHeading(u.Text)))
            {
                kinds[i] = Kind.Paragraph;
                continue;
            }
            if (LineShapes.IsFaqHeading(u.Text)) kinds[i] = Kind.Faq;
            else if (LineShapes.LooksLikeHeading(u.Text)) kinds[i] = Kind.Heading;
            else if (LineShapes.LooksLikeLabel(u.Text) && i + 1 < units.Count && IsParagraphLike(units[i + 1])) kinds[i] = Kind.Label;
            else kinds[i] = Kind.Paragraph;
        }
        return kinds;
    }

    /// <summary>A label needs a paragraph after it; before a list, a ':' line is a lead-in.</summary>
    private static bool IsParagraphLike(Unit next) =>
        next.Kind == UnitKind.Text && !(next.SingleLineBlock && !next.Display && (LineShapes.LooksLikeHeading(next.Text) || LineShapes.LooksLikeLabel(next.Text)));

    /// <summary>The kind of chapter marker this document uses (see <see cref="LineShapes.ChapterMarkerFamily"/>).</summary>
    private int _markerFamily;

    /// <summary>Chapter level: after a page break a scrape left (removed noise, a separator) or a chapter marker line.</summary>
    private bool IsChapterSignal(Unit u)
    {
        var family = LineShapes.ChapterMarkerFamily(u.Text);
        return family != 0 ? family == _markerFamily : u.AfterBreak;
    }

    private Heading MakeHeading(Unit u, string? text = null)
    {
        var t = text ?? u.Text;
        return new Heading(_slugger.Slug(t), Text(t), u.Line);
    }

    /// <summary>Paragraphs and lists from units; collapsed run-in lists are split; nested items nest by indent.</summary>
    private List<Block> Blocks(IReadOnlyList<Unit> units)
    {
        var blocks = new List<Block>();
        var k = 0;
        while (k < units.Count)
        {
            var u = units[k];
            if (u.Kind == UnitKind.ListItem)
            {
                var end = k;
                while (end < units.Count && units[end].Kind == UnitKind.ListItem) end++;
                blocks.Add(ListOf(units, k, end));
                k = end;
                continue;
            }
            if (u.Display)
            {
                // Text set in from the margin — verse, examples — is one block quote, each line as far in as it stood
                // beyond the least indented one (a stanza's indented lines, a corrected example under the faulty one).
                var end = k;
                while (end < units.Count && units[end] is { Kind: UnitKind.Text, Display: true }) end++;
                var least = units.Skip(k).Take(end - k).Min(s => s.Indent);
                blocks.Add(new Quote(units.Skip(k).Take(end - k).Select(s => Paragraph(Text(Lines(s, least)), s.Line)).ToList(), u.Line));
                k = end;
                continue;
            }
            if (RunInLists.Split(u.Text) is { } split)
            {
                blocks.Add(Paragraph(Text(split.LeadIn), u.Line));
                blocks.Add(new BulletList(split.Items.Select(t => new ListItem([Paragraph(ItemInlines(t), u.Line)], u.Line)).ToList(), Line: u.Line));
            }
            else blocks.Add(Paragraph(Text(Lines(u, u.Indent)), u.Line));
            k++;
        }
        return blocks;
    }

    /// <summary>Indentation kept from a plain-text source goes no deeper than this many columns.</summary>
    private const int MaxKeptIndent = 16;

    /// <summary>A unit's text; verse keeps its lines ('\n'), each indented by its columns beyond <paramref name="least"/>
    /// in no-break spaces, two to a column: near a fixed-pitch column's width in the body face.</summary>
    private static string Lines(Unit u, int least)
    {
        static string In(int columns) => new('\u00A0', 2 * Math.Clamp(columns, 0, MaxKeptIndent));
        if (u.VerseLines is not { Count: > 1 } verse) return In(u.Indent - least) + u.Text;
        return string.Join('\n', verse.Select(l => In(l.Length - l.TrimStart(' ').Length - least) + l.TrimStart(' ')));
    }

    /// <summary>Deeper indentation than this nests no further: a scrape's stray spaces should not make 1,000 levels.</summary>
    internal const int MaxListDepth = 16;

    /// <summary>A list of consecutive items; deeper indents become nested lists (built without recursion).</summary>
    private BulletList ListOf(IReadOnlyList<Unit> units, int start, int end)
    {
        // Each open level: its items so far and its ordering.
        var levels = new List<(List<ListItem> Items, bool Ordered, int Start, int Depth, int Line)>();
        void Open(Unit u) => levels.Add(([], u.Ordered, u.Ordered ? u.Number : 1, u.Depth, u.Line));
        void CloseTop()
        {
            var top = levels[^1];
            levels.RemoveAt(levels.Count - 1);
            var list = new BulletList(top.Items, top.Ordered, top.Start, top.Line);
            var parent = levels[^1].Items;
            var last = parent[^1];
            parent[^1] = last with { Blocks = [.. last.Blocks, list] };
        }
        Open(units[start]);
        for (var k = start; k < end; k++)
        {
            var u = units[k] with { Depth = Math.Min(units[k].Depth, MaxListDepth) };
            while (levels.Count > 1 && u.Depth < levels[^1].Depth) CloseTop();
            if (u.Depth > levels[^1].Depth && levels[^1].Items.Count > 0) Open(u);
            levels[^1].Items.Add(new ListItem([Paragraph(ItemInlines(u.Text), u.Line)], u.Line) { Marker = u.Marker });
        }
        while (levels.Count > 1) CloseTop();
        var root = levels[0];
        return new BulletList(root.Items, root.Ordered, root.Start, root.Line);
    }

    /// <summary>A list item that opens with a run-in term ("Barter Agreements: In some cases …") sets the term in bold.</summary>
    private IReadOnlyList<Inline> ItemInlines(string text)
    {
        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0 || colon > 60 || !LineShapes.LooksLikeLabel(text[..(colon + 1)])) return Text(text);
        return [new Strong(Text(text[..(colon + 1)])), .. Text(text[(colon + 1)..])];
    }

    private Paragraph Paragraph(IReadOnlyList<Inline> content, int line) => new($"p-{++_paragraphs}", content, line);

    /// <summary>The finished document.</summary>
    public Document Build(Metadata metadata, IReadOnlyList<string> noiseRemoved)
    {
        var chapters = _chapters.Select(c => new Chapter(c.Heading, c.Blocks,
            c.Sections.Select(s => new Section(s.Heading, s.Blocks)).ToList())).ToList();
        if (_back.Count > 0)
            chapters.Add(new Chapter(new Heading(_slugger.Slug(BackMatterTitle), Inlines.Text(BackMatterTitle), _back[0].Line),
                Blocks(_back), []) { Language = "en", BackMatter = true });   // Project Gutenberg's header and licence are English
        return new Document(metadata, _lede, chapters, _faq, new ImportReport(path, noiseRemoved, _warnings));
    }
}
