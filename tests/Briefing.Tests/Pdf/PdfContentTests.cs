using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Briefing.Tests.Layout;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Outline;
using Xunit;
using Xunit.Abstractions;

namespace Briefing.Tests.Pdf;

/// <summary>The fixture PDF read back with PdfPig: pages, contents, bookmarks, links, metadata, geometry.</summary>
[Collection("pdf")]
public sealed partial class PdfContentTests(ITestOutputHelper output)
{
    private static PdfDocument Open(byte[] bytes) => PdfDocument.Open(bytes);

    [Fact]
    public void Page_count_and_size_are_the_layouts()
    {
        var built = PdfFixture.A4;
        output.WriteLine($"{built.Layout.PageCount} pages, layout {built.LayoutTime.TotalMilliseconds:0} ms, pdf {built.PdfTime.TotalMilliseconds:0} ms, {built.Bytes.Length / 1024} KB");
        using var pdf = Open(built.Bytes);
        Assert.Equal(built.Layout.PageCount, pdf.NumberOfPages);
        Assert.All(pdf.GetPages(), p => Assert.Equal((595.28, 841.89), (Math.Round(p.Width, 2), Math.Round(p.Height, 2))));
        using var letter = Open(PdfFixture.Letter.Bytes);
        Assert.All(letter.GetPages(), p => Assert.Equal((612.0, 792.0), (Math.Round(p.Width, 2), Math.Round(p.Height, 2))));
    }

    [Fact]
    public void Every_contents_entry_links_to_the_page_it_prints_and_the_title_is_there()
    {
        using var pdf = Open(PdfFixture.A4.Bytes);
        var document = BriefingFixture.Document();
        var contents = pdf.GetPage(2);
        var links = contents.GetAnnotations().Where(a => a.Type == AnnotationType.Link).ToList();
        Assert.Equal(document.Chapters.Sum(c => 1 + c.Sections.Count) + 1, links.Count);
        var chapterPages = new Dictionary<string, int>();
        foreach (var link in links)
        {
            var r = link.Rectangle;
            var text = string.Concat(contents.Letters.Where(l => Inside(l.StartBaseLine.X, l.StartBaseLine.Y, r)).Select(l => l.Value));
            var printed = int.Parse(TrailingNumber().Match(text).Value, CultureInfo.InvariantCulture);
            var target = Assert.IsType<GoToAction>(link.Action).Destination.PageNumber;
            Assert.Equal(printed, target);
            var title = Dots().Replace(text, "").Trim();
            title = title[..^printed.ToString(CultureInfo.InvariantCulture).Length].Trim();
            var page = string.Concat(pdf.GetPage(target).Letters.Select(l => l.Value));
            Assert.Contains(title.Replace(" ", ""), page.Replace(" ", ""));
            chapterPages[title] = target;
        }
        foreach (var chapter in document.Chapters)
            Assert.Contains(chapter.Heading.Text, chapterPages.Keys);
    }

    private static bool Inside(double x, double y, UglyToad.PdfPig.Core.PdfRectangle r) =>
        x >= r.Left - 0.5 && x <= r.Right + 0.5 && y >= r.Bottom - 0.5 && y <= r.Top + 0.5;

    [GeneratedRegex(@"\d+\s*$")]
    private static partial Regex TrailingNumber();

    [GeneratedRegex(@"(\.\s*){2,}")]
    private static partial Regex Dots();

    [Fact]
    public void The_outline_tree_is_the_documents_headings()
    {
        using var pdf = Open(PdfFixture.A4.Bytes);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var document = BriefingFixture.Document();
        var expected = document.Chapters.Select(c => (c.Heading.Text,
                c.Sections.Select(s => (s.Heading.Text, s.Blocks.OfType<Model.Label>().Select(l => l.Heading.LabelName).ToList())).ToList()))
            .Append(("Appendix \u2014 Frequently Asked Questions", document.Faq!.Entries.Select(e => (e.Question.Text, new List<string>())).ToList()))
            .ToList();
        var roots = bookmarks.Roots.ToList();
        Assert.Equal(expected.Select(e => e.Item1), roots.Select(r => r.Title));
        for (var i = 0; i < roots.Count; i++)
        {
            Assert.Equal(0, roots[i].Level);
            Assert.Equal(expected[i].Item2.Select(s => s.Item1), roots[i].Children.Select(c => c.Title));
            for (var j = 0; j < roots[i].Children.Count; j++)
                Assert.Equal(expected[i].Item2[j].Item2, roots[i].Children[j].Children.Select(c => c.Title));
        }
        // Each bookmark points at the page whose text holds its heading.
        foreach (var node in Flatten(roots).OfType<DocumentBookmarkNode>())
        {
            var text = string.Concat(pdf.GetPage(node.PageNumber).Letters.Select(l => l.Value)).Replace(" ", "");
            Assert.Contains(node.Title.Replace(" ", ""), text);
        }
    }

    private static IEnumerable<BookmarkNode> Flatten(IEnumerable<BookmarkNode> nodes) =>
        nodes.SelectMany(n => new[] { n }.Concat(Flatten(n.Children)));

    [Fact]
    public void Links_resolve_inside_the_document_and_out()
    {
        using var pdf = Open(PdfFixture.A4.Bytes);
        var annotations = pdf.GetPages().SelectMany(p => p.GetAnnotations().Where(a => a.Type == AnnotationType.Link).Select(a => (Page: p.Number, a))).ToList();
        var internalLinks = annotations.Where(x => x.a.Action is GoToAction).ToList();
        var uriLinks = annotations.Where(x => x.a.Action is UriAction).ToList();
        Assert.Equal(annotations.Count, internalLinks.Count + uriLinks.Count);
        Assert.All(internalLinks, x => Assert.InRange(((GoToAction)x.a.Action!).Destination.PageNumber, 1, pdf.NumberOfPages));
        Assert.Contains(uriLinks, x => ((UriAction)x.a.Action!).Uri == "https://example.org/water/treaties?basin=all&format=full");
        // The in-text link to the scenarios chapter lands where that chapter begins.
        var layout = PdfFixture.A4.Layout;
        Assert.Contains(internalLinks, x => x.Page > 2 && ((GoToAction)x.a.Action!).Destination.PageNumber == layout.PageOfAnchor["scenarios-to-2040"]);
    }

    [Fact]
    public void Metadata_is_written_and_the_xmp_packet_is_well_formed()
    {
        var bytes = PdfFixture.A4.Bytes;
        using var pdf = Open(bytes);
        var info = pdf.Information;
        Assert.Equal("Rivers and Borders: A Briefing on Shared Water \u2039Draft\u203A", info.Title);
        Assert.Equal("Briefing Desk", info.Author);
        Assert.Equal("water, rivers, treaties, climate", info.Keywords);
        Assert.Equal(PdfFixture.A4.Layout.Info.Subject, info.Subject);
        Assert.EndsWith(".", info.Subject);
        Assert.Equal("Briefing", info.Creator);
        Assert.StartsWith("D:20250115093000", info.CreationDate);
        var text = System.Text.Encoding.Latin1.GetString(bytes);
        Assert.Contains("/Lang(en)", text.Replace(" ", ""));
        Assert.Contains("/PageMode/UseOutlines", text.Replace(" ", ""));
        Assert.Contains("/DisplayDocTitle true", text);
        var start = text.IndexOf("<x:xmpmeta", StringComparison.Ordinal);
        var end = text.IndexOf("</x:xmpmeta>", StringComparison.Ordinal) + "</x:xmpmeta>".Length;
        var xmp = XDocument.Parse(System.Text.Encoding.UTF8.GetString(bytes, start, end - start));
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        Assert.Equal(info.Title, xmp.Descendants(dc + "title").Single().Value);
    }

    [Theory]
    [InlineData("a4")]
    [InlineData("letter")]
    public void No_letter_lies_outside_the_margins(string paper)
    {
        var built = paper == "a4" ? PdfFixture.A4 : PdfFixture.Letter;
        var margins = BriefingFixture.Style().Margins;
        using var pdf = Open(built.Bytes);
        foreach (var page in pdf.GetPages())
        {
            var (w, h) = (page.Width, page.Height);
            foreach (var l in page.Letters)
            {
                if (string.IsNullOrWhiteSpace(l.Value)) continue;
                var fromTop = h - l.StartBaseLine.Y;
                Assert.True(l.StartBaseLine.X >= margins.Left - 0.5 && l.EndBaseLine.X <= w - margins.Right + 0.5,
                    $"page {page.Number}: '{l.Value}' at x {l.StartBaseLine.X:0.0}–{l.EndBaseLine.X:0.0}");
                if (page.Number == 1) continue;
                var inBody = fromTop >= margins.Top && fromTop <= h - margins.Bottom + 0.5;
                var inHeader = fromTop < margins.Top && fromTop > 10;
                var inFooter = fromTop > h - margins.Bottom && fromTop < h - 10;
                Assert.True(inBody || inHeader || inFooter, $"page {page.Number}: '{l.Value}' at {fromTop:0.0} from the top");
            }
        }
    }

    [Fact]
    public void Words_never_overlap()
    {
        using var pdf = Open(PdfFixture.A4.Bytes);
        foreach (var page in pdf.GetPages())
        {
            // Boxes from the baseline up to the x-height band, shrunk a little: glyph boxes of neighbours may touch.
            var boxes = page.GetWords().Where(w => w.Letters.Count > 0)
                .Select(w => (Left: w.BoundingBox.Left + 0.3, Right: w.BoundingBox.Right - 0.3,
                    Bottom: w.Letters.Min(l => l.StartBaseLine.Y), Top: w.Letters.Min(l => l.StartBaseLine.Y) + w.Letters.Max(l => l.PointSize) * 0.6, w.Text))
                .OrderBy(b => b.Bottom).ToList();
            for (var i = 0; i < boxes.Count; i++)
                for (var j = i + 1; j < boxes.Count && boxes[j].Bottom < boxes[i].Top; j++)
                {
                    var a = boxes[i];
                    var b = boxes[j];
                    Assert.False(a.Left < b.Right && b.Left < a.Right, $"page {page.Number}: '{a.Text}' overlaps '{b.Text}'");
                }
        }
    }

    [Fact]
    public void Soft_hyphens_are_gone_and_page_numbers_read_page_n_of_m()
    {
        using var pdf = Open(PdfFixture.A4.Bytes);
        var n = pdf.NumberOfPages;
        foreach (var page in pdf.GetPages())
        {
            var text = page.Text;
            Assert.DoesNotContain('\u00AD', text);
            if (page.Number > 1) Assert.Contains($"page {page.Number} of {n}", string.Join(" ", page.GetWords().Select(w => w.Text)));
        }
    }
}
