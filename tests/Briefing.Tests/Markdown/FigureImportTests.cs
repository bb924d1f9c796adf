using Briefing.MarkdownExport;
using Briefing.Model;
using Briefing.Readers;
using Briefing.Tests.Epub;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Markdown;

/// <summary>A Markdown picture alone in its paragraph becomes a figure; any other is named in a warning.</summary>
public sealed class FigureImportTests
{
    private static List<Figure> Figures(Document doc) =>
        doc.Chapters.SelectMany(c => c.Blocks.Concat(c.Sections.SelectMany(s => s.Blocks)))
            .SelectMany(b => BlockWalk.Descendants([b])).OfType<Figure>().ToList();

    [Fact]
    public void Lone_pictures_become_figures_with_their_size_alt_text_and_caption()
    {
        using var dir = new TempDir();
        var doc = SourceReader.Read(FigureFixture.Write(dir));
        Assert.DoesNotContain(doc.Report.Warnings, w => w.Message.StartsWith("image ", StringComparison.Ordinal));

        var figures = Figures(doc);
        Assert.Equal(["img/chart.png", "img/hires.png", "photo.jpg", "img/palette.png", "img/grey.png", "img/chart.png"], figures.Select(f => f.Source));
        var (chart, hires, photo, palette, again) = (figures[0], figures[1], figures[2], figures[3], figures[5]);

        Assert.Equal("A gradient from blue to green", chart.Alt);
        Assert.Equal("Figure 1: a gradient chart", Inlines.PlainText(chart.Caption));   // the title, when there is one
        Assert.Equal("Checked bands at 300 dpi", Inlines.PlainText(hires.Caption));    // else the alt text
        Assert.Equal((ImageFormat.Png, 480, 270), (chart.Image.Format, chart.Image.PixelWidth, chart.Image.PixelHeight));
        Assert.Equal(360, chart.Image.Width, 3);        // 96 px to the inch when the file says nothing
        Assert.Equal(144, hires.Image.Width, 1);        // 600 px at 300 dpi: two inches
        Assert.Equal((ImageFormat.Jpeg, 320, 200), (photo.Image.Format, photo.Image.PixelWidth, photo.Image.PixelHeight));
        Assert.Equal(64, palette.Image.PixelWidth);
        Assert.Equal("", again.Alt);
        Assert.Empty(again.Caption);
        Assert.Same(chart.Image, again.Image);          // one file, read once
        Assert.Equal(File.ReadAllBytes(FigureFixture.Jpeg), photo.Image.Bytes);

        // inspect --json counts them per chapter.
        using var json = System.Text.Json.JsonDocument.Parse(Briefing.Publishing.StructureReport.Json(doc));
        Assert.Equal([2, 4], json.RootElement.GetProperty("chapters").EnumerateArray().Select(c => c.GetProperty("figures").GetInt32()));

        // Figures take ids from the paragraphs' sequence, so every id stays unique.
        var ids = ModelAnchors.InReadingOrder(doc).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(figures, f => Assert.Contains(f.Id, ids));
    }

    [Fact]
    public void Pictures_that_cannot_be_placed_are_named_with_their_line_and_why_and_keep_their_alt_text()
    {
        using var dir = new TempDir();
        using var outside = new TempDir();
        dir.File("deep.png", TestPng.Make(8, 8, depth: 16));
        dir.File("laced.png", TestPng.Make(8, 8, interlace: true));
        dir.File("greyalpha.png", TestPng.Make(8, 8, colour: 4));
        dir.File("huge.png", TestPng.Header(10_000, 5_000));
        dir.File("drawing.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>");
        dir.File("anim.gif", "GIF89a....");
        var good = TestPng.Make(64, 64);
        dir.File("short.png", good[..(good.Length - 40)]);                  // the pixel data cut short
        var garbled = good.ToArray();
        garbled.AsSpan(60, 40).Fill(0xAB);                                   // inside the pixel data
        dir.File("garbled.png", garbled);
        var crc = TestPng.Make(8, 8);
        crc[^20] ^= 0xFF;                                                    // inside IDAT: its checksum no longer holds
        dir.File("crc.png", crc);
        var jpeg = File.ReadAllBytes(FigureFixture.Jpeg);
        dir.File("cut.jpg", jpeg[..(jpeg.Length / 2)]);
        var twelve = jpeg.ToArray();
        twelve[632 + 4] = 12;                                                // the frame header's sample precision
        dir.File("twelve.jpg", twelve);
        Directory.CreateDirectory(Path.Combine(outside.Path, "pictures"));
        File.Copy(dir.File("ok2.png", TestPng.Make(8, 8)), Path.Combine(outside.Path, "pictures", "away.png"));
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "linkdir"), Path.Combine(outside.Path, "pictures"));
        var cmyk = File.ReadAllBytes(FigureFixture.Jpeg);
        cmyk[632 + 9] = 4;                                  // the frame header's component count
        dir.File("cmyk.jpg", cmyk);
        dir.File("ok.png", TestPng.Make(8, 8));
        Directory.CreateDirectory(Path.Combine(dir.Path, "folder.png"));
        File.CreateSymbolicLink(Path.Combine(dir.Path, "link.png"), outside.File("away.png", TestPng.Make(8, 8)));
        var md = string.Join("\n",
            "# Title", "", "## Chapter", "",
            "![sixteen bits](deep.png)",          // 5
            "![interlaced](laced.png)",           // 6
            "![grey alpha](greyalpha.png)",       // 7
            "![huge](huge.png)",                  // 8
            "![vector](drawing.svg)",             // 9
            "![animation](anim.gif)",             // 10
            "![print colours](cmyk.jpg)",         // 11
            "![nothing](missing.png)",            // 12
            "![a folder](folder.png)",            // 13
            "![linked](link.png)",                // 14
            "",
            "Text with ![inline picture](ok.png) inside.", // 16
            "",
            "![cut short](short.png)",            // 18
            "![garbled](garbled.png)",            // 19
            "![checksum](crc.png)",               // 20
            "![half a photo](cut.jpg)",           // 21
            "![twelve bits](twelve.jpg)",         // 22
            "![through a folder link](linkdir/away.png)", // 23
            "");
        var path = dir.File("article.md", md);
        var doc = SourceReader.Read(path);
        var warnings = doc.Report.Warnings.Where(w => w.Message.StartsWith("image ", StringComparison.Ordinal)).ToDictionary(w => w.Line, w => w.Message);

        Assert.Contains("16-bit PNG", warnings[5]);
        Assert.Contains("interlaced", warnings[6]);
        Assert.Contains("grey PNG with an alpha channel", warnings[7]);
        Assert.Contains("megapixels", warnings[8]);
        Assert.Contains("SVG", warnings[9]);
        Assert.Contains("GIF", warnings[10]);
        Assert.Contains("CMYK", warnings[11]);
        Assert.Contains("no such file", warnings[12]);
        Assert.Contains("folder", warnings[13]);
        Assert.Contains("outside the source's folder", warnings[14]);
        Assert.Contains("inside a line of text", warnings[16]);
        Assert.Contains("damaged PNG", warnings[18]);
        Assert.Contains("damaged PNG", warnings[19]);
        Assert.Contains("checksum of its IDAT chunk", warnings[20]);
        Assert.Contains("cut short", warnings[21]);
        Assert.Contains("12-bit JPEG", warnings[22]);
        Assert.Contains("outside the source's folder", warnings[23]);
        Assert.Equal(17, warnings.Count);
        Assert.Empty(Figures(doc));
        var text = string.Join(" ", BodyText.Of(doc));
        foreach (var alt in new[] { "sixteen bits", "vector", "print colours", "linked", "inline picture" }) Assert.Contains(alt, text);
    }

    [Fact]
    public async Task A_pipe_is_never_opened()
    {
        if (!Tool.Exists("mkfifo")) { Assert.False(Repo.IsCi, "mkfifo is required on CI"); return; }
        using var dir = new TempDir();
        Assert.Equal(0, ToolRun.Of("mkfifo", Path.Combine(dir.Path, "pipe.png")).ExitCode);
        var read = Task.Run(() => SourceReader.Read(dir.File("a.md", "# T\n\n## C\n\n![pipe](pipe.png)\n")));
        var doc = await read.WaitAsync(TimeSpan.FromSeconds(20));   // a TimeoutException if it waited on the pipe
        Assert.Contains(doc.Report.Warnings, w => w.Line == 5 && w.Message.Contains("not a regular file", StringComparison.Ordinal));
    }

    [Fact]
    public void A_photo_keeps_its_exif_orientation_and_is_seen_turned()
    {
        using var dir = new TempDir();
        dir.File("turned.jpg", FigureFixture.TurnedJpeg());
        var doc = SourceReader.Read(dir.File("a.md", "# T\n\n## C\n\n![turned](turned.jpg)\n"));
        var image = Assert.Single(Figures(doc)).Image;
        Assert.Equal((6, 320, 200), (image.Orientation, image.PixelWidth, image.PixelHeight));
        Assert.Equal((150.0, 240.0), (image.Width, image.Height));   // as seen: 200 px wide, 320 tall
    }

    [Fact]
    public void A_paragraph_of_pictures_only_is_a_figure_for_each_in_order()
    {
        using var dir = new TempDir();
        dir.File("a.png", TestPng.Make(40, 20));
        dir.File("b.png", TestPng.Make(20, 40));
        var doc = SourceReader.Read(dir.File("gallery.md",
            "# Gallery\n\n## Screens\n\n![first](a.png)\n![remote](https://example.org/r.png)\n![second](b.png)\n"));
        var blocks = doc.Chapters.Single().Blocks;
        Assert.Equal(3, blocks.Count);
        Assert.Equal("first", Assert.IsType<Figure>(blocks[0]).Alt);
        Assert.Equal("remote", Inlines.PlainText(Assert.IsType<Paragraph>(blocks[1]).Content));   // its alt text, in its place
        Assert.Equal("second", Assert.IsType<Figure>(blocks[2]).Alt);
        Assert.Equal([5, 6, 7], blocks.Select(b => b.Line));
        Assert.Contains(doc.Report.Warnings, w => w.Line == 6 && w.Message.Contains("never fetched", StringComparison.Ordinal));
    }

    [Fact]
    public void Export_writes_each_figure_as_a_picture_that_reads_back_the_same()
    {
        using var dir = new TempDir();
        var doc = SourceReader.Read(FigureFixture.Write(dir));
        var markdown = MarkdownWriter.Write(doc);
        Assert.Contains("![A gradient from blue to green](img/chart.png \"Figure 1: a gradient chart\")", markdown);
        Assert.Contains("![Checked bands at 300 dpi](img/hires.png)", markdown);   // caption = alt: no title

        var again = SourceReader.Read(dir.File("exported.md", markdown));
        Assert.Equal(
            Figures(doc).Select(f => (f.Alt, Inlines.PlainText(f.Caption), f.Source, f.Image.PixelWidth)),
            Figures(again).Select(f => (f.Alt, Inlines.PlainText(f.Caption), f.Source, f.Image.PixelWidth)));
    }

    [Fact]
    public void Import_to_another_folder_names_each_picture_to_copy_there()
    {
        using var dir = new TempDir();
        var source = FigureFixture.Write(dir);
        var beside = CliRun.Of("import", source, "-o", Path.Combine(dir.Path, "clean.md"));
        Assert.Equal(0, beside.ExitCode);
        Assert.DoesNotContain("picture", beside.Err, StringComparison.Ordinal);

        var elsewhere = Path.Combine(dir.Path, "edited", "clean.md");
        Directory.CreateDirectory(Path.GetDirectoryName(elsewhere)!);
        var run = CliRun.Of("import", source, "-o", elsewhere);
        Assert.Equal(0, run.ExitCode);
        var figures = Figures(SourceReader.Read(source)).ToList();
        foreach (var f in figures)
            Assert.Contains($"warning: {source}:{f.Line}: picture {f.Source} is not beside {elsewhere}: copy {Path.Combine(dir.Path, f.Source)} to {Path.Combine(dir.Path, "edited", f.Source)}", run.Err, StringComparison.Ordinal);
        Assert.True(figures.Count >= 2);
    }
}
