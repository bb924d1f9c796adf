namespace Briefing.Model;

/// <summary>The kept text of a document, in reading order: what "words" counts and what "nothing lost" checks.</summary>
internal static class BodyText
{
    /// <summary>Lede, chapter/section/label headings, paragraphs, list items, code, tables, the FAQ heading and its answers
    /// (not FAQ questions, which may come from the sidecar, and not the title).</summary>
    public static IEnumerable<string> Of(Document document)
    {
        foreach (var t in Blocks(document.Lede)) yield return t;
        foreach (var chapter in document.Chapters)
            foreach (var t in Of(chapter)) yield return t;
        if (document.Faq is { } faq)
        {
            yield return faq.Heading.Text;
            foreach (var entry in faq.Entries)
                foreach (var t in Blocks(entry.Answer)) yield return t;
        }
    }

    /// <summary>A chapter's heading and everything under it.</summary>
    public static IEnumerable<string> Of(Chapter chapter)
    {
        yield return chapter.Heading.Text;
        foreach (var t in Blocks(chapter.Blocks)) yield return t;
        foreach (var section in chapter.Sections)
        {
            yield return section.Heading.Text;
            foreach (var t in Blocks(section.Blocks)) yield return t;
        }
    }

    /// <summary>The text of blocks, depth first, in order.</summary>
    public static IEnumerable<string> Blocks(IEnumerable<Block> blocks)
    {
        foreach (var block in BlockWalk.Descendants(blocks))
        {
            switch (block)
            {
                case Paragraph p: yield return Inlines.PlainText(p.Content); break;
                case Label l: yield return l.Heading.Text; break;
                case CodeBlock c: yield return c.Text; break;
                case Figure f: yield return Inlines.PlainText(f.Caption); break;
                case Table table:
                    foreach (var row in table.Header.Concat(table.Rows))
                        foreach (var cell in row) yield return Inlines.PlainText(cell);
                    break;
            }
        }
    }

    /// <summary>Number of whitespace-separated words in the kept text.</summary>
    public static int WordCount(Document document) => Of(document).Sum(CountWords);

    /// <summary>Whitespace-separated words in a string.</summary>
    public static int CountWords(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
