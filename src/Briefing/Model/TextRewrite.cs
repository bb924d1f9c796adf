namespace Briefing.Model;

/// <summary>A rewrite of a run of prose text, told the character that came before it in its block (a space at the
/// start of a block), so a rule may look across emphasis and links.</summary>
internal delegate string ProseRewrite(string text, char before);

/// <summary>The document with every run of prose rewritten: headings, paragraphs, list items, labels, quotes, table
/// cells, captions, FAQ questions and answers. Code (spans and blocks), link targets, ids and alt text stay as they
/// are. The readers cap nesting (48 levels), so the recursion is shallow.</summary>
internal static class TextRewrite
{
    /// <summary>The document with <paramref name="rewrite"/> applied to its prose; the same object when nothing changed
    /// is not promised, the content is.</summary>
    /// <param name="document">The document.</param>
    /// <param name="rewrite">The rewrite of one run.</param>
    /// <param name="chapters">Which chapters to rewrite (default: all).</param>
    public static Document Apply(Document document, ProseRewrite rewrite, Func<Chapter, bool>? chapters = null)
    {
        var r = new Rewriter(rewrite);
        return document with
        {
            Lede = r.Blocks(document.Lede),
            Chapters = document.Chapters.Select(c => chapters is not null && !chapters(c) ? c : c with
            {
                Heading = r.Heading(c.Heading),
                Blocks = r.Blocks(c.Blocks),
                Sections = c.Sections.Select(s => s with { Heading = r.Heading(s.Heading), Blocks = r.Blocks(s.Blocks) }).ToList(),
            }).ToList(),
            Faq = document.Faq is { } faq
                ? faq with
                {
                    Heading = r.Heading(faq.Heading),
                    Entries = faq.Entries.Select(e => e with { Question = r.Heading(e.Question), Answer = r.Blocks(e.Answer) }).ToList(),
                }
                : null,
        };
    }

    private sealed class Rewriter(ProseRewrite rewrite)
    {
        private char _before = ' ';

        public Heading Heading(Heading h) => h with { Content = Start(h.Content) };

        public IReadOnlyList<Block> Blocks(IReadOnlyList<Block> blocks) => blocks.Select(Block).ToList();

        private Block Block(Block block) => block switch
        {
            Paragraph p => p with { Content = Start(p.Content) },
            BulletList l => l with { Items = l.Items.Select(i => i with { Blocks = Blocks(i.Blocks) }).ToList() },
            ListItem i => i with { Blocks = Blocks(i.Blocks) },
            Label l => l with { Heading = Heading(l.Heading), Blocks = Blocks(l.Blocks) },
            Quote q => q with { Blocks = Blocks(q.Blocks) },
            Table t => t with { Header = Rows(t.Header), Rows = Rows(t.Rows) },
            Figure f => f with { Caption = Start(f.Caption) },
            _ => block,
        };

        private IReadOnlyList<IReadOnlyList<IReadOnlyList<Inline>>> Rows(IReadOnlyList<IReadOnlyList<IReadOnlyList<Inline>>> rows) =>
            rows.Select(row => (IReadOnlyList<IReadOnlyList<Inline>>)row.Select(Start).ToList()).ToList();

        /// <summary>Inlines that begin a block of their own.</summary>
        private IReadOnlyList<Inline> Start(IReadOnlyList<Inline> inlines)
        {
            _before = ' ';
            return Inlines(inlines);
        }

        private IReadOnlyList<Inline> Inlines(IReadOnlyList<Inline> inlines) => inlines.Select(Inline).ToList();

        private Inline Inline(Inline inline)
        {
            switch (inline)
            {
                case TextRun t:
                    var text = rewrite(t.Text, _before);
                    if (text.Length > 0) _before = text[^1];
                    return text == t.Text ? t : new TextRun(text);
                case CodeSpan c:
                    if (c.Text.Length > 0) _before = c.Text[^1];
                    return c;
                case Styled s: return s with { Content = Inlines(s.Content) };
                case Link { Role: LinkRole.NoteReference } l: return l;   // a citation's number, not prose
                case Link l: return l with { Content = Inlines(l.Content) };
                case LineBreak: _before = ' '; return inline;
                default: return inline;
            }
        }
    }
}
