using Briefing.Model;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MdBlock = Markdig.Syntax.Block;
using Block = Briefing.Model.Block;

namespace Briefing.Readers.Markdown;

/// <summary>
/// Reads Markdown with YAML front matter. One level-1 heading is the title (then ## are chapters, ### sections, deeper
/// headings labels); otherwise the heading levels present map in order to chapters, sections and labels. A heading
/// named FAQ or Frequently Asked Questions turns its sub-headings into questions and their content into answers.
/// Navigation above the text (contents markers and link lists, language and badge bars) is left out and reported.
/// </summary>
internal static class MarkdownReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter().UsePipeTables().UseGridTables().UseAutoLinks().UseEmphasisExtras().UseSmartyPants().UseFootnotes().UseTaskLists().Build();

    /// <summary>Reads LF-normalised Markdown.</summary>
    public static Document Read(string text, string path, Sidecar? sidecar)
    {
        MarkdownDocument? md = null;
        var warnings = new List<Diagnostic>();
        // Markdig refuses nesting beyond about 64 levels, but only after work that grows with the square of the
        // input; a document that plainly nests deeper is capped before any parse.
        if (ApparentNesting(text) <= MaxApparentNesting)
        {
            try { md = Markdig.Markdown.Parse(text, Pipeline); }
            catch (Exception e) when (e is InsufficientExecutionStackException or ArgumentException) { }
        }
        if (md is null)
        {
            // Keep every word by capping the indentation and quote depth instead.
            warnings.Add(new Diagnostic(path, 0, "nesting deeper than 32 levels was flattened"));
            try { md = Markdig.Markdown.Parse(CapNesting(text), Pipeline); }
            catch (Exception again) when (again is InsufficientExecutionStackException or ArgumentException)
            { throw new InputException(path, 0, $"Markdown too deeply nested to read: {again.Message}", again); }
        }

        Sidecar? frontMatter = null;
        if (md.Descendants<YamlFrontMatterBlock>().FirstOrDefault() is { } yaml)
        {
            var yamlText = string.Join('\n', yaml.Lines.Lines.Take(yaml.Lines.Count).Select(l => l.ToString()));
            frontMatter = Sidecar.Parse(yamlText, path, yaml.Line + 1, strict: false);
            frontMatter.Title = FrontMatterText.Plain(frontMatter.Title);
            frontMatter.Subtitle = FrontMatterText.Plain(frontMatter.Subtitle);
            warnings.AddRange(frontMatter.Warnings);
            // As an empty file is refused, so is one with nothing but its front matter: it would build a blank page.
            if (md.All(b => b == yaml || b is LinkReferenceDefinitionGroup || b is HtmlBlock { Type: HtmlBlockType.Comment }))
            {
                var after = yaml.Line + yaml.Lines.Count + 3;
                throw new InputException(path, Math.Min(after, text.TrimEnd('\n').Count(c => c == '\n') + 1), "no text after the front matter");
            }
        }
        warnings.AddRange(UnclosedBlocks.Warnings(md, text, path));
        warnings.AddRange(FootnoteWarnings.Of(md, path));

        var headings = md.OfType<HeadingBlock>().ToList();
        var h1 = headings.Where(h => h.Level == 1).ToList();
        var titleHeading = h1.Count == 1 && headings[0] == h1[0] && !NamesAChapter(h1[0], frontMatter) ? h1[0] : null;
        // Under a single # title the levels are fixed (## chapter, ### section, deeper label), so a document without
        // sections keeps its labels; otherwise the levels present map in order.
        var present = headings.Where(h => h != titleHeading).Select(h => h.Level).Distinct().Order().ToList();
        IReadOnlyList<int> levels = titleHeading is not null ? [2, 3] : present.Count switch { 0 => [1, 2], 1 => [present[0], present[0] + 1], _ => present.Take(2).ToList() };

        var figures = new FigureLoader(path);
        var builder = new OutlineBuilder(path, sidecar ?? frontMatter, levels, figures);
        foreach (var note in md.Descendants<Footnote>()) builder.ReserveNote(note);
        // A page that is all FAQ ("# FAQ" with ## questions) — unless an FAQ heading of its own follows.
        if (titleHeading is not null && LooksLikeFaq(titleHeading) && !headings.Any(h => h != titleHeading && LooksLikeFaq(h)))
            builder.StartFaq(titleHeading, 1);
        var blocks = md.ToList();
        var navigation = Navigation(blocks, titleHeading);
        var titleLine = titleHeading is null && MetadataMerge.Clean(sidecar?.Title) is null && MetadataMerge.Clean(frontMatter?.Title) is null
            ? TitleLine(blocks, navigation) : null;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block == titleHeading || block == titleLine?.Block) continue;
            if (navigation[i] is { } removed) builder.Removed(removed);
            else if (block is HeadingBlock h) builder.Heading(h, LooksLikeFaq(h));
            else if (block is FootnoteGroup notes) builder.Notes(notes);
            else builder.Content(block);
        }

        var sourceTitle = titleHeading is null ? titleLine?.Title : Inlines.PlainText(InlineConverter.Convert(titleHeading.Inline));
        if (titleLine?.Subtitle is { } subtitle && MetadataMerge.Clean(frontMatter?.Subtitle) is null)
            (frontMatter ??= new Sidecar { Path = path }).Subtitle = subtitle;
        var metadata = MetadataMerge.Build(sourceTitle, frontMatter, sidecar, Path.GetFileNameWithoutExtension(path));
        var document = builder.Build(metadata);
        warnings.AddRange(ImageReferences.Warnings(md, path, figures));
        warnings.AddRange(SafeLinks.Warnings(blocks.Where((_, i) => navigation[i] is null), path));   // navigation is left out whole
        return document.WithWarnings([.. warnings, .. document.Report.Warnings]);
    }

    /// <summary>Navigation above the text (before its first heading other than the title): what each such block said,
    /// by index; null for text.</summary>
    private static string?[] Navigation(List<MdBlock> blocks, HeadingBlock? titleHeading)
    {
        var found = new string?[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is HeadingBlock h && h != titleHeading) break;
            if (NavigationNoise.Describe(blocks[i]) is not { } text) continue;
            found[i] = text;
            if (i > 0 && found[i - 1] is null && NavigationNoise.Ornament(blocks[i - 1]) is { } ornament) found[i - 1] = ornament;
        }
        return found;
    }

    /// <summary>
    /// A README without a # title often opens with its name on a line of its own ("youtube-dl - download videos …")
    /// right above its first heading: the first block of text, one short line with no closing punctuation and no
    /// picture, not a byline ("By …") or a date, followed (past navigation) by a heading. "NAME - what it does" gives
    /// a title and a subtitle.
    /// </summary>
    private static (ParagraphBlock Block, string Title, string? Subtitle)? TitleLine(List<MdBlock> blocks, string?[] navigation)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (navigation[i] is not null || blocks[i] is HtmlBlock or YamlFrontMatterBlock or LinkReferenceDefinitionGroup) continue;
            // One line: Markdig drops a paragraph's source lines once it has read its inlines; line breaks remain.
            if (blocks[i] is not ParagraphBlock p || p.Inline is null || p.Inline.Descendants<LineBreakInline>().Any()
                || p.Inline.Descendants<LinkInline>().Any(l => l.IsImage)) return null;
            var text = Inlines.PlainText(InlineConverter.Convert(p.Inline)).Trim();
            if (text.Length is 0 or > MaxTitleLine || ".:;,!?".Contains(text[^1]) || !text.Any(char.IsLetter)
                || text.StartsWith("By ", StringComparison.OrdinalIgnoreCase)
                || DateTime.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _))
                return null;
            var next = i + 1;
            while (next < blocks.Count && (navigation[next] is not null || blocks[next] is HtmlBlock or LinkReferenceDefinitionGroup)) next++;
            if (next == blocks.Count || blocks[next] is not HeadingBlock) return null;
            var dash = text.IndexOf(" - ", StringComparison.Ordinal);
            return dash is > 0 and <= 40 && dash + 3 < text.Length
                ? (p, text[..dash].Trim(), text[(dash + 3)..].Trim())
                : (p, text, null);
        }
        return null;
    }

    private const int MaxTitleLine = 100;

    private const int MaxApparentNesting = 64;

    /// <summary>How deep the list items and quotes look, from indentation and markers alone (fenced code skipped):
    /// a cheap linear estimate, used only to spare Markdig a parse it would give up on.</summary>
    private static int ApparentNesting(string text)
    {
        var indents = new Stack<int>();
        var deepest = 0;
        var fenced = false;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            var body = raw.TrimStart(' ');
            if (body.StartsWith("```") || body.StartsWith("~~~")) { fenced = !fenced; continue; }
            if (fenced) continue;
            var quotes = 0;
            while (quotes < body.Length && body[quotes] == '>') quotes++;
            deepest = Math.Max(deepest, quotes);
            var isItem = body.Length > 1 && (body[0] is '-' or '*' or '+' || char.IsAsciiDigit(body[0])) && (body[1] == ' ' || body.IndexOf(". ") is > 0 and < 10);
            if (!isItem) continue;
            var indent = raw.Length - body.Length;
            while (indents.Count > 0 && indents.Peek() >= indent) indents.Pop();
            indents.Push(indent);
            deepest = Math.Max(deepest, indents.Count);
        }
        return deepest;
    }

    /// <summary>Caps each line's indentation at 64 columns and its run of '>' quote markers at 32.</summary>
    private static string CapNesting(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        foreach (var line in text.Split('\n'))
        {
            var i = 0;
            var quotes = 0;
            while (i < line.Length && (line[i] is ' ' or '\t' || line[i] == '>'))
            {
                if (line[i] == '>') quotes++;
                i++;
            }
            var indent = i - quotes;
            if (indent <= 64 && quotes <= 32) { sb.Append(line).Append('\n'); continue; }
            sb.Append('>', Math.Min(quotes, 32)).Append(' ', Math.Min(indent, 64)).Append(line, i, line.Length - i).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>A single # heading is the title, unless the author's front matter names another title: then it is the
    /// first chapter (pandoc reads it so), and its heading and text stay in the body instead of vanishing under the
    /// given title as a summary. A sidecar's title is an editor's override of the # title, so it does not count.</summary>
    private static bool NamesAChapter(HeadingBlock h1, Sidecar? frontMatter) =>
        MetadataMerge.Clean(frontMatter?.Title) is { } given
        && !string.Equals(Normalized(given), Normalized(Inlines.PlainText(InlineConverter.Convert(h1.Inline))), StringComparison.OrdinalIgnoreCase);

    /// <summary>A title as compared: spacing collapsed, quotes, dashes and ellipses as typed (the heading went through
    /// SmartyPants, the front matter did not), no final full stop.</summary>
    private static string Normalized(string title)
    {
        var folded = new System.Text.StringBuilder(title.Length);
        foreach (var c in title)
            folded.Append(c switch { '‘' or '’' => '\'', '“' or '”' => '"', '–' or '—' => '-', _ => c });
        var text = folded.ToString().Replace("…", "...", StringComparison.Ordinal).Replace("---", "-", StringComparison.Ordinal)
            .Replace("--", "-", StringComparison.Ordinal);
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.');
    }

    private static bool LooksLikeFaq(HeadingBlock h) =>
        PlainText.LineShapes.IsFaqHeading(Inlines.PlainText(InlineConverter.Convert(h.Inline)));

    /// <summary>Places headings and content into the document tree as they come.</summary>
    private sealed class OutlineBuilder(string path, Sidecar? sidecar, IReadOnlyList<int> levels, FigureLoader figures)
    {
        private readonly Slugger _slugger = new();
        private readonly List<Block> _lede = [];
        private readonly List<(Heading Heading, List<Block> Blocks, List<(Heading Heading, List<Block> Blocks)> Sections)> _chapters = [];
        private readonly List<Diagnostic> _warnings = [];
        private readonly List<string> _removed = [];
        private int _paragraphs;
        private BlockConverter? _converter;
        private BlockConverter Converter => _converter ??= new BlockConverter(() => $"p-{++_paragraphs}", figures);

        private Label? _label;
        private List<Block>? _labelBlocks;

        // FAQ state: its heading, its level, and the entries so far (question heading or null, answer blocks).
        private Heading? _faqHeading;
        private int _faqLevel;
        private readonly List<(Heading? Question, List<Block> Answer)> _faq = [];
        private bool InFaq => _faqHeading is not null && _faqLevel > 0;

        private List<Block> Target()
        {
            if (InFaq)
            {
                if (_faq.Count == 0) _faq.Add((null, []));
                return _faq[^1].Answer;
            }
            if (_labelBlocks is not null) return _labelBlocks;
            if (_chapters.Count == 0) return _lede;
            var c = _chapters[^1];
            return c.Sections.Count > 0 ? c.Sections[^1].Blocks : c.Blocks;
        }

        private void CloseLabel()
        {
            if (_label is null) return;
            _label = null;
            _labelBlocks = null;
        }

        public void StartFaq(HeadingBlock h, int level)
        {
            CloseLabel();
            _faqHeading ??= MakeHeading(h);
            _faqLevel = level;
        }

        public void Heading(HeadingBlock h, bool isFaq)
        {
            if (InFaq && h.Level > _faqLevel)
            {
                _faq.Add((MakeHeading(h), []));
                return;
            }
            if (InFaq) _faqLevel = 0;   // a heading at the FAQ's level or above ends it
            if (isFaq) { StartFaq(h, h.Level); return; }
            CloseLabel();
            var rank = h.Level <= levels[0] ? 0 : h.Level <= levels[1] ? 1 : 2;
            if (rank <= 0 || _chapters.Count == 0)
                _chapters.Add((MakeHeading(h), [], []));
            else if (rank == 1)
                _chapters[^1].Sections.Add((MakeHeading(h), []));
            else
            {
                var label = new Label(MakeHeading(h), [], h.Line + 1);
                var container = Target();
                _labelBlocks = [];
                _label = label;
                container.Add(new LabelSlot(label, _labelBlocks));
            }
        }

        /// <summary>Navigation left out; listed in the import report.</summary>
        public void Removed(string text) => _removed.Add(text);

        private readonly List<(int Number, List<Block> Blocks)> _notes = [];

        /// <summary>Keeps a cited note's id from any heading.</summary>
        public void ReserveNote(Footnote note)
        {
            if (note.Order > 0) _slugger.Reserve(Footnotes.NoteId(note.Order));
        }

        /// <summary>The notes, read as blocks; notes nobody cites are left out.</summary>
        public void Notes(FootnoteGroup group)
        {
            foreach (var note in group.OfType<Footnote>().Where(n => n.Order > 0))
                _notes.Add((note.Order, note.SelectMany(b => Converter.ConvertAll(b)).ToList()));
        }

        public void Content(MdBlock block)
        {
            Target().AddRange(Converter.ConvertAll(block));
        }

        private Heading MakeHeading(HeadingBlock h)
        {
            var inlines = InlineConverter.Convert(h.Inline);
            // A setext heading's block starts at its underline; the text is the line above.
            return new Heading(_slugger.Slug(Inlines.PlainText(inlines, notes: false)), inlines, h.IsSetext ? h.Line : h.Line + 1);
        }

        public Document Build(Metadata metadata)
        {
            var chapters = _chapters.Select(c => new Chapter(c.Heading, Resolve(c.Blocks),
                c.Sections.Select(s => new Section(s.Heading, Resolve(s.Blocks))).ToList())).ToList();
            Faq? faq = null;
            if (_faqHeading is not null)
            {
                var entries = new List<FaqEntry>();
                var questions = sidecar?.Faq ?? [];
                var unanswered = _faq.Where(e => e.Question is null).ToList();
                var k = 0;
                foreach (var (question, answer) in _faq)
                {
                    if (question is not null) { entries.Add(new FaqEntry(question, Resolve(answer), QuestionSource.Source)); continue; }
                    if (answer.Count == 0) continue;
                    // Content under the FAQ heading with no question heading: one answer per paragraph group.
                    if (k < questions.Count)
                    {
                        var q = questions[k++].Trim();
                        entries.Add(new FaqEntry(new Heading(_slugger.Slug(q, "question"), Inlines.Text(q), answer[0].Line), Resolve(answer), QuestionSource.Sidecar));
                    }
                    else if (entries.Count == 0 && _faq.Any(e => e.Question is not null))
                        _lede.AddRange(Resolve(answer));   // an introduction before the first question
                    else
                    {
                        var q = $"Question {entries.Count + 1} (missing from the source)";
                        entries.Add(new FaqEntry(new Heading(_slugger.Slug(q, "question"), Inlines.Text(q), answer[0].Line), Resolve(answer), QuestionSource.Inferred));
                        _warnings.Add(new Diagnostic(path, answer[0].Line, "FAQ content without a question heading; add the question to the source or the sidecar's faq: list"));
                    }
                }
                faq = new Faq(_faqHeading, entries);
            }
            // Named before the report is made, as naming may warn.
            var title = _notes.Count == 0 ? null : NotesTitle(metadata.Words, chapters);
            var document = new Document(metadata, Resolve(_lede), chapters, faq, new ImportReport(path, _removed, _warnings));
            if (title is null) return document;
            var heading = new Heading(_slugger.Slug(title), Inlines.Text(title), _notes.Min(n => n.Blocks.FirstOrDefault()?.Line ?? 0));
            return document with { Chapters = [.. chapters, Footnotes.Chapter(heading, _notes, document)] };
        }

        /// <summary>"Notes", or "Endnotes" when the author has a heading "Notes" of their own, so the contents do not
        /// list two chapters of one name; a warning at the author's heading when both names are taken.</summary>
        private string NotesTitle(Wording words, List<Chapter> chapters)
        {
            var taken = chapters.SelectMany(c => c.Sections.Select(s => s.Heading).Prepend(c.Heading)).ToList();
            bool Free(string name) => !taken.Any(h => string.Equals(h.Text.Trim(), name, StringComparison.OrdinalIgnoreCase));
            if (Free(words.Notes)) return words.Notes;
            if (Free(words.Endnotes)) return words.Endnotes;
            var mine = taken.First(h => string.Equals(h.Text.Trim(), words.Notes, StringComparison.OrdinalIgnoreCase));
            _warnings.Add(new Diagnostic(path, mine.Line, $"heading \"{mine.Text}\" has the name of the chapter the footnotes make; rename it"));
            return words.Notes;
        }

        /// <summary>Labels were collected through slots while their blocks were still coming; freeze them.</summary>
        private static List<Block> Resolve(List<Block> blocks) =>
            blocks.Select(b => b is LabelSlot slot ? slot.Label with { Blocks = slot.Blocks.ToList() } : b).ToList();
    }

    /// <summary>A label whose blocks are still being read.</summary>
    private sealed record LabelSlot(Label Label, List<Block> Blocks) : Block(Label.Line);
}
