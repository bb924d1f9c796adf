using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Briefing.Epub;
using Briefing.Layout;
using Briefing.Model;
using Briefing.Pdf;
using Briefing.Readers;
using Briefing.Styles;
using Briefing.Tests.Support;
using CsCheck;
using Xunit;

namespace Briefing.Tests.Reliability;

/// <summary>
/// Random documents (Markdown and plain text from random words, headings, lists, FAQ and odd characters) through
/// every stage the publisher runs, into memory: reading throws nothing but <see cref="InputException"/>, every
/// XHTML/OPF/NCX document parses as XML, the PDF opens with PdfPig, and every plain word kept in the model is in
/// both the EPUB's text and the PDF's.
/// </summary>
public sealed class WriterPropertyTests
{
    private static readonly Style Style = StyleLoader.Load(Repo.DefaultStyle);

    /// <summary>Plain words: no f (so no ligature can hide one), short enough to stay whole on a line.</summary>
    private static readonly Gen<string> Plain = Gen.Char["abcdeghijklmnopqrstuvwxyz"].Array[2, 9].Select(a => new string(a));

    private static readonly Gen<string> Odd = Gen.OneOf(
        Gen.Const("<script>alert(1)</script>"), Gen.Const("<b onclick=\"x\">b</b>"), Gen.Const("&amp;"), Gen.Const("&#1;"),
        Gen.Const("[l](javascript:alert(1))"), Gen.Const("[w](https://example.org/?a=1&b=2)"), Gen.Const("<https://example.org>"),
        Gen.Const("**strong**"), Gen.Const("_em_"), Gen.Const("`code`"), Gen.Const("Москва"), Gen.Const("état"), Gen.Const("“q”"),
        Gen.Const("\u202Eevil\u202C"), Gen.Const("a\u0001b"), Gen.Const("\uFFFE"), Gen.Const("😀"), Gen.Const("]]>"), Gen.Const("--"),
        Gen.Const("U.S."), Gen.Const("2025"), Gen.Const("\u00AD"), Gen.Const("\u00A0"), Gen.Const("x\u0301"));

    private static readonly Gen<string> Word = Gen.Frequency((6, Plain), (1, Odd));
    private static Gen<string> Words(int min, int max) => Word.Array[min, max].Select(w => string.Join(' ', w));

    private static readonly Gen<string> MarkdownBlock = Gen.OneOf(
        Words(1, 5).Select(w => "# " + w), Words(1, 5).Select(w => "## " + w), Words(1, 5).Select(w => "### " + w),
        Words(1, 4).Select(w => "#### " + w), Words(5, 60),
        Words(2, 10).Array[1, 5].Select(items => string.Join('\n', items.Select(i => "- " + i))),
        Words(2, 10).Array[1, 5].Select(items => string.Join('\n', items.Select((i, k) => new string(' ', 2 * Math.Min(k, 3)) + "- " + i))),
        Words(2, 10).Array[1, 4].Select(items => string.Join('\n', items.Select((i, k) => $"{k + 1}. {i}"))),
        Words(3, 20).Select(w => "> " + w), Words(1, 8).Select(w => "```\n" + w + "\n```"),
        Gen.Const("## FAQ"), Words(2, 8).Select(w => "### " + w + "?"), Gen.Const("---"));

    private static readonly Gen<string> MarkdownDoc = MarkdownBlock.Array[1, 25].Select(b => string.Join("\n\n", b) + "\n");

    private static readonly Gen<string> PlainLine = Gen.OneOf(
        Words(1, 6), Words(8, 50).Select(w => w + "."), Words(1, 4).Select(w => w + ":"),
        Words(2, 12).Select(w => "• " + w), Words(2, 12).Select(w => "- " + w), Words(2, 10).Select(w => w + "?"),
        Gen.Const("FAQ"), Gen.Const(""), Gen.Const(""));

    private static readonly Gen<string> PlainDoc = Gen.Select(Words(1, 6), PlainLine.Array[0, 40])
        .Select((t, lines) => t + "\n\n" + string.Join('\n', lines) + "\n");

    [Fact]
    public void Markdown_documents_give_well_formed_outputs_with_every_word() => Run(MarkdownDoc, "generated.md");

    [Fact]
    public void Plain_text_documents_give_well_formed_outputs_with_every_word() => Run(PlainDoc, "generated.txt");

    private static void Run(Gen<string> docs, string path)
    {
        long checkedWords = 0;
        docs.Sample(text => Interlocked.Add(ref checkedWords, Check(text, path)), iter: 80);
        // The property is not vacuous: the samples held words to look for.
        Assert.True(checkedWords > 500, $"only {checkedWords} words checked");
    }

    /// <summary>Builds one document; returns how many distinct words it checked.</summary>
    private static int Check(string text, string path)
    {
        Document doc;
        try { doc = SourceReader.Parse(text, path); }
        catch (InputException) { return 0; }

        var layout = LayoutEngine.Layout(doc, Style, Style.Paper);
        var time = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        var pdfBytes = PdfWriter.Write(layout, new PdfOptions(time));
        using var epubStream = new MemoryStream();
        EpubWriter.Write(doc, Style, new EpubOptions(time, layout.PageOfAnchor), epubStream);

        var words = BodyText.Of(doc).Append(doc.Metadata.Title)
            .SelectMany(t => Regex.Matches(t, @"(?<![\p{L}\p{M}\p{N}&#;])[a-eg-z]{2,9}(?![\p{L}\p{M}\p{N}])").Select(m => m.Value))
            .Distinct().ToList();

        var xhtmlText = new List<string>();
        using (var zip = new ZipArchive(new MemoryStream(epubStream.ToArray())))
        {
            foreach (var entry in zip.Entries.Where(e => Regex.IsMatch(e.FullName, @"\.(xhtml|opf|ncx|xml)$")))
            {
                using var reader = new StreamReader(entry.Open());
                var xml = XDocument.Parse(reader.ReadToEnd());
                if (entry.FullName.EndsWith(".xhtml", StringComparison.Ordinal)) xhtmlText.Add(xml.Root!.Value);
            }
        }
        var epubText = string.Join(" ", xhtmlText);
        foreach (var w in words) Assert.True(epubText.Contains(w, StringComparison.Ordinal), $"'{w}' missing from the EPUB\n{text}");

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(pdfBytes);
        Assert.Equal(layout.PageCount, pdf.NumberOfPages);
        // Letters of the text frame in content order (running heads and feet left out, so a word hyphenated over a
        // page break joins again), spaces and line-end hyphens dropped: a word split over lines joins again.
        var margins = Style.Margins;
        var letters = string.Concat(pdf.GetPages()
            .SelectMany(p => p.Letters.Where(l => l.StartBaseLine.Y > margins.Bottom && l.StartBaseLine.Y < p.Height - margins.Top))
            .Select(l => l.Value).Where(v => !string.IsNullOrWhiteSpace(v) && v != "-"));
        foreach (var w in words) Assert.True(letters.Contains(w, StringComparison.Ordinal), $"'{w}' missing from the PDF\n{text}");
        return words.Count;
    }
}
