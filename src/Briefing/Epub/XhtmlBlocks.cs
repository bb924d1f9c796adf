using System.Text.RegularExpressions;
using System.Xml.Linq;
using Briefing.Model;
using Briefing.Styles;
using static Briefing.Epub.EpubXml;

namespace Briefing.Epub;

/// <summary>What block rendering needs to know about the document being built.</summary>
/// <param name="File">The content document's file name (hrefs to its anchors).</param>
/// <param name="Ids">The publication's id registry.</param>
/// <param name="Style">The style (run-in labels).</param>
/// <param name="Images">Where the pictures shown are stored.</param>
/// <param name="Words">The words the edition adds, in the document's language (an untitled heading's name).</param>
internal sealed record XhtmlContext(string File, IdRegistry Ids, Style Style, EpubImages Images, Model.Wording Words);

/// <summary>
/// Model blocks → XHTML flow content. Iterative with an explicit stack: a list nested 1,000 deep cannot overflow the
/// call stack. Output nesting of lists, quotes and labels is capped at <see cref="MaxNesting"/>; deeper content is
/// flattened into the deepest container (text and order kept, a comment marks the place), since reading systems
/// cope badly with markup nested hundreds deep.
/// </summary>
internal static partial class XhtmlBlocks
{
    /// <summary>Deepest nesting of block containers written as markup (real documents stop near six; a phone fits sixteen).</summary>
    public const int MaxNesting = 16;

    private readonly record struct Frame(IEnumerator<Block> It, XElement Container, int Level, int Nesting, bool InList);

    /// <summary>
    /// Appends blocks to <paramref name="container"/>. <paramref name="level"/> is the rank of the enclosing heading,
    /// so labels become the next rank down (never skipping one). Label headings are added to <paramref name="labels"/>.
    /// </summary>
    public static void AppendTo(XElement container, IEnumerable<Block> blocks, int level, XhtmlContext ctx, List<TocEntry>? labels)
    {
        var stack = new Stack<Frame>();
        stack.Push(new Frame(blocks.GetEnumerator(), container, level, 0, false));
        var flattenNoted = false;
        var tasks = new List<(XElement Item, bool Done)>();
        var marked = new List<(XElement Item, string Marker)>();
        var attributions = new HashSet<Paragraph>(ReferenceEqualityComparer.Instance);
        while (stack.Count > 0)
        {
            var f = stack.Peek();
            if (!f.It.MoveNext())
            {
                stack.Pop();
                continue;
            }
            var deep = f.Nesting >= MaxNesting;
            if (deep && !flattenNoted && f.It.Current is BulletList or Quote or Label)
            {
                f.Container.Add(new XComment($" nesting deeper than {MaxNesting} levels is flattened from here "));
                flattenNoted = true;
            }
            switch (f.It.Current)
            {
                case Paragraph p:
                {
                    var el = new XElement(H("p"));
                    if (attributions.Contains(p)) el.SetAttributeValue("class", "attribution");
                    ctx.Ids.Anchor(p.Id, el, ctx.File);
                    XhtmlInlines.AppendTo(el, p.Content);
                    f.Container.Add(el);
                    break;
                }
                case BulletList list when deep:
                    stack.Push(f with { It = list.Items.Cast<Block>().GetEnumerator(), InList = false });
                    break;
                case BulletList list:
                {
                    var el = new XElement(H(list.Ordered ? "ol" : "ul"));
                    if (list.Ordered && list.Start != 1) el.SetAttributeValue("start", list.Start);
                    if (list.Loose) el.SetAttributeValue("class", "loose");
                    f.Container.Add(el);
                    stack.Push(new Frame(list.Items.Cast<Block>().GetEnumerator(), el, f.Level, f.Nesting + 1, true));
                    break;
                }
                case ListItem item when f.InList:
                {
                    var li = new XElement(H("li"));
                    f.Container.Add(li);
                    if (item.Task is { } done) tasks.Add((li, done));
                    else if (item.Marker is { } marker && f.Container.Name.LocalName == "ul") marked.Add((li, marker));
                    stack.Push(f with { It = item.Blocks.GetEnumerator(), Container = li, InList = false });
                    break;
                }
                case ListItem item:
                    stack.Push(f with { It = item.Blocks.GetEnumerator() });
                    break;
                case Quote q when deep:
                    if (QuoteAttribution.Of(q) is { } flat) attributions.Add(flat);
                    stack.Push(f with { It = q.Blocks.GetEnumerator(), InList = false });
                    break;
                case Quote q:
                {
                    if (QuoteAttribution.Of(q) is { } attribution) attributions.Add(attribution);
                    var el = new XElement(H("blockquote"));
                    f.Container.Add(el);
                    stack.Push(new Frame(q.Blocks.GetEnumerator(), el, f.Level, f.Nesting + 1, false));
                    break;
                }
                case Label label:
                {
                    var rank = Math.Min(f.Level + 1, 6);
                    var runIn = ctx.Style.RunInLabels && label.Blocks.Count > 0 && label.Blocks[0] is Paragraph;
                    var heading = new XElement(H("h" + rank), new XAttribute("class", runIn ? "label run-in" : "label"));
                    var id = ctx.Ids.Anchor(label.Heading.Id, heading, ctx.File);
                    XhtmlInlines.AppendTo(heading, ctx.Style.RunInLabels ? label.Heading.Content : label.Heading.StandingContent);
                    var target = f.Container;
                    if (!deep)
                    {
                        // A div, not a named section: a named section is a landmark, and labels repeat ("Example").
                        target = new XElement(H("div"), new XAttribute("class", "labelled"));
                        f.Container.Add(target);
                    }
                    target.Add(heading);
                    if (labels is not null && id is not null)
                        labels.Add(new TocEntry(LabelTocText(label.Heading, ctx.Words), ctx.File + "#" + id));
                    stack.Push(new Frame(label.Blocks.GetEnumerator(), target, rank, f.Nesting + (deep ? 0 : 1), false));
                    break;
                }
                case CodeBlock code:
                {
                    var el = new XElement(H("code"), CodeLines(XmlText.Clean(code.Text.Replace("\r\n", "\n", StringComparison.Ordinal))));
                    if (code.Language is { } lang && LanguageName().IsMatch(lang)) el.SetAttributeValue("class", "language-" + lang);
                    f.Container.Add(new XElement(H("pre"), el));
                    break;
                }
                case Table table:
                    f.Container.Add(TableElement(table));
                    break;
                case Rule:
                    f.Container.Add(new XElement(H("hr")));
                    break;
                case Figure figure:
                    f.Container.Add(FigureElement(figure, ctx));
                    break;
            }
        }
        // A task's box goes in once its item is filled: it opens the item's first paragraph.
        foreach (var (item, done) in tasks) TaskBox.Mark(item, done, ctx.Words);
        foreach (var (item, marker) in marked) ListMarker.Mark(item, marker);
    }

    /// <summary>A code block's lines, each a span the stylesheet hangs (a wrapped line is indented under its start, as
    /// in the PDF). Each keeps its line feed, so the text copies and reads the same without the stylesheet. Tabs are
    /// expanded as the PDF does: a hanging indent moves the browser's tab stops, so tabbed columns would not line up.</summary>
    private static IEnumerable<XElement> CodeLines(string text)
    {
        var lines = text.Split('\n').Select(CodeText.ExpandTabs).ToArray();
        for (var i = 0; i < lines.Length; i++)
            yield return new XElement(H("span"), new XAttribute("class", "line"), i < lines.Length - 1 ? lines[i] + "\n" : lines[i]);
    }

    /// <summary>A heading's label for the toc: plain text, whitespace collapsed, never empty.</summary>
    public static string TocLabel(Heading heading, Model.Wording words)
    {
        var text = XmlText.Collapse(heading.Text);
        return text.Length > 0 ? text : words.Untitled;
    }

    /// <summary>A label's toc text: its run-in punctuation ("Turkey:") dropped.</summary>
    private static string LabelTocText(Heading heading, Model.Wording words) =>
        XmlText.Collapse(heading.LabelName) is { Length: > 0 } text ? text : TocLabel(heading, words);

    /// <summary>A picture with its caption. A caption that repeats the alt text is hidden from assistive technology,
    /// which reads the alt text; a picture without alt text is decorative.</summary>
    private static XElement FigureElement(Figure figure, XhtmlContext ctx)
    {
        var el = new XElement(H("figure"));
        ctx.Ids.Anchor(figure.Id, el, ctx.File);
        // Its natural size in CSS pixels, as in print (a 300 dpi picture is as wide as the PDF shows it); the
        // stylesheet shrinks it to the screen, keeping its proportions.
        var img = new XElement(H("img"), new XAttribute("src", ctx.Images.Href(figure.Image)), new XAttribute("alt", XmlText.Clean(figure.Alt)),
            new XAttribute("width", CssPixels(figure.Image.Width)), new XAttribute("height", CssPixels(figure.Image.Height)));
        if (figure.Alt.Length == 0) img.SetAttributeValue("role", "presentation");
        el.Add(img);
        if (figure.Caption.Count > 0)
        {
            var caption = new XElement(H("figcaption"));
            XhtmlInlines.AppendTo(caption, figure.Caption);
            if (Inlines.PlainText(figure.Caption) == figure.Alt) caption.SetAttributeValue("aria-hidden", "true");
            el.Add(caption);
        }
        return el;
    }

    private static string CssPixels(double points) =>
        Math.Max(1, (int)Math.Round(points * 96 / 72)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static XElement TableElement(Table table)
    {
        var el = new XElement(H("table"));
        var whole = WholeColumns(table);
        if (table.Header.Count > 0)
            el.Add(new XElement(H("thead"), table.Header.Select(row => Row(table, row, whole, header: true))));
        if (table.Rows.Count > 0)
            el.Add(new XElement(H("tbody"), table.Rows.Select(row => Row(table, row, whole, header: false))));
        // Wide tables scroll inside their box instead of widening the page.
        return new XElement(H("div"), new XAttribute("class", "table-wrap"), el);
    }

    private static XElement Row(Table table, IReadOnlyList<IReadOnlyList<Inline>> cells, bool[] whole, bool header)
    {
        var tr = new XElement(H("tr"));
        for (var i = 0; i < cells.Count; i++)
        {
            var c = header ? new XElement(H("th"), new XAttribute("scope", "col")) : new XElement(H("td"));
            // Classes, not a style attribute: the stylesheet says what each alignment looks like. A long header over
            // a column of short cells may still wrap.
            var nowrap = i < whole.Length && whole[i] && Short(cells[i]) ? "nowrap" : null;
            if (string.Join(' ', new[] { AlignClass(table.AlignOf(i)), nowrap }.OfType<string>()) is { Length: > 0 } classes)
                c.SetAttributeValue("class", classes);
            XhtmlInlines.AppendTo(c, cells[i]);
            tr.Add(c);
        }
        return tr;
    }

    /// <summary>Longest cell, in characters, of a column kept on one line.</summary>
    private const int ShortCell = 12;

    /// <summary>The columns whose body cells are all short ("Country B1", "56.9 %"): kept on one line, so that a
    /// browser's automatic table layout, which shares the room by how much each column would like beyond its longest
    /// word, wraps the long-text column instead of breaking these at their spaces.</summary>
    private static bool[] WholeColumns(Table table)
    {
        var columns = table.Header.Concat(table.Rows).Select(r => r.Count).DefaultIfEmpty(0).Max();
        return [.. Enumerable.Range(0, columns).Select(c => table.Rows.Count > 0 && table.Rows.All(r => c >= r.Count || Short(r[c])))];
    }

    private static bool Short(IReadOnlyList<Inline> cell) => Inlines.PlainText(cell).Trim().Length <= ShortCell;

    /// <summary>The cell class for a column's alignment (left, the default, needs none).</summary>
    private static string? AlignClass(ColumnAlign align) => align switch
    {
        ColumnAlign.Center => "center",
        ColumnAlign.Right => "right",
        _ => null,
    };

    [GeneratedRegex("^[A-Za-z0-9_+#.-]{1,40}$")]
    private static partial Regex LanguageName();
}
