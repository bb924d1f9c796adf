using System.IO.Compression;
using Briefing.Tests.Support;
using UglyToad.PdfPig;
using Xunit;

namespace Briefing.Tests.Library;

/// <summary>The library's public surface: exactly the entry point, and it works from the outside.</summary>
public sealed class PublicApiTests
{
    /// <summary>Growing the API is a decision: add the type here on purpose, with its XML docs.</summary>
    [Fact]
    public void Briefing_Core_exports_exactly_the_entry_point_types()
    {
        var exported = typeof(BriefingBuilder).Assembly.GetExportedTypes().Select(t => t.FullName!).Order(StringComparer.Ordinal);
        Assert.Equal(new[]
        {
            "Briefing.BriefingBuilder",
            "Briefing.BriefingOptions",
            "Briefing.BriefingOutput",
            "Briefing.BriefingResult",
            "Briefing.BriefingSource",
            "Briefing.Diagnostic",
            "Briefing.InputException",
            "Briefing.OutputFormats",
        }, exported);
    }

    /// <summary>The README's library example, with memory streams in place of files.</summary>
    [Fact]
    public void The_public_api_builds_the_seed_to_streams()
    {
        // ---- as in README.md, "Using the library" ----
        var source = BriefingSource.Read(Repo.SeedText);
        using var pdf = new MemoryStream();
        using var epub = new MemoryStream();
        var result = BriefingBuilder.Build(source, pdf, epub, new BriefingOptions { Paper = "letter" });
        // ----

        Assert.Equal("Russia–Iran Relations: Does Russia Support Iran?", source.Title);
        Assert.Equal(9, source.Chapters);
        Assert.Equal(6, source.FaqEntries);
        Assert.Equal([OutputFormats.Pdf, OutputFormats.Epub], result.Outputs.Select(o => o.Format));
        Assert.All(result.Outputs, o => Assert.Null(o.Path));
        Assert.Equal(pdf.Length, result.Outputs[0].Bytes);
        Assert.Equal(epub.Length, result.Outputs[1].Bytes);

        using (var document = PdfDocument.Open(pdf.ToArray()))
        {
            Assert.Equal(result.Pages, document.NumberOfPages);
            Assert.True(result.Pages > 10);
            Assert.Equal(612, document.GetPage(1).Width, 0.5); // letter, as asked
            Assert.Contains("Russia", document.GetPage(1).Text, StringComparison.Ordinal);
        }
        epub.Position = 0;
        using var zip = new ZipArchive(epub, ZipArchiveMode.Read);
        var first = zip.Entries[0];
        Assert.Equal("mimetype", first.FullName);
        Assert.Equal(first.Length, first.CompressedLength); // stored, not deflated
        using var reader = new StreamReader(first.Open());
        Assert.Equal("application/epub+zip", reader.ReadToEnd());
        Assert.Contains(zip.Entries, e => e.FullName.EndsWith(".opf", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_in_memory_builds_and_the_timestamp_option_fixes_the_bytes()
    {
        var source = BriefingSource.Parse("---\ntitle: A Note\nstyle: memo\n---\n\nWhy this matters.\n\n## Part one\n\nSome text.\n", "note.md");
        Assert.Equal("note.md", source.Name);
        Assert.Equal("A Note", source.Title);
        var options = new BriefingOptions { Timestamp = new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero) };

        byte[] Pdf(BriefingOptions o)
        {
            using var s = new MemoryStream();
            var r = BriefingBuilder.Build(source, s, null, o);
            Assert.Single(r.Outputs);
            return s.ToArray();
        }
        var a = Pdf(options);
        Assert.Equal(a, Pdf(options));
        Assert.NotEqual(a, Pdf(options with { Timestamp = options.Timestamp!.Value.AddDays(1) }));
        using var document = PdfDocument.Open(a);
        Assert.Equal(595, document.GetPage(1).Width, 0.5); // memo (chosen in the front matter): A4, sans only
        Assert.DoesNotContain(document.GetPages().SelectMany(p => p.Letters), l => (l.FontName ?? "").Contains("Serif", StringComparison.Ordinal));
        Assert.Contains("Part one", document.GetPage(document.NumberOfPages).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_glyph_no_font_has_is_a_warning_at_its_place_in_a_file_source()
    {
        using var dir = new TempDir();
        const string text = "Title\n\nA lede.\n\nBody\n\nThe word \u6F22 here.\n";
        var file = dir.File("g.txt", text);
        using var pdf = new MemoryStream();
        var fromFile = BriefingBuilder.Build(BriefingSource.Read(file), pdf, null);
        var located = Assert.Single(fromFile.Warnings, w => w.Message.Contains("U+6F22", StringComparison.Ordinal));
        Assert.Equal((file, 7, 10), (located.File, located.Line, located.Column));

        // Text given in memory has no file to point into: the warning names the source, without a line.
        var fromText = BriefingBuilder.Build(BriefingSource.Parse(text, "memo.txt"), new MemoryStream(), null);
        var unplaced = Assert.Single(fromText.Warnings, w => w.Message.Contains("U+6F22", StringComparison.Ordinal));
        Assert.Equal(("memo.txt", 0), (unplaced.File, unplaced.Line));
    }

    [Fact]
    public void Build_files_writes_only_the_formats_asked_for()
    {
        using var dir = new TempDir();
        var result = BriefingBuilder.BuildFiles(Repo.SeedText, dir.Path, new BriefingOptions { Formats = OutputFormats.Epub });
        var output = Assert.Single(result.Outputs);
        Assert.Equal(OutputFormats.Epub, output.Format);
        Assert.Equal(Path.Combine(dir.Path, "russia-iran-relations.epub"), output.Path);
        Assert.Equal(new FileInfo(output.Path!).Length, output.Bytes);
        Assert.False(File.Exists(Path.Combine(dir.Path, "russia-iran-relations.pdf")));
    }

    [Fact]
    public void Bad_input_is_an_InputException_naming_the_place()
    {
        var empty = Assert.Throws<InputException>(() => BriefingSource.Parse(" \n ", "empty.txt"));
        Assert.Equal("empty.txt", empty.Diagnostic.File);

        using var dir = new TempDir();
        var missing = Assert.Throws<InputException>(() => BriefingBuilder.BuildFiles(Path.Combine(dir.Path, "nope.txt"), dir.Path));
        Assert.Contains("file not found", missing.Message, StringComparison.Ordinal);

        var source = BriefingSource.Parse("Title\n\nLede.\n", "t.txt");
        var style = Assert.Throws<InputException>(() =>
            BriefingBuilder.Build(source, new MemoryStream(), null, new BriefingOptions { Style = Path.Combine(dir.Path, "none.yaml") }));
        Assert.Contains("style file not found", style.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => BriefingBuilder.Build(source, null, null));
        Assert.Throws<ArgumentException>(() => BriefingBuilder.Build(source, new MemoryStream(), null, new BriefingOptions { Paper = "a3" }));
    }
}
