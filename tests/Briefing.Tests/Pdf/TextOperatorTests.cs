using System.IO.Compression;
using System.Text;
using Briefing.Layout;
using Briefing.Styles;
using Briefing.Tests.Layout;
using Briefing.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Graphics.Operations.MarkedContent;
using UglyToad.PdfPig.Graphics.Operations.SpecialGraphicsState;
using UglyToad.PdfPig.Graphics.Operations.TextObjects;
using UglyToad.PdfPig.Graphics.Operations.TextShowing;
using Xunit;

namespace Briefing.Tests.Pdf;

/// <summary>Text written as our own TJ operators and spliced into PDFsharp's content: read back with PdfPig, every
/// glyph is where layout put it, the content is well formed, and no trace of the splice is left.</summary>
[Collection("pdf")]
public sealed class TextOperatorTests
{
    [Fact]
    public void Every_glyph_of_every_text_item_is_drawn_in_order_and_each_kerned_piece_starts_where_layout_put_it()
    {
        var built = PdfFixture.A4;
        Assert.True(GlyphsWhereLayoutPutThem(built.Layout, built.Bytes) > 1000);
    }

    [Fact]
    public void Glyphs_stay_where_layout_put_them_with_a_font_of_2048_units_per_em()
    {
        // A PDF's width arrays hold advances in whole thousandths of an em, so with 2048 units per em a viewer's pen
        // falls behind the font's own advances glyph by glyph; the TJ numbers must follow the viewer's pen.
        using var dir = new TempDir();
        var style = StyleLoader.Load(Repo.DefaultStyle);
        foreach (var file in Directory.GetFiles(style.FontFolder, "*.ttf"))
            File.Copy(file, Path.Combine(dir.Path, Path.GetFileName(file)));
        var body = Path.Combine(dir.Path, style.Fonts.Body.Regular);
        var bytes = File.ReadAllBytes(body);
        int count = bytes[4] << 8 | bytes[5];
        var head = Enumerable.Range(0, count).Select(i => 12 + 16 * i).Single(rec => Encoding.ASCII.GetString(bytes, rec, 4) == "head");
        var at = bytes[head + 8] << 24 | bytes[head + 9] << 16 | bytes[head + 10] << 8 | bytes[head + 11];
        (bytes[at + 18], bytes[at + 19]) = ((byte)(2048 >> 8), (byte)(2048 & 0xFF));
        // PDFsharp keeps faces per process by their names: renamed (same length), so it does not take the unpatched
        // Noto Serif another test loaded for this one.
        Rename(bytes, Encoding.BigEndianUnicode.GetBytes("Noto Serif"), Encoding.BigEndianUnicode.GetBytes("Noto Xerif"));
        Rename(bytes, "NotoSerif"u8.ToArray(), "NotoXerif"u8.ToArray());
        File.WriteAllBytes(body, bytes);
        style.FontFolder = dir.Path;

        var layout = LayoutEngine.Layout(BriefingFixture.Document(), style, "a4");
        Assert.True(GlyphsWhereLayoutPutThem(layout, PdfFixture.Write(layout)) > 1000);
    }

    private static void Rename(byte[] font, byte[] from, byte[] to)
    {
        for (var i = font.AsSpan().IndexOf(from); i >= 0; i = font.AsSpan().IndexOf(from))
            to.CopyTo(font, i);
    }

    /// <summary>Reads every page's letters back and checks them against layout's text items, in order: the same
    /// characters, every piece's first glyph at layout's x and baseline (0.01 pt), nothing else drawn. Returns the
    /// number of pieces checked.</summary>
    private static int GlyphsWhereLayoutPutThem(LaidOutDocument layout, byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        var pieces = 0;
        foreach (var page in layout.Pages)
        {
            var letters = pdf.GetPage(page.Number).Letters;
            var k = 0;
            foreach (var item in page.Items.OfType<TextItem>())
            {
                var starts = item.Pieces is { Count: > 0 } p ? p.ToDictionary(x => x.Start, x => x.X) : new() { [0] = 0.0 };
                for (var i = 0; i < item.Text.Length; i += char.IsSurrogatePair(item.Text, i) ? 2 : 1)
                {
                    Assert.True(k < letters.Count, $"page {page.Number}: the PDF ends before '{item.Text}'");
                    var letter = letters[k++];
                    var expected = char.ConvertFromUtf32(char.ConvertToUtf32(item.Text, i));
                    Assert.True(letter.Value == expected, $"page {page.Number}: '{letter.Value}' drawn where '{item.Text}' has '{expected}'");
                    if (!starts.TryGetValue(i, out var offset)) continue;
                    pieces++;
                    Assert.True(Math.Abs(letter.StartBaseLine.X - (item.X + offset)) < 0.01,
                        $"page {page.Number}: '{item.Text}' piece at {i} drawn at x {letter.StartBaseLine.X:0.###}, layout {item.X + offset:0.###}");
                    Assert.True(Math.Abs(letter.StartBaseLine.Y - (page.Height - item.Y)) < 0.01,
                        $"page {page.Number}: '{item.Text}' drawn on baseline {letter.StartBaseLine.Y:0.###}, layout {page.Height - item.Y:0.###}");
                }
            }
            Assert.Equal(k, letters.Count); // nothing drawn that layout did not place (the splice left nothing behind)
        }
        return pieces;
    }

    [Fact]
    public void Content_streams_nest_properly_use_only_TJ_and_keep_no_marker()
    {
        var built = PdfFixture.A4;
        using var pdf = PdfDocument.Open(built.Bytes);
        int words = 0, arrays = 0;
        foreach (var page in pdf.GetPages())
        {
            // Text objects and marked-content sequences must nest properly within each other (ISO 32000-1, 14.6).
            var open = new Stack<char>();
            var state = 0;
            foreach (var op in page.Operations)
            {
                switch (op)
                {
                    case BeginText:
                        Assert.DoesNotContain('T', open);
                        open.Push('T');
                        break;
                    case EndText:
                        Assert.True(open.TryPop(out var t) && t == 'T', $"page {page.Number}: ET closes {(t == 'M' ? "inside marked content begun in the text object" : "nothing")}");
                        break;
                    case BeginMarkedContent or BeginMarkedContentWithProperties: open.Push('M'); break;
                    case EndMarkedContent:
                        Assert.True(open.TryPop(out var m) && m == 'M', $"page {page.Number}: EMC {(m == 'T' ? "inside a text object the sequence began outside" : "without BMC/BDC")}");
                        break;
                    case Push: state++; break;
                    case Pop: Assert.True(--state >= 0, $"page {page.Number}: Q without q"); break;
                    case ShowTextsWithPositioning: arrays++; break;
                    case ShowText: Assert.Fail($"page {page.Number}: a Tj (PDFsharp's own text) is left"); break;
                }
            }
            Assert.True(open.Count == 0 && state == 0, $"page {page.Number}: {open.Count} BT/BDC and {state} q left open");
            words += page.GetWords().Count();
        }
        // Words of one look on one line share a TJ.
        Assert.True(arrays * 3 < words, $"{arrays} TJ for {words} words");

        foreach (var (_, _, data) in ZlibStreams.FlateStreams(built.Bytes))
        {
            using var inflater = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
            using var plain = new MemoryStream();
            inflater.CopyTo(plain);
            Assert.DoesNotContain("% briefing-", Encoding.Latin1.GetString(plain.ToArray()));
        }
    }

    [Fact]
    public void An_empty_text_item_draws_nothing_and_breaks_nothing()
    {
        var layout = PdfFixture.A4.Layout;
        var first = layout.Pages[0];
        var items = first.Items.ToList();
        var at = items.FindIndex(i => i is BeginTag) + 1;
        // A face used nowhere else on the page, so it has no font resource there either.
        var unused = Enumerable.Range(0, layout.Fonts.Count).First(f => !items.OfType<TextItem>().Any(t => t.Face == f));
        items.Insert(at, new TextItem("", unused, 10, new Rgb(0, 0, 0), 100, 100, 0));
        var bytes = PdfFixture.Write(layout with { Pages = [first with { Items = items }, .. layout.Pages.Skip(1)] });

        using var pdf = PdfDocument.Open(bytes);
        using var before = PdfDocument.Open(PdfFixture.A4.Bytes);
        Assert.Equal(before.GetPage(1).Text, pdf.GetPage(1).Text);
    }

    [Theory]
    [InlineData("BT\n/P<</MCID 0>>BDC\nET\nq\nBT\nET\nQ\n", "/P<</MCID 0>>BDC\nq\nQ\n")]
    [InlineData("BT\n/Artifact BMC\nET\nBT\n/Span BDC\n1 0 0 1 0 0 Tm\nET\n", "/Artifact BMC\nBT\n/Span BDC\n1 0 0 1 0 0 Tm\nET\n")]
    [InlineData("xBT\nET\nBT\nET", "xBT\nET\nBT\nET")]                       // not at a line's start; no line end
    [InlineData("BT\nBT\nET\nET\n", "BT\nET\n")]                            // the inner pair goes, what it leaves stays
    [InlineData("BT\n/BDC\nET\nBT\n/P BDC x\nET\nBT\n(/) BMC\nET\n", "/BDC\nBT\n/P BDC x\nET\nBT\n(/) BMC\nET\n")]
    public void Empty_text_objects_go_and_their_marked_content_operator_stays(string page, string expected)
    {
        var spliced = Encoding.Latin1.GetString(Briefing.Pdf.TextSplice.Apply(Encoding.Latin1.GetBytes(page), (_, _, _) => { }));
        Assert.Equal(expected, spliced);
        // The rule as a regular expression, which the splice once applied to the page as text.
        Assert.Equal(System.Text.RegularExpressions.Regex.Replace(page, @"(?m)^BT\n((?:/[^\n]*B[DM]C\n)?)ET\n", "$1"), spliced);
    }

    [Fact]
    public void The_splice_puts_text_after_the_kept_operators_and_drops_the_rest()
    {
        var content = Encoding.Latin1.GetBytes(
            "q\n% briefing-font 2\n/Artifact BMC\nq\nBT\n0 0 0 rg\n/F7 9 Tf\n0 841.89 Td\n<0011> Tj\nET\nQ\nEMC\n% briefing-end\n"
            + "% briefing-text 0\nBT\n/P<</MCID 0>>BDC\nET\n0.1 0.2 0.3 rg\n/GS0 gs\n0 841.89 0 0 re\nf\nBT\n% briefing-end\n"
            + "EMC\nQ");
        var spliced = Encoding.Latin1.GetString(Briefing.Pdf.TextSplice.Apply(content, (pdf, run, font) => pdf.Append($"run {run} in {font(2)}\n")));
        // The empty text object PDFsharp wraps a page's first BDC in goes; the BDC stays.
        Assert.Equal("q\n/P<</MCID 0>>BDC\n0.1 0.2 0.3 rg\n/GS0 gs\nBT\nrun 0 in /F7\nEMC\nQ", spliced);
        Assert.Throws<InvalidOperationException>(() =>
            Briefing.Pdf.TextSplice.Apply(Encoding.Latin1.GetBytes("% briefing-text 0\nBT\n"), (_, _, _) => { }));
    }

    [Fact]
    public void Glyph_ids_and_tj_numbers_are_written_as_the_formatter_writes_them()
    {
        // Every glyph id a TrueType font can have, and ids past it (which fall back to the formatter).
        foreach (var glyph in Enumerable.Range(0, 0x10000).Concat([0x10000, 0xABCDE, int.MaxValue]))
            Assert.Equal(glyph.ToString("x4", System.Globalization.CultureInfo.InvariantCulture), Written(sb => Briefing.Pdf.TextOperators.AppendHex4(sb, glyph)));

        // TJ numbers are rounded to thousandths first; whole numbers, trailing zeros, signs, and huge ones.
        var random = new Random(6);
        var values = new List<double> { 0.001, -0.001, 0.01, 0.1, 1, -1, 0.5, 999.999, 1000, -341.219, 20, -184.487, 1e12 + 0.5, 1e16, -0.0 };
        for (var i = 0; i < 200_000; i++)
            values.Add(Math.Round((random.NextDouble() - 0.5) * Math.Pow(10, random.Next(0, 8)), 3));
        foreach (var value in values)
            Assert.Equal(value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture), Written(sb => Briefing.Pdf.TextOperators.AppendThousandths(sb, value)));
    }

    private static string Written(Action<StringBuilder> write)
    {
        var sb = new StringBuilder("[");
        write(sb);
        return sb.ToString(1, sb.Length - 1);
    }
}
