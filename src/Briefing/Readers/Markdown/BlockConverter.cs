using Briefing.Model;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using MdBlock = Markdig.Syntax.Block;
using Block = Briefing.Model.Block;
using MdTable = Markdig.Extensions.Tables.Table;
using Inline = Briefing.Model.Inline;

namespace Briefing.Readers.Markdown;

/// <summary>Markdig blocks (other than top-level headings, which make the outline) to model blocks.</summary>
internal sealed class BlockConverter(Func<string> nextParagraphId, FigureLoader? figures = null)
{
    /// <summary>Containers nested deeper than this are flattened into their text, so hostile nesting cannot overflow.</summary>
    private const int MaxDepth = 48;

    /// <summary>The blocks a block stands for: one, none (no visible text), or a figure per picture of a paragraph
    /// of pictures only.</summary>
    public IEnumerable<Block> ConvertAll(MdBlock block, int depth = 0)
    {
        if (block is ParagraphBlock p && figures?.Figures(p, nextParagraphId, Paragraph) is { } placed) return placed;
        return Convert(block, depth) is { } b ? [b] : [];
    }

    /// <summary>Converts a block; null for blocks with no visible text (link definitions, front matter).</summary>
    public Block? Convert(MdBlock block, int depth = 0)
    {
        var line = block.Line + 1;
        if (depth >= MaxDepth && block is ContainerBlock deep)
            return Paragraph(Inlines.Text(string.Join(' ', Texts(deep))), line);
        switch (block)
        {
            // Front matter is a code block to Markdig: test for it first.
            case YamlFrontMatterBlock or LinkReferenceDefinitionGroup or LinkReferenceDefinition or BlankLineBlock:
                return null;
            // Notes are read on their own (Footnotes); a note inside a container is not a quotation.
            case Markdig.Extensions.Footnotes.FootnoteGroup:
                return null;
            case HeadingBlock h:
                // A heading inside a list or quote is emphasis, not structure.
                return Paragraph([new Strong(InlineConverter.Convert(h.Inline))], line);
            case ParagraphBlock p:
                var inlines = InlineConverter.Convert(p.Inline);
                return inlines.Count == 0 ? null : Paragraph(inlines, line);
            case ListBlock list:
                var items = new List<ListItem>();
                foreach (var child in list)
                    if (child is ListItemBlock li) items.Add(Item(li, depth));
                var start = list.IsOrdered && int.TryParse(list.OrderedStart, out var s) ? s : 1;
                return new BulletList(items, list.IsOrdered, start, line, list.IsLoose);
            case FencedCodeBlock fenced:
                return new Model.CodeBlock(fenced.Lines.ToString(), string.IsNullOrWhiteSpace(fenced.Info) ? null : fenced.Info, line);
            case Markdig.Syntax.CodeBlock code:
                return new Model.CodeBlock(code.Lines.ToString(), null, line);
            case QuoteBlock quote:
                return QuoteAttribution.WithEmDash(new Quote(Children(quote, depth), line));
            case ThematicBreakBlock:
                return new Rule(line);
            case HtmlBlock html:
                var text = HtmlText.Of(html.Lines.ToString());
                return text.Length == 0 ? null : Paragraph(Inlines.Text(text), line);
            case MdTable table:
                return ConvertTable(table, line);
            case ContainerBlock other:
                var blocks = Children(other, depth);
                return blocks.Count == 0 ? null : new Quote(blocks, line);
            case LeafBlock leaf when leaf.Inline is not null:
                return Paragraph(InlineConverter.Convert(leaf.Inline), line);
            default:
                return null;
        }
    }

    /// <summary>A list item; one opening with "[ ]" or "[x]" is a task, its box read off and the space after it.</summary>
    private ListItem Item(ListItemBlock li, int depth)
    {
        var blocks = Children(li, depth);
        if (li.FirstOrDefault() is not ParagraphBlock { Inline.FirstChild: TaskList box }) return new ListItem(blocks, li.Line + 1);
        if (blocks is [Paragraph { Content: [TextRun first, ..] } p, ..])
        {
            var rest = p.Content.Skip(1);
            blocks[0] = p with { Content = first.Text.TrimStart() is { Length: > 0 } text ? [new TextRun(text), .. rest] : [.. rest] };
        }
        return new ListItem(blocks, li.Line + 1) { Task = box.Checked };
    }

    private List<Block> Children(ContainerBlock container, int depth)
    {
        var result = new List<Block>();
        foreach (var child in container) result.AddRange(ConvertAll(child, depth + 1));
        return result;
    }

    private Model.Table ConvertTable(MdTable table, int line)
    {
        var header = new List<IReadOnlyList<IReadOnlyList<Inline>>>();
        var rows = new List<IReadOnlyList<IReadOnlyList<Inline>>>();
        foreach (var r in table)
        {
            if (r is not TableRow row) continue;
            var cells = new List<IReadOnlyList<Inline>>();
            foreach (var c in row)
            {
                var cell = new List<Inline>();
                if (c is TableCell tc)
                    foreach (var b in tc)
                        if (b is LeafBlock { Inline: not null } leaf)
                        {
                            if (cell.Count > 0) cell.Add(new TextRun(" "));
                            cell.AddRange(InlineConverter.Convert(leaf.Inline));
                        }
                cells.Add(cell);
            }
            (row.IsHeader ? header : rows).Add(cells);
        }
        return new Model.Table(header, rows, line, [.. table.ColumnDefinitions.Select(d => d.Alignment switch
        {
            TableColumnAlign.Left => ColumnAlign.Left,
            TableColumnAlign.Center => ColumnAlign.Center,
            TableColumnAlign.Right => ColumnAlign.Right,
            _ => ColumnAlign.Default,
        })]);
    }

    private Paragraph Paragraph(IReadOnlyList<Inline> content, int line) => new(nextParagraphId(), content, line);

    /// <summary>All text below a block, without recursion.</summary>
    private static IEnumerable<string> Texts(MdBlock root)
    {
        var stack = new Stack<MdBlock>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var b = stack.Pop();
            if (b is LeafBlock leaf)
            {
                if (leaf.Inline is not null) yield return Inlines.PlainText(InlineConverter.Convert(leaf.Inline));
                else if (leaf.Lines.Count > 0) yield return leaf.Lines.ToString();
            }
            if (b is ContainerBlock c)
                for (var i = c.Count - 1; i >= 0; i--) stack.Push(c[i]);
        }
    }
}
