using System.Xml.Linq;
using Briefing.Publishing;
using Briefing.Tests.Accessibility;
using Briefing.Tests.Epub;
using Briefing.Tests.Markdown;
using Briefing.Tests.Support;
using UglyToad.PdfPig;
using Xunit;

namespace Briefing.Tests.Integration;

/// <summary>The pictures of a Markdown article in both editions, read back as a reader's tools read them.</summary>
public sealed class FigureOutputTests : IDisposable
{
    private static readonly XNamespace X = "http://www.w3.org/1999/xhtml";
    private readonly TempDir _dir = new();
    private readonly BuildResult _build;

    public FigureOutputTests()
    {
        _build = Publisher.Build(new BuildRequest(FigureFixture.Write(_dir), Path.Combine(_dir.Path, "out")));
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_pdf_places_each_picture_at_its_size_centred_with_its_caption_under_it()
    {
        using var pdf = PdfDocument.Open(_build.Pdf());
        var placed = pdf.GetPages().SelectMany(p => p.GetImages().Select(i => (Page: p, Image: i))).ToList();
        // Natural widths in points: 480 px at 96 dpi, 600 px at 300 dpi, 320 px at 96 dpi, 64 px, 32 px, the chart again.
        Assert.Equal([360.0, 144, 240, 48, 24, 360], placed.Select(p => Math.Round(p.Image.BoundingBox.Width, 1)));
        foreach (var (page, image) in placed)
        {
            Assert.Equal(page.Width / 2, (image.BoundingBox.Left + image.BoundingBox.Right) / 2, 1);   // margins are 70 pt either side
            Assert.Equal(image.BoundingBox.Width / image.WidthInSamples, image.BoundingBox.Height / image.HeightInSamples, 3);
        }
        var (chartPage, chart) = placed[0];
        // Just below the picture, the caption and nothing else.
        var under = chartPage.GetWords().Where(w => chart.BoundingBox.Bottom - w.BoundingBox.Top is >= 0 and <= 20).OrderBy(w => w.BoundingBox.Left);
        Assert.Equal("Figure 1: a gradient chart", string.Join(" ", under.Select(w => w.Text)));
    }

    [ToolFact("qpdf")]
    public void Qpdf_finds_nothing_and_a_second_build_is_byte_identical()
    {
        var run = ToolRun.Of("qpdf", "--check", _build.Pdf());
        Assert.True(run.ExitCode == 0, run.Out + run.Err);
        Assert.DoesNotContain("WARNING", run.Out + run.Err);
        var again = Publisher.Build(new BuildRequest(_build.Source, Path.Combine(_dir.Path, "again")));
        Assert.Equal(File.ReadAllBytes(_build.Pdf()), File.ReadAllBytes(again.Pdf()));
        Assert.Equal(File.ReadAllBytes(_build.Epub()), File.ReadAllBytes(again.Epub()));
    }

    [ToolFact("qpdf")]
    public void Each_figures_bounding_box_is_where_its_picture_is_drawn()
    {
        var qdf = Path.Combine(_dir.Path, "expanded.pdf");
        Assert.Equal(0, ToolRun.Of("qpdf", "--qdf", "--object-streams=disable", _build.Pdf(), qdf).ExitCode);
        var boxes = System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(qdf, System.Text.Encoding.Latin1),
                @"/BBox \[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]")
            .Select(m => Enumerable.Range(1, 4).Select(g => double.Parse(m.Groups[g].Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray())
            .ToList();
        using var pdf = PdfDocument.Open(_build.Pdf());
        // The five pictures with alt text (the decorative sixth is an artifact, with no box), in page order.
        var drawn = pdf.GetPages().SelectMany(p => p.GetImages()).Take(5).Select(i => i.BoundingBox).ToList();
        Assert.Equal(5, boxes.Count);
        for (var k = 0; k < 5; k++)
            Assert.Equal([drawn[k].Left, drawn[k].Bottom, drawn[k].Right, drawn[k].Top], boxes[k], (a, b) => Math.Abs(a - b) < 0.1);
    }

    [Fact]
    public void A_photo_with_an_exif_orientation_is_drawn_turned()
    {
        _dir.File("turn/turned.jpg", FigureFixture.TurnedJpeg());
        var build = Publisher.Build(new BuildRequest(_dir.File("turn/a.md", "# T\n\n## C\n\n![turned](turned.jpg)\n"), Path.Combine(_dir.Path, "turn", "out")));
        using var pdf = PdfDocument.Open(build.Pdf());
        var image = pdf.GetPages().SelectMany(p => p.GetImages()).Single();
        Assert.Equal((320, 200), (image.WidthInSamples, image.HeightInSamples));              // stored as it was taken
        // The rectangle it covers on the page (the box PdfPig gives turns with the picture).
        var b = image.BoundingBox;
        double[] xs = [b.BottomLeft.X, b.BottomRight.X, b.TopLeft.X, b.TopRight.X], ys = [b.BottomLeft.Y, b.BottomRight.Y, b.TopLeft.Y, b.TopRight.Y];
        Assert.Equal((150.0, 240.0), (Math.Round(xs.Max() - xs.Min(), 1), Math.Round(ys.Max() - ys.Min(), 1)));   // seen upright
    }

    [ToolFact("node", "/tmp/validator-clients/node_modules/pdfjs-dist/legacy/build/pdf.mjs")]
    public void Pdf_readers_get_figures_with_alt_text_and_the_decorative_picture_as_an_artifact()
    {
        var structure = PdfStructure.Of(_build.Pdf());
        var figures = structure.Pages.Where(p => p.Tree is not null).SelectMany(p => p.Tree!.DepthFirst()).Where(n => n.Role == "Figure").ToList();
        Assert.Equal(["A gradient from blue to green", "Checked bands at 300 dpi", "The word Briefing on a gradient", "Four-bit palette", "Eight-bit grey"],
            figures.Select(f => f.Alt));
        // A caption that repeats the alt text is not read twice; one of its own is a paragraph.
        var runs = structure.Pages.SelectMany(p => p.Content).ToList();
        Assert.Contains(runs, r => r.Text.Contains("Figure 1: a gradient chart", StringComparison.Ordinal) && !r.Artifact);
        Assert.Contains(runs, r => r.Text.Contains("Checked bands at 300 dpi", StringComparison.Ordinal) && r.Artifact);
    }

    [Fact]
    public void The_epub_stores_each_picture_once_and_shows_it_with_alt_text_and_size()
    {
        var package = new EpubPackage(File.ReadAllBytes(_build.Epub()));
        var pictures = package.Manifest.Values.Where(v => v.Href.StartsWith("images/figure-", StringComparison.Ordinal)).ToList();
        Assert.Equal(["image/png", "image/png", "image/jpeg", "image/png", "image/png"], pictures.Select(p => p.MediaType));
        Assert.Equal(File.ReadAllBytes(FigureFixture.Jpeg), package.Entries[package.Base + pictures[2].Href]);

        var images = package.ContentDocuments.SelectMany(d => d.Doc.Descendants(X + "figure")).Select(f => f.Element(X + "img")!).ToList();
        Assert.Equal(6, images.Count);
        Assert.All(images, img => Assert.Contains(package.Base + (string)img.Attribute("src")!, package.Entries.Keys));
        Assert.Equal((string?)images[0].Attribute("src"), (string?)images[5].Attribute("src"));
        Assert.Equal(("Checked bands at 300 dpi", "192"), ((string)images[1].Attribute("alt")!, (string)images[1].Attribute("width")!));
        Assert.Equal(("", "presentation"), ((string)images[5].Attribute("alt")!, (string)images[5].Attribute("role")!));
        Assert.Equal("true", (string?)images[1].Parent!.Element(X + "figcaption")!.Attribute("aria-hidden"));
        Assert.Null(images[0].Parent!.Element(X + "figcaption")!.Attribute("aria-hidden"));
        Assert.Contains(package.Metadata.Elements(), m => (string?)m.Attribute("property") == "schema:accessMode" && m.Value == "visual");
    }

    [EpubCheckFact]
    public void Epubcheck_finds_nothing()
    {
        var result = EpubCheck.Run(File.ReadAllBytes(_build.Epub()), "pictures");
        Assert.True(result.Fatals + result.Errors + result.Warnings == 0, result.ToString());
    }

    [ToolFact("bash", "node", "/tmp/validator-clients/node_modules/.bin/ace-cli")]
    public void Ace_reports_no_violation()
    {
        var run = ToolRun.Of("bash", Tool.AceScript, _build.Epub());
        var m = System.Text.RegularExpressions.Regex.Match(run.Out, @"ace: critical=(\d+) serious=(\d+) moderate=(\d+) minor=(\d+)");
        Assert.True(m.Success, "Ace did not run: " + run.Out + run.Err);
        Assert.True(m.Groups.Values.Skip(1).All(g => g.Value == "0"), m.Value + "\n" + run.Err);
    }
}
