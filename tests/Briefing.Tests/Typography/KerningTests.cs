using Briefing.Layout.Fonts;
using Briefing.Layout.Hyphenation;
using Briefing.Publishing;
using Briefing.Styles;
using Briefing.Tests.Support;
using UglyToad.PdfPig;
using Xunit;

namespace Briefing.Tests.Typography;

/// <summary>Pair kerning from the fonts' GPOS tables: read, measured, kept exact through hyphenation, drawn, and
/// still extracted as whole words.</summary>
[Collection("pdf")]
public class KerningTests
{
    private static readonly string Fonts = Path.Combine(Repo.Root, "styles", "fonts");

    private static TrueTypeFont Font(string file) => FontCache.Get(Path.Combine(Fonts, file));

    private static double Kern(TrueTypeFont f, char a, char b) => f.Kern(f.Glyph(a), f.Glyph(b));

    [Theory]
    [InlineData("NotoSerif-Regular.ttf")]
    [InlineData("NotoSerif-Bold.ttf")]
    [InlineData("NotoSerif-Italic.ttf")]
    [InlineData("NotoSans-Regular.ttf")]
    [InlineData("NotoSans-Bold.ttf")]
    public void ClassicPairsAreKernedTighter(string file)
    {
        var f = Font(file);
        Assert.True(f.HasKerning);
        // Diagonals and overhangs: every text face kerns these closer, by a few hundredths of an em at least.
        Assert.InRange(Kern(f, 'A', 'V'), -0.2, -0.02);
        Assert.InRange(Kern(f, 'T', 'o'), -0.2, -0.02);
        Assert.InRange(Kern(f, 'V', 'A'), -0.2, -0.02);
        // Straight stems meet at their sidebearings.
        Assert.Equal(0, Kern(f, 'H', 'H'));
        Assert.Equal(0, Kern(f, 'l', 'l'));
    }

    [Fact]
    public void MonospaceIsNotKerned()
    {
        var f = Font("NotoSansMono-Regular.ttf");
        Assert.Equal(0, Kern(f, 'A', 'V'));
        Assert.Equal(0, Kern(f, 'T', 'o'));
    }

    [Fact]
    public void DamagedKerningTablesCostOnlyTheKerning()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Fonts, "NotoSerif-Regular.ttf"));
        int count = bytes[4] << 8 | bytes[5];
        var found = false;
        for (var i = 0; i < count; i++)
        {
            var rec = 12 + 16 * i;
            if (System.Text.Encoding.ASCII.GetString(bytes, rec, 4) != "GPOS") continue;
            // Point the table past the end of the file.
            bytes[rec + 8] = 0x7F;
            found = true;
        }
        Assert.True(found);
        using var dir = new TempDir();
        var font = TrueTypeFont.Read(dir.File("damaged.ttf", bytes));
        Assert.False(font.HasKerning);
        Assert.Equal(0, Kern(font, 'A', 'V'));
        Assert.True(font.Has('A'));
    }

    private static FontBook Book(bool kerning)
    {
        var style = StyleLoader.Load(Repo.DefaultStyle);
        style.Kerning = kerning;
        return new FontBook(style);
    }

    [Fact]
    public void MeasuringAppliesKerningAndTheStyleSwitchesItOff()
    {
        var on = Book(kerning: true);
        var off = Book(kerning: false);
        var face = on.Face(Family.Body, false, false);
        var f = on[face];
        const double size = 10;
        Assert.Equal(off.Measure("A", face, size) + off.Measure("V", face, size), off.Measure("AV", face, size), 9);
        Assert.Equal(off.Measure("AV", face, size) + Kern(f, 'A', 'V') * size, on.Measure("AV", face, size), 9);
        Assert.True(on.Measure("AVAILABLE", face, size) < off.Measure("AVAILABLE", face, size));
        // Spaces are glue, measured alone: nothing is kerned across them.
        Assert.Equal(on.Measure("A", face, size) + on.Measure(" ", face, size) + on.Measure("V", face, size), on.Measure("A V", face, size), 9);
        Assert.Null(off.Runs("AVAILABLE", face, size).Single().Pieces);
    }

    [Fact]
    public void RunsDrawExactlyWhatIsMeasured()
    {
        var book = Book(kerning: true);
        var face = book.Face(Family.Body, false, false);
        const double size = 12;
        var f = book[face];
        foreach (var text in new[] { "AVAILABLE", "Tehran", "Yes,", "To wit, Vāva", "plain" })
        {
            var run = book.Runs(text, face, size).Single();
            Assert.Equal(text, run.Text);
            Assert.Equal(book.Measure(text, face, size), run.Width, 9);
            // Replaying the pieces at the font's own advances ends where the measure ends.
            var pieces = run.Pieces ?? [new Briefing.Layout.TextPiece(0, 0)];
            var last = pieces[^1];
            var tail = text[last.Start..].EnumerateRunes().Sum(r => f.Advance(f.Glyph(r.Value))) * size;
            Assert.Equal(run.Width, last.X + tail, 9);
        }
        Assert.NotNull(book.Runs("AVAILABLE", face, 12).Single().Pieces);
        Assert.Null(book.Runs("plain", face, 12).Single().Pieces);
    }

    [Fact]
    public void HyphenationPiecesAddUpToTheKernedWord()
    {
        var book = Book(kerning: true);
        var face = book.Face(Family.Body, false, false);
        const double size = 10;
        var hyphenator = Hyphenator.ForLanguage("en-us")!;
        foreach (var word in new[] { "WAVERING", "Tehran-backed", "availability", "strategically", "coun\u00ADter\u00ADVAil" })
        {
            var builder = new ParagraphItemBuilder(hyphenator);
            builder.AddWord(word, p => book.Measure(p, face, size), book.Measure("-", face, size), 0,
                join: (l, r) => book.Join(l, r, face, size));
            var items = builder.Items;
            var shown = word.Replace("\u00AD", "");
            Assert.Equal(book.Measure(shown, face, size),
                items.Where(i => i.Kind == Briefing.Layout.Breaking.ItemKind.Box).Sum(i => i.Width), 9);
            // Broken at any of its breaks, the first line holds the kerned width of what it shows.
            for (var k = 0; k < items.Count; k++)
            {
                if (items[k].Kind != Briefing.Layout.Breaking.ItemKind.Penalty) continue;
                var before = items.Take(k).Where(i => i.Kind == Briefing.Layout.Breaking.ItemKind.Box).Sum(i => i.Width) + items[k].Width;
                var at = builder.Sources[k].Start;
                var prefix = word[..at].Replace("\u00AD", "");
                var text = WordShape.IsBreakingHyphen(prefix[^1]) ? prefix : prefix + "-";
                Assert.Equal(book.Measure(text, face, size), before, 9);
            }
        }
    }

    /// <summary>A small document full of kerned pairs, built through the real pipeline.</summary>
    private static string BuildKerned(TempDir dir)
    {
        var source = Path.Combine(dir.Path, "kerning.md");
        File.WriteAllText(source, """
            ---
            title: Available Waves
            ---

            # AVAILABLE WAVES

            Tehran said: Yes, AVAILABLE Today, Vowels, Tow, AV, To, WAVE, Yes, Tehran, Wave, Yacht, LAVA.
            """);
        var result = Publisher.Build(new BuildRequest(source, dir.Path, OutputFormats.Pdf, null));
        return result.Outputs.Single(o => o.Path.EndsWith(".pdf", StringComparison.Ordinal)).Path;
    }

    [Fact]
    public void KernedWordsAreDrawnKernedAndExtractWhole()
    {
        using var dir = new TempDir();
        var pdf = BuildKerned(dir);
        using var doc = PdfDocument.Open(pdf);
        var words = doc.GetPages().SelectMany(p => p.GetWords()).ToList();
        var texts = words.Select(w => w.Text).ToList();
        foreach (var expected in new[] { "AVAILABLE", "Tehran", "Yes,", "Today,", "WAVE,", "LAVA." })
            Assert.Contains(expected, texts);

        // In the body's "AV," the V starts where A's advance, kerned, ends: closer than the plain advance.
        var body = Font("NotoSerif-Regular.ttf");
        var av = words.First(w => w.Text == "AV," && (w.Letters[0].FontName ?? "").Contains("Serif", StringComparison.Ordinal));
        var a = av.Letters[0];
        var v = av.Letters[1];
        var size = a.PointSize;
        var drawn = v.StartBaseLine.X - a.StartBaseLine.X;
        var plain = body.Advance(body.Glyph('A')) * size;
        var kerned = plain + Kern(body, 'A', 'V') * size;
        Assert.Equal(kerned, drawn, 2);
        Assert.True(plain - drawn > 0.2, $"A to V: drawn {drawn:F3} pt, unkerned {plain:F3} pt");
    }

    [ToolFact("pdftotext")]
    public void PopplerExtractsKernedWordsWhole()
    {
        using var dir = new TempDir();
        var pdf = BuildKerned(dir);
        var run = ToolRun.Of("pdftotext", pdf, "-");
        Assert.Equal(0, run.ExitCode);
        var words = run.Out.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        foreach (var expected in new[] { "AVAILABLE", "Tehran", "Yes,", "Today,", "WAVE,", "LAVA." })
            Assert.Contains(expected, words);
    }
}
