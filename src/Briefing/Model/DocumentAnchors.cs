namespace Briefing.Model;

/// <summary>The ids an in-document link may go to, and the links that go to none of them.</summary>
internal static class DocumentAnchors
{
    /// <summary>Every id a link may target: headings and paragraphs, anywhere in the document.</summary>
    public static HashSet<string> Ids(Document document)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        void Blocks(IEnumerable<Block> blocks)
        {
            var stack = new Stack<Block>(blocks);
            while (stack.Count > 0)
            {
                switch (stack.Pop())
                {
                    case Paragraph p: ids.Add(p.Id); break;
                    case Figure f: ids.Add(f.Id); break;
                    case Label l: ids.Add(l.Heading.Id); foreach (var b in l.Blocks) stack.Push(b); break;
                    case BulletList list: foreach (var i in list.Items) stack.Push(i); break;
                    case ListItem item: foreach (var b in item.Blocks) stack.Push(b); break;
                    case Quote q: foreach (var b in q.Blocks) stack.Push(b); break;
                }
            }
        }
        Blocks(document.Lede);
        foreach (var chapter in document.Chapters)
        {
            ids.Add(chapter.Heading.Id);
            Blocks(chapter.Blocks);
            foreach (var section in chapter.Sections)
            {
                ids.Add(section.Heading.Id);
                Blocks(section.Blocks);
            }
        }
        if (document.Faq is { } faq)
        {
            ids.Add(faq.Heading.Id);
            foreach (var entry in faq.Entries)
            {
                ids.Add(entry.Question.Id);
                Blocks(entry.Answer);
            }
        }
        return ids;
    }

    /// <summary>
    /// Each link to an anchor the document does not have, at the line of the block or heading holding it: both
    /// editions set it as plain text. Found here, where lines are known, rather than when a line is set.
    /// </summary>
    public static IEnumerable<Diagnostic> DanglingLinks(Document document)
    {
        var ids = Ids(document);
        var told = new HashSet<(string, int)>();
        foreach (var (content, line) in Texts(document))
            foreach (var target in LinkTargets(content))
                if (target.StartsWith('#') && !ids.Contains(target[1..]) && told.Add((target, line)))
                    yield return new Diagnostic(document.Report.SourcePath, line, $"link to unknown anchor '{target}' is set as plain text");
    }

    /// <summary>Every run of inlines with the line it is on: headings, paragraphs, labels, captions, table cells.</summary>
    private static IEnumerable<(IReadOnlyList<Inline> Content, int Line)> Texts(Document document)
    {
        IEnumerable<Heading> headings = [.. document.Chapters.SelectMany(c => c.Sections.Select(s => s.Heading).Prepend(c.Heading)),
            .. document.Faq?.Entries.Select(e => e.Question) ?? []];
        foreach (var heading in headings) yield return (heading.Content, heading.Line);
        foreach (var block in BlockWalk.All(document))
        {
            switch (block)
            {
                case Paragraph p: yield return (p.Content, p.Line); break;
                case Label l: yield return (l.Heading.Content, l.Heading.Line); break;
                case Figure f: yield return (f.Caption, f.Line); break;
                case Table t:
                    foreach (var cell in t.Header.Concat(t.Rows).SelectMany(row => row)) yield return (cell, t.Line);
                    break;
            }
        }
    }

    private static IEnumerable<string> LinkTargets(IReadOnlyList<Inline> content)
    {
        var stack = new Stack<Inline>(content);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case Link link:
                    yield return link.Target.Trim();
                    foreach (var i in link.Content) stack.Push(i);
                    break;
                case Styled s: foreach (var i in s.Content) stack.Push(i); break;
            }
        }
    }
}
