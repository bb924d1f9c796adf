using System.Text;
using Briefing.Model;
using YamlDotNet.Serialization;

namespace Briefing.MarkdownExport;

/// <summary>
/// Writes the document model as clean Markdown with YAML front matter (for <c>briefing import</c>): # title, ## chapters,
/// ### sections, #### labels, and the FAQ as ## heading with ### questions, so the Markdown reader reads back the same tree.
/// </summary>
internal static class MarkdownWriter
{
    /// <summary>The Markdown text.</summary>
    public static string Write(Document document)
    {
        var sb = new StringBuilder();
        WriteFrontMatter(sb, document.Metadata);
        sb.Append("# ").Append(Escape(document.Metadata.Title, lineStart: false)).Append("\n\n");
        // Before the first chapter a #### heading would open a chapter on reading back: the lede's labels go bold.
        WriteBlocks(sb, document.Lede, "", 0);
        foreach (var chapter in document.Chapters.Where(c => !c.Endnotes))
        {
            Heading(sb, 2, chapter.Heading);
            WriteBlocks(sb, chapter.Blocks, "", 4);
            foreach (var section in chapter.Sections)
            {
                Heading(sb, 3, section.Heading);
                WriteBlocks(sb, section.Blocks, "", 4);
            }
        }
        if (document.Faq is { } faq)
        {
            Heading(sb, 2, faq.Heading);
            foreach (var entry in faq.Entries)
            {
                Heading(sb, 3, entry.Question);
                WriteBlocks(sb, entry.Answer, "", 4);
            }
        }
        foreach (var notes in document.Chapters.Where(c => c.Endnotes)) WriteNotes(sb, notes);
        return sb.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>The notes chapter as Markdown footnotes ("[^1]: …", later blocks indented), so that reading back
    /// makes the same notes, citations and ways back rather than a chapter of numbered links.</summary>
    private static void WriteNotes(StringBuilder sb, Chapter notes)
    {
        foreach (var item in notes.Blocks.OfType<BulletList>().SelectMany(l => l.Items))
        {
            if (item.Blocks.OfType<Paragraph>().FirstOrDefault()?.Id is not { } id || NoteLabel(id) is not { } label) continue;
            var noteSb = new StringBuilder();
            WriteBlocks(noteSb, item.Blocks.Select(WithoutWayBack).ToList(), "", 0);
            var lines = noteSb.ToString().TrimEnd('\n').Split('\n');
            // A note opening with anything but a paragraph starts on the line after its label.
            if (item.Blocks.Count == 0 || item.Blocks[0] is not Paragraph) sb.Append("[^").Append(label).Append("]:\n");
            else sb.Append("[^").Append(label).Append("]: ").Append(lines[0]).Append('\n');
            foreach (var line in item.Blocks.Count > 0 && item.Blocks[0] is Paragraph ? lines.Skip(1) : lines)
                sb.Append(line.Length == 0 ? "" : "    " + line).Append('\n');
            sb.Append('\n');
        }
    }

    private static Block WithoutWayBack(Block block) => block is Paragraph { Content: [.., TextRun { Text: " " }, Link { Role: LinkRole.NoteBack }] } p
        ? p with { Content = p.Content.Take(p.Content.Count - 2).ToList() }
        : block;

    /// <summary>The footnote label of a note anchor ("fn-3" → "3").</summary>
    private static string? NoteLabel(string anchor) =>
        anchor.StartsWith("fn-", StringComparison.Ordinal) && anchor.Length > 3 ? anchor[3..] : null;

    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("AOT", "IL3050:RequiresDynamicCode",
        Justification = "Binds plain classes kept whole by the CLI's TrimmerRoots.xml; the AOT app's output is checked against the JIT app's by bench/whole-process.py --verify.")]
    private static void WriteFrontMatter(StringBuilder sb, Metadata m)
    {
        var data = new Dictionary<string, object>();
        void Put(string key, string? value) { if (!string.IsNullOrWhiteSpace(value)) data[key] = value; }
        // The reader takes a title and subtitle in front matter for Markdown, as pandoc does: markup in them is escaped.
        Put("title", Escape(m.Title, lineStart: true));
        Put("subtitle", m.Subtitle is { } subtitle ? Escape(subtitle, lineStart: true) : null);
        if (m.Authors.Count > 1) data["author"] = m.Authors.ToList();
        else Put("author", m.Author);
        Put("publisher", m.Publisher);
        Put("date", m.Date);
        Put("language", m.Language);
        if (m.KeywordList.Count > 0) data["keywords"] = m.KeywordList.ToList();
        Put("style", m.Style);
        Put("identifier", m.Identifier);
        sb.Append("---\n").Append(new SerializerBuilder().Build().Serialize(data).Replace("\r\n", "\n", StringComparison.Ordinal)).Append("---\n\n");
    }

    private static void Heading(StringBuilder sb, int level, Heading heading) =>
        sb.Append('#', level).Append(' ').Append(Inline(heading.Content, lineStart: false).Replace('\n', ' ')).Append("\n\n");

    private static void WriteBlocks(StringBuilder sb, IReadOnlyList<Block> blocks, string indent, int labelLevel)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Paragraph p:
                    AppendIndented(sb, indent, Inline(p.Content, lineStart: true));
                    break;
                case Label l:
                    if (indent.Length == 0 && labelLevel > 0) Heading(sb, labelLevel, l.Heading);
                    else AppendIndented(sb, indent, "**" + Inline(l.Heading.Content, lineStart: false) + "**");
                    WriteBlocks(sb, l.Blocks, indent, labelLevel);
                    break;
                case BulletList list:
                    var n = list.Start;
                    foreach (var item in list.Items)
                    {
                        var marker = list.Ordered ? $"{n++}. " : "- ";
                        var itemSb = new StringBuilder();
                        WriteBlocks(itemSb, item.Blocks, "", labelLevel);
                        var text = itemSb.ToString().TrimEnd('\n');
                        var pad = new string(' ', marker.Length);
                        var lines = text.Split('\n');
                        // A symbol the source used as the bullet stays before the words: Markdown has only its own bullets.
                        var box = item.Task switch { true => "[x] ", false => "[ ] ", null => item.Marker is { } m ? m + " " : "" };
                        // A task whose item opens with no words (only a nested list) has its box on a line of its own.
                        var alone = box.Length > 0 && (item.Blocks.FirstOrDefault() is not Paragraph || lines[0].Trim().Length == 0);
                        sb.Append(indent).Append(marker).Append(alone ? box.TrimEnd() : box + lines[0]).Append('\n');
                        var rest = alone ? lines.SkipWhile(l => l.Trim().Length == 0) : lines.Skip(1);
                        foreach (var line in rest) sb.Append(line.Length == 0 ? "" : indent + pad + line).Append('\n');
                        if (list.Loose && item != list.Items[^1]) sb.Append('\n');   // a blank line keeps it loose
                    }
                    sb.Append('\n');
                    break;
                case CodeBlock code:
                    var fence = new string('`', Math.Max(3, LongestRun(code.Text, '`') + 1));
                    var body = code.Text.TrimEnd('\n');
                    AppendIndented(sb, indent, $"{fence}{code.Language}\n{body}\n{fence}");
                    break;
                case Quote q:
                    var quoteSb = new StringBuilder();
                    WriteBlocks(quoteSb, q.Blocks, "", labelLevel);
                    var quoted = string.Join('\n', quoteSb.ToString().TrimEnd('\n').Split('\n').Select(l => l.Length == 0 ? ">" : "> " + l));
                    AppendIndented(sb, indent, quoted);
                    break;
                case Table t:
                    AppendIndented(sb, indent, TableText(t));
                    break;
                case Rule:
                    AppendIndented(sb, indent, "* * *");
                    break;
                case Figure f:
                    AppendIndented(sb, indent, FigureText(f));
                    break;
            }
        }
    }

    /// <summary>A picture alone in its paragraph, the reference as the source wrote it (relative to the source's
    /// folder); a caption other than the alt text is its title.</summary>
    private static string FigureText(Figure f)
    {
        static string Escape(string s, string special) =>
            string.Concat(s.Select(c => special.Contains(c) ? "\\" + c : c.ToString()));
        var caption = Inlines.PlainText(f.Caption);
        var url = f.Source.Any(c => c is ' ' or '(' or ')' or '<' or '>') ? "<" + Escape(f.Source, "<>") + ">" : f.Source;
        var title = caption.Length > 0 && caption != f.Alt ? " \"" + Escape(caption, "\"\\") + "\"" : "";
        return $"![{Escape(f.Alt.ReplaceLineEndings(" "), "[]\\*_`<")}]({url}{title})";
    }

    private static void AppendIndented(StringBuilder sb, string indent, string text)
    {
        foreach (var line in text.Split('\n')) sb.Append(line.Length == 0 ? "" : indent + line).Append('\n');
        sb.Append('\n');
    }

    private static string TableText(Table t)
    {
        var columns = t.Header.Concat(t.Rows).Select(r => r.Count).DefaultIfEmpty(1).Max();
        string Row(IReadOnlyList<IReadOnlyList<Inline>> cells) =>
            "| " + string.Join(" | ", Enumerable.Range(0, columns).Select(i => i < cells.Count ? Inline(cells[i], false).Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ') : "")) + " |";
        var sb = new StringBuilder();
        var header = t.Header.Count > 0 ? t.Header[0] : Enumerable.Repeat<IReadOnlyList<Inline>>([], columns).ToList();
        sb.Append(Row(header)).Append('\n');
        sb.Append('|').Append(string.Concat(Enumerable.Range(0, columns).Select(i => t.AlignOf(i) switch
        {
            ColumnAlign.Left => " :--- |",
            ColumnAlign.Center => " :---: |",
            ColumnAlign.Right => " ---: |",
            _ => " --- |",
        }))).Append('\n');
        foreach (var r in t.Header.Skip(1).Concat(t.Rows)) sb.Append(Row(r)).Append('\n');
        return sb.ToString().TrimEnd('\n');
    }

    private static string Inline(IReadOnlyList<Inline> inlines, bool lineStart)
    {
        var sb = new StringBuilder();
        foreach (var inline in inlines)
        {
            var atStart = lineStart && (sb.Length == 0 || sb[^1] == '\n');
            switch (inline)
            {
                case TextRun t: sb.Append(Escape(t.Text, atStart)); break;
                case Emphasis e: sb.Append('*').Append(Inline(e.Content, false)).Append('*'); break;
                case Strong s: sb.Append("**").Append(Inline(s.Content, false)).Append("**"); break;
                case Strikethrough del: sb.Append("~~").Append(Inline(del.Content, false)).Append("~~"); break;
                case Subscript sub: sb.Append('~').Append(Inline(sub.Content, false)).Append('~'); break;
                case Superscript sup: sb.Append('^').Append(Inline(sup.Content, false)).Append('^'); break;
                case CodeSpan c:
                    var ticks = new string('`', LongestRun(c.Text, '`') + 1);
                    var pad = c.Text.StartsWith('`') || c.Text.EndsWith('`') ? " " : "";
                    sb.Append(ticks).Append(pad).Append(c.Text).Append(pad).Append(ticks);
                    break;
                case Link { Role: LinkRole.NoteReference, Target: ['#', .. var note] } when NoteLabel(note) is { } label:
                    sb.Append("[^").Append(label).Append(']');
                    break;
                case Link { Role: LinkRole.NoteBack }: break;
                case Link l:
                    var url = l.Target.Contains(' ') || l.Target.Contains(')') ? $"<{l.Target}>" : l.Target;
                    sb.Append('[').Append(Inline(l.Content, false)).Append("](").Append(url).Append(')');
                    break;
                case LineBreak: sb.Append("\\\n"); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Backslash-escapes what Markdown would read as markup, and the typewriter quotes, dashes and dots the
    /// reader's smart punctuation would set as type: text the import kept straight stays straight when read back.</summary>
    private static string Escape(string text, bool lineStart)
    {
        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var repeated = c is '-' or '.' && ((i > 0 && text[i - 1] == c) || (i + 1 < text.Length && text[i + 1] == c));
            // ~ and ^ anywhere: the reader takes ~x~ for a subscript, ^x^ for a superscript (and ~~~ opens a fence).
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '\'' or '"' or '~' or '^' || repeated) sb.Append('\\');
            sb.Append(c);
        }
        var result = sb.ToString();
        if (!lineStart || result.Length == 0) return result;
        // Line-start markers: headings, list bullets, numbered items, quotes, setext underlines.
        if (result[0] is '#' or '+' or '-' or '=') return "\\" + result;
        var digits = 0;
        while (digits < result.Length && char.IsAsciiDigit(result[digits])) digits++;
        if (digits > 0 && digits < result.Length && result[digits] is '.' or ')')
            return result[..digits] + "\\" + result[digits..];
        return result;
    }

    private static int LongestRun(string text, char c)
    {
        int best = 0, run = 0;
        foreach (var ch in text) { run = ch == c ? run + 1 : 0; best = Math.Max(best, run); }
        return best;
    }
}
