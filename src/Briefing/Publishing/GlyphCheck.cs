using System.Text;
using Briefing.Layout.Fonts;
using Briefing.Model;
using Briefing.Readers;
using Briefing.Styles;

namespace Briefing.Publishing;

/// <summary>
/// Characters of a document that no font of a style can show (the layout draws them as '?'): found before building
/// for <c>check</c>, through the layout's own <see cref="FontBook"/> so <c>check</c> and <c>build</c> agree, and
/// located in the source for both.
/// </summary>
internal static class GlyphCheck
{
    /// <summary>One diagnostic per such character, at its first place in the source (or its sidecar).</summary>
    public static IReadOnlyList<Diagnostic> Missing(Document document, Style style)
    {
        var fonts = new FontBook(style);
        var face = fonts.Face(Family.Body, false, false);
        foreach (var text in PrintedText(document)) fonts.Measure(FontBook.Clean(text), face, 1);
        return Locate(document, fonts.Missing);
    }

    /// <summary>One diagnostic per code point in <paramref name="missing"/>, at its first place in the source (or
    /// its sidecar), with how often it occurs; at line 0 when it is in neither (e.g. made by the reader) or when
    /// the source is not a file (<paramref name="sourceIsFile"/> false: text given to the library).</summary>
    public static IReadOnlyList<Diagnostic> Locate(Document document, IReadOnlyCollection<int> missing, bool sourceIsFile = true)
    {
        if (missing.Count == 0) return [];
        var source = document.Report.SourcePath;
        var files = (sourceIsFile ? new[] { source, Sidecar.PathFor(source) } : []).OfType<string>().Select(f => (File: f, Lines: LinesOf(f))).ToList();
        var result = new List<Diagnostic>();
        foreach (var cp in missing)
        {
            var needle = char.ConvertFromUtf32(cp);
            var shown = Rune.IsControl(new Rune(cp)) ? "" : $" '{needle}'";
            var message = $"no font of the style can show U+{cp:X4}{shown}; the PDF has '?' in its place";
            Diagnostic? found = null;
            var count = 0;
            foreach (var (file, lines) in files)
                for (var i = 0; i < lines.Length; i++)
                {
                    var at = lines[i].IndexOf(needle, StringComparison.Ordinal);
                    for (var j = at; j >= 0; j = lines[i].IndexOf(needle, j + needle.Length, StringComparison.Ordinal)) count++;
                    if (at >= 0) found ??= new Diagnostic(file, i + 1, message, at + 1);
                }
            result.Add(found is null
                ? new Diagnostic(source, 0, message)
                : found with { Message = count > 1 ? $"{message} ({count} times; first here)" : message });
        }
        return result;
    }

    /// <summary>Everything the layout sets in type: body text, FAQ questions and the cover's metadata.</summary>
    private static IEnumerable<string> PrintedText(Document document)
    {
        var m = document.Metadata;
        foreach (var s in new[] { m.Title, m.Subtitle, m.Author, m.Publisher, m.Date }) if (s is not null) yield return s;
        foreach (var t in BodyText.Of(document)) yield return t;
        foreach (var entry in document.Faq?.Entries ?? []) yield return entry.Question.Text;
    }

    private static string[] LinesOf(string path)
    {
        try { return SourceText.Load(path).Split('\n'); }
        catch (InputException) { return []; }
    }
}
