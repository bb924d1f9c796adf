using System.Globalization;
using System.Text.RegularExpressions;
using Briefing.Model;
using Briefing.Publishing;
using Briefing.Readers;
using Briefing.Tests.Accessibility;
using Briefing.Tests.Epub;
using Briefing.Tests.Support;
using UglyToad.PdfPig.Content;
using Xunit;

namespace Briefing.Tests.Integration;

/// <summary>A Markdown table with aligned columns, long enough to run over pages, through both editions and the
/// export: alignment in the PDF, the EPUB and back in Markdown; the header on every page the table runs onto.</summary>
public sealed partial class TableOutputTests
{
    private static readonly string Source = "# Table Test\n\nA lede paragraph.\n\n## Releases\n\nSome text before the table.\n\n"
        + "| Version | Resource | Description | Amount |\n|---|:---:|:---|---:|\n"
        + string.Concat(Enumerable.Range(1, 45).Select(i =>
            $"| {i}.{i % 7}.0 | disk-{i} | The resource description for entry number {i} explains what it is for and why it needs a long line of text here. | {(i * 1234.5).ToString("N2", CultureInfo.InvariantCulture)} |\n"))
        + "\nText after.\n";

    /// <summary>One build for the class, in a folder kept for the run (as <see cref="BuiltOutputs"/> does).</summary>
    private static readonly Lazy<BuildResult> Built = new(() =>
    {
        var dir = Directory.CreateTempSubdirectory("briefing-table-").FullName;
        var source = Path.Combine(dir, "table.md");
        File.WriteAllText(source, Source);
        return Publisher.Build(new BuildRequest(source, Path.Combine(dir, "out")));
    });

    /// <summary>The words of each page the table is on (a page with a body row).</summary>
    private static List<List<Word>> TablePages()
    {
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(Built.Value.Pdf());
        return [.. pdf.GetPages().Select(p => p.GetWords().ToList()).Where(w => w.Any(x => x.Text.StartsWith("disk-", StringComparison.Ordinal)))];
    }

    [Fact]
    public void Table_reader_keeps_each_columns_alignment()
    {
        using var dir = new TempDir();
        var table = SourceReader.Read(dir.File("t.md", Source)).Chapters[0].Blocks.OfType<Table>().Single();
        Assert.Equal([ColumnAlign.Default, ColumnAlign.Center, ColumnAlign.Left, ColumnAlign.Right], Enumerable.Range(0, 4).Select(table.AlignOf));
    }

    [Fact]
    public void Table_in_the_pdf_sets_a_right_aligned_column_flush_right_and_a_centred_one_centred()
    {
        var pages = TablePages();
        Assert.True(pages.Count >= 2);
        // A column is in the same place on every page: its words from all pages together.
        var words = pages.SelectMany(p => p).ToList();
        var amounts = words.Where(w => Amount().IsMatch(w.Text) || w.Text == "Amount").ToList();
        Assert.True(amounts.Count > 40);
        Assert.True(amounts.Max(w => w.BoundingBox.Left) - amounts.Min(w => w.BoundingBox.Left) > 3);   // of different widths …
        Assert.True(amounts.Max(w => w.BoundingBox.Right) - amounts.Min(w => w.BoundingBox.Right) < 0.5,  // … sharing a right edge
            string.Join(", ", amounts.Select(w => $"{w.Text}@{w.BoundingBox.Right:F2}")));
        var disks = words.Where(w => w.Text.StartsWith("disk-", StringComparison.Ordinal)).ToList();
        var centres = disks.Select(w => (w.BoundingBox.Left + w.BoundingBox.Right) / 2).ToList();
        Assert.True(disks.Max(w => w.BoundingBox.Width) - disks.Min(w => w.BoundingBox.Width) > 3);
        Assert.True(centres.Max() - centres.Min() < 0.5, string.Join(", ", disks.Select(w => $"{w.Text}@{w.BoundingBox.Left:F2}")));
    }

    [Fact]
    public void Table_header_words_are_not_hyphenated_when_another_column_has_room()
    {
        var first = TablePages()[0].Select(w => w.Text).ToList();
        Assert.Contains("Version", first);
        Assert.Contains("Resource", first);
        Assert.DoesNotContain(first, w => w is "Ver-" or "Re-");
    }

    [Fact]
    public void Table_split_over_pages_repeats_its_header_above_the_rows_on_each_page()
    {
        var pages = TablePages();
        Assert.True(pages.Count >= 2);
        foreach (var words in pages)
        {
            var header = words.Single(w => w.Text == "Version");
            var rows = words.Where(w => w.Text.StartsWith("disk-", StringComparison.Ordinal));
            Assert.True(rows.All(r => r.BoundingBox.Top < header.BoundingBox.Bottom));   // PDF y runs up the page
            Assert.Single(words, w => w.Text == "Amount");
        }
    }

    [ToolFact("node", "/tmp/validator-clients/node_modules/pdfjs-dist/legacy/build/pdf.mjs")]
    public void Table_header_repeated_on_a_later_page_is_an_artifact_and_tagged_once()
    {
        var pdf = PdfStructure.Of(Built.Value.Pdf());
        Assert.Empty(pdf.Warnings);
        var withHeader = pdf.Pages.Where(p => p.Content.Any(r => r.Text.Contains("Version", StringComparison.Ordinal))).ToList();
        Assert.True(withHeader.Count >= 2);
        // The first is the header itself, tagged TH; on the pages after, the same words are decoration only.
        Assert.Contains(withHeader[0].Content, r => r.Text.Contains("Version", StringComparison.Ordinal) && !r.Artifact);
        foreach (var page in withHeader.Skip(1))
            Assert.All(page.Content.Where(r => r.Text.Contains("Version", StringComparison.Ordinal) || r.Text.Contains("Amount", StringComparison.Ordinal)),
                r => Assert.True(r.Artifact, $"page {page.Number}: \"{r.Text}\" is not an artifact"));
        // The tag tree stays whole: every text is owned by the tree or an artifact, never both.
        foreach (var page in pdf.Pages)
        {
            var owned = page.Tree?.ContentIds().ToHashSet() ?? [];
            Assert.All(page.Content.Where(r => r.Text.Trim().Length > 0),
                r => Assert.True(r.Artifact != (r.Id is not null && owned.Contains(r.Id)), $"page {page.Number}: \"{r.Text}\""));
        }
        // pdf.js lists the whole table on each page; only the first page's header cells own content there.
        Assert.Equal([4, 0, 0], withHeader.Take(3).Select(p => p.Tree!.DepthFirst().Count(n => n.Role == "TH" && n.ContentIds().Any())));
    }

    [Fact]
    public void Table_cells_in_the_epub_carry_their_columns_alignment_class()
    {
        var package = new EpubPackage(File.ReadAllBytes(Built.Value.Epub()));
        var table = package.ContentDocuments.SelectMany(d => d.Doc.Descendants(EpubPackage.X + "table")).Single();
        var rows = table.Descendants(EpubPackage.X + "tr").ToList();
        Assert.Equal(46, rows.Count);
        foreach (var row in rows)
        {
            var cells = row.Elements().ToList();
            // Version, Resource and Amount hold short cells only, kept on one line; the descriptions wrap.
            Assert.Equal(["nowrap", "center nowrap", null, "right nowrap"], cells.Select(c => (string?)c.Attribute("class")));
            Assert.All(cells, c => Assert.Null(c.Attribute("style")));
        }
        var css = System.Text.Encoding.UTF8.GetString(package.Entries.Single(e => e.Key.EndsWith(".css", StringComparison.Ordinal)).Value);
        Assert.Matches(@"td\.right\s*\{\s*text-align:\s*right;", css);
        Assert.Matches(@"td\.center\s*\{\s*text-align:\s*center;", css);
        if (EpubCheck.Available || Repo.IsCi)
        {
            var check = EpubCheck.Run(package.Bytes, "table-align");
            Assert.True(check.Fatals + check.Errors + check.Warnings == 0, check.ToString());
        }
    }

    [Fact]
    public void Table_alignment_exports_to_Markdown_and_reads_back_the_same()
    {
        using var dir = new TempDir();
        var doc = SourceReader.Read(dir.File("t.md", Source));
        var markdown = Briefing.MarkdownExport.MarkdownWriter.Write(doc);
        Assert.Contains("| --- | :---: | :--- | ---: |\n", markdown, StringComparison.Ordinal);
        var again = SourceReader.Read(dir.File("again.md", markdown)).Chapters[0].Blocks.OfType<Table>().Single();
        Assert.Equal([ColumnAlign.Default, ColumnAlign.Center, ColumnAlign.Left, ColumnAlign.Right], Enumerable.Range(0, 4).Select(again.AlignOf));
    }

    [GeneratedRegex(@"^[0-9]{1,3}(,[0-9]{3})*\.[0-9]{2}$")]
    private static partial Regex Amount();
}
