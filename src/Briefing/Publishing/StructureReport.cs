using System.Text.Encodings.Web;
using System.Text.Json;
using Briefing.Model;

namespace Briefing.Publishing;

/// <summary>The recovered structure as the stable JSON of <c>briefing inspect --json</c>, and as readable text.</summary>
internal static class StructureReport
{
    /// <summary>The JSON document (shape fixed by the CLI contract; keys may be added, never removed).</summary>
    public static string Json(Document document)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            var m = document.Metadata;
            w.WriteStartObject();
            w.WriteString("source", document.Report.SourcePath);
            w.WriteString("title", m.Title);
            WriteNullable(w, "subtitle", m.Subtitle);
            w.WriteString("language", m.Language);
            WriteNullable(w, "author", m.Author);
            w.WriteStartArray("authors");
            foreach (var a in m.Authors) w.WriteStringValue(a);
            w.WriteEndArray();
            WriteNullable(w, "publisher", m.Publisher);
            WriteNullable(w, "date", m.Date);
            w.WriteStartArray("keywords");
            foreach (var k in m.KeywordList) w.WriteStringValue(k);
            w.WriteEndArray();
            w.WriteNumber("lede_words", BodyText.Blocks(document.Lede).Sum(BodyText.CountWords));
            w.WriteStartArray("chapters");
            foreach (var c in document.Chapters) WriteChapter(w, c);
            w.WriteEndArray();
            w.WriteStartArray("faq");
            foreach (var e in document.Faq?.Entries ?? [])
            {
                w.WriteStartObject();
                w.WriteString("id", e.Question.Id);
                w.WriteString("question", e.Question.Text);
                w.WriteNumber("answer_words", BodyText.Blocks(e.Answer).Sum(BodyText.CountWords));
                w.WriteString("question_source", e.QuestionSource.ToString().ToLowerInvariant());
                w.WriteNumber("line", e.Question.Line);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteNumber("words", BodyText.WordCount(document));
            w.WriteStartArray("noise_removed");
            foreach (var n in document.Report.NoiseRemoved) w.WriteStringValue(n);
            w.WriteEndArray();
            w.WriteStartArray("warnings");
            foreach (var d in document.Report.Warnings)
            {
                w.WriteStartObject();
                w.WriteString("file", d.File);
                w.WriteNumber("line", d.Line);
                w.WriteString("message", d.Message);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteChapter(Utf8JsonWriter w, Chapter c)
    {
        w.WriteStartObject();
        w.WriteString("id", c.Heading.Id);
        w.WriteString("title", c.Heading.Text);
        w.WriteStartArray("sections");
        foreach (var s in c.Sections)
        {
            w.WriteStartObject();
            w.WriteString("id", s.Heading.Id);
            w.WriteString("title", s.Heading.Text);
            WriteLabels(w, s.Blocks);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        WriteLabels(w, c.Blocks);
        var all = c.Blocks.Concat(c.Sections.SelectMany(s => s.Blocks)).ToList();
        w.WriteNumber("bullets", Count<ListItem>(all));
        w.WriteNumber("paragraphs", Count<Paragraph>(all, intoLists: false));
        w.WriteNumber("figures", Count<Figure>(all));
        w.WriteNumber("words", BodyText.Of(c).Sum(BodyText.CountWords));
        w.WriteEndObject();
    }

    private static void WriteLabels(Utf8JsonWriter w, IReadOnlyList<Block> blocks)
    {
        w.WriteStartArray("labels");
        foreach (var l in blocks.OfType<Label>()) w.WriteStringValue(l.Heading.Text);
        w.WriteEndArray();
    }

    /// <summary>Counts blocks of a type anywhere below.</summary>
    /// <param name="blocks">Where to count.</param>
    /// <param name="intoLists">Whether to count inside list items too (a list item's text is a bullet, not a paragraph).</param>
    internal static int Count<T>(IEnumerable<Block> blocks, bool intoLists = true) where T : Block =>
        BlockWalk.Descendants(blocks, b => intoLists || b is not BulletList).Count(b => b is T);

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name); else w.WriteString(name, value);
    }

    /// <summary>A readable outline for the terminal.</summary>
    /// <param name="document">The document read.</param>
    /// <param name="warnings">Whether to list the import's warnings (not for a build, which prints every warning
    /// once, on stderr).</param>
    public static string Text(Document document, bool warnings = true)
    {
        var sb = new System.Text.StringBuilder();
        var m = document.Metadata;
        sb.AppendLine($"Title:    {m.Title}");
        if (m.Subtitle is not null) sb.AppendLine($"Subtitle: {m.Subtitle}");
        sb.AppendLine($"Language: {m.Language}");
        sb.AppendLine($"Words:    {BodyText.WordCount(document):N0}");
        sb.AppendLine();
        // In the order both editions set them, the FAQ under the heading they print.
        foreach (var (c, _) in document.ReadingOrder())
        {
            if (c is null)
            {
                sb.AppendLine($"# {document.FaqHeading(Wording.For(m.Language))!.Text}");
                foreach (var e in document.Faq!.Entries) sb.AppendLine($"  ? {e.Question.Text}  [{e.QuestionSource.ToString().ToLowerInvariant()}]");
                continue;
            }
            sb.AppendLine($"# {c.Heading.Text}");
            foreach (var l in c.Blocks.OfType<Label>()) sb.AppendLine($"    · {l.Heading.Text}");
            foreach (var s in c.Sections)
            {
                sb.AppendLine($"  ## {s.Heading.Text}");
                foreach (var l in s.Blocks.OfType<Label>()) sb.AppendLine($"    · {l.Heading.Text}");
            }
        }
        if (document.Report.NoiseRemoved.Count > 0)
            sb.AppendLine().AppendLine($"Noise removed: {document.Report.NoiseRemoved.Count} line(s)");
        if (warnings)
            foreach (var d in document.Report.Warnings) sb.AppendLine($"warning: {d}");
        return sb.ToString();
    }
}
