using Briefing.Model;
using Briefing.Readers;
using Briefing.Readers.PlainText;
using CsCheck;
using Xunit;

namespace Briefing.Tests.Readers;

/// <summary>Generated articles: the reader never throws but InputException, and every kept word survives in order.</summary>
public sealed class PlainTextPropertyTests
{
    private static readonly Gen<string> Word = Gen.OneOf(
        Gen.Char["abcdefghijklmnopqrstuvwxyz"].Array[1, 10].Select(a => new string(a)),
        Gen.Char["ABCDEFGHIJKLMNOPQRSTUVWXYZ"].Array[1, 8].Select(a => new string(a)),
        Gen.Const("Iran’s"), Gen.Const("état"), Gen.Const("Москва"), Gen.Const("2025"), Gen.Const("U.S."),
        Gen.Const("Turkey:"), Gen.Const("include:Syria:"), Gen.Const("—"), Gen.Const("(note)"));

    private static readonly Gen<string> Line = Gen.OneOf(
        Word.Array[1, 6].Select(w => string.Join(' ', w)),                              // heading-like
        Word.Array[8, 40].Select(w => string.Join(' ', w) + "."),                       // paragraph
        Word.Array[1, 4].Select(w => string.Join(' ', w) + ":"),                        // label or lead-in
        Word.Array[2, 12].Select(w => "  • " + string.Join(' ', w)),                    // bullet
        Word.Array[2, 12].Select(w => "- " + string.Join(' ', w)),
        Word.Array[2, 12].Select(w => "1. " + string.Join(' ', w)),
        Word.Array[2, 10].Select(w => string.Join(' ', w) + "?"),                       // question
        Gen.Const("FAQ"), Gen.Const(""), Gen.Const(""), Gen.Const("* * *"));

    private static readonly Gen<string> Article =
        Gen.Select(Word.Array[1, 6], Line.Array[0, 60]).Select((t, lines) => string.Join(' ', t) + "\n\n" + string.Join('\n', lines) + "\n");

    [Fact]
    public void Every_word_not_removed_as_noise_survives_in_order()
    {
        Article.Sample(text =>
        {
            Document doc;
            try { doc = PlainTextReader.Read(text, "generated.txt", null); }
            catch (InputException) { return; }
            var lines = text.Split('\n').Skip(1).Where(l => !doc.Report.NoiseRemoved.Contains(l.Trim()));
            var markers = new[] { "•", "-", "1.", "*" };
            var source = string.Concat(string.Join(' ', lines.Select(l => StripMarker(l.Trim(), markers))).Where(c => !char.IsWhiteSpace(c)));
            var kept = string.Concat(string.Concat(KeptText(doc)).Where(c => !char.IsWhiteSpace(c)));
            // A lone numbered title-case line is a numbered heading and keeps its "1." (the generator's only number marker).
            source = source.Replace("1.", "", StringComparison.Ordinal);
            kept = kept.Replace("1.", "", StringComparison.Ordinal);
            // An FAQ in the middle moves to the appendix: then only the characters, not their order, must match.
            var faqMoved = doc.Faq is not null && doc.Chapters.Any(c => c.Heading.Line > doc.Faq.Heading.Line);
            if (faqMoved)
            {
                var extra = string.Concat(kept.GroupBy(c => c).Select(g => new string(g.Key, Math.Max(0, g.Count() - source.Count(c => c == g.Key)))));
                var lost = string.Concat(source.GroupBy(c => c).Select(g => new string(g.Key, Math.Max(0, g.Count() - kept.Count(c => c == g.Key)))));
                Assert.True(extra.Length + lost.Length == 0, $"lost '{lost}', extra '{extra}'");
            }
            else Assert.Equal(source, kept);
        }, iter: 300);
    }

    /// <summary>Body text with the FAQ questions that came from the source, each before its answer.</summary>
    private static IEnumerable<string> KeptText(Document doc)
    {
        foreach (var t in BodyText.Blocks(doc.Lede)) yield return t;
        foreach (var c in doc.Chapters)
            foreach (var t in BodyText.Of(c)) yield return t;
        if (doc.Faq is null) yield break;
        yield return doc.Faq.Heading.Text;
        foreach (var e in doc.Faq.Entries)
        {
            if (e.QuestionSource == QuestionSource.Source) yield return e.Question.Text;
            foreach (var t in BodyText.Blocks(e.Answer)) yield return t;
        }
    }

    private static string StripMarker(string line, string[] markers)
    {
        if (LineShapes.IsSeparator(line)) return "";
        foreach (var m in markers)
            if (line.StartsWith(m + " ", StringComparison.Ordinal)) return line[(m.Length + 1)..];
        return line;
    }
}
