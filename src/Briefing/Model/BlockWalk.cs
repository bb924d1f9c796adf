namespace Briefing.Model;

/// <summary>Walks block trees in reading order without recursion, so lists nested 1,000 deep are safe.</summary>
internal static class BlockWalk
{
    /// <summary>Every block of the document (lede, chapters, sections, FAQ answers), pre-order, in reading order.</summary>
    public static IEnumerable<Block> All(Document document) =>
        Descendants(document.Lede
            .Concat(document.Chapters.SelectMany(c => c.Blocks.Concat(c.Sections.SelectMany(s => s.Blocks))))
            .Concat(document.Faq?.Entries.SelectMany(e => e.Answer) ?? []));

    /// <summary>Every block, pre-order (a label, then its blocks; a list, then its items and their blocks).</summary>
    /// <param name="blocks">The blocks to walk.</param>
    /// <param name="descend">Whether to go inside a block's children (default: always).</param>
    public static IEnumerable<Block> Descendants(IEnumerable<Block> blocks, Func<Block, bool>? descend = null)
    {
        var stack = new Stack<IEnumerator<Block>>();
        stack.Push(blocks.GetEnumerator());
        while (stack.Count > 0)
        {
            var it = stack.Peek();
            if (!it.MoveNext()) { stack.Pop().Dispose(); continue; }
            var block = it.Current;
            yield return block;
            if (descend is not null && !descend(block)) continue;
            IEnumerable<Block>? children = block switch
            {
                Label l => l.Blocks,
                BulletList list => list.Items,
                ListItem item => item.Blocks,
                Quote q => q.Blocks,
                _ => null,
            };
            if (children is not null) stack.Push(children.GetEnumerator());
        }
    }
}
