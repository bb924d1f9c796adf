using Briefing.Model;
using Briefing.Readers;
using Briefing.Readers.PlainText;
using Briefing.Tests.Support;
using UglyToad.PdfPig;
using Xunit;

namespace Briefing.Tests.Readers;

/// <summary>Lines a web page set with a symbol in place of a bullet ("✅ …", "👉 …") are read as list items that keep
/// their symbol, and print with it where the bullet would be; they were joined into one paragraph before.</summary>
[Collection("pdf")]
public sealed class SymbolBulletTests
{
    private static Document Read(string body, TempDir dir)
    {
        var path = Path.Combine(dir.Path, "web.txt");
        File.WriteAllText(path, "Why Teams Choose Briefing\n\nA short guide to the tool.\n\nKey Benefits\n\n" + body + "\n");
        return SourceReader.Read(path);
    }

    private static List<Block> Blocks(Document d) => [.. BlockWalk.Descendants(d.Chapters.SelectMany(c => c.Blocks.Concat(c.Sections.SelectMany(s => s.Blocks))), _ => true)];

    [Theory]
    [InlineData("\u2705 Faster builds", "\u2705", "Faster builds")]
    [InlineData("  \U0001F449 Read on", "\U0001F449", "Read on")]
    [InlineData("\u2764\uFE0F Loved it", "\u2764\uFE0F", "Loved it")]               // with its presentation selector
    [InlineData("\U0001F44D\U0001F3FD Agreed", "\U0001F44D\U0001F3FD", "Agreed")]   // with a skin tone
    [InlineData("\u2192 Next step", "\u2192", "Next step")]
    public void A_line_opening_with_a_symbol_and_a_space_has_that_symbol(string line, string marker, string text) =>
        Assert.Equal((marker, text), LineShapes.SymbolItem(line));

    [Theory]
    [InlineData("\u00A9 2024 The Authors")]   // Latin-1 signs open ordinary lines
    [InlineData("\u2122 and more")]           // letterlike symbols too
    [InlineData("\u20AC 5 each")]             // a currency sign is not a symbol here
    [InlineData("+ plus")]                    // ASCII, and read by ListItem
    [InlineData("\u2022 a bullet")]           // a bullet ListItem reads
    [InlineData("\u2705Faster")]              // no space after it
    [InlineData("\u2705 ")]                   // nothing after it
    [InlineData("Plain words")]
    public void Other_lines_have_no_symbol(string line) => Assert.Null(LineShapes.SymbolItem(line));

    [Fact]
    public void Symbol_lines_under_a_lead_in_are_a_list_keeping_their_symbols()
    {
        using var dir = new TempDir();
        var blocks = Blocks(Read("Teams report three gains:\n\u2705 Faster builds\n\u2705 Smaller files\n\u274C No colour emoji", dir));
        Assert.Contains(blocks, b => b is Paragraph p && Inlines.PlainText(p.Content) == "Teams report three gains:");
        var list = Assert.Single(blocks.OfType<BulletList>());
        Assert.Equal(["\u2705", "\u2705", "\u274C"], list.Items.Select(i => i.Marker));
        Assert.Equal(["Faster builds", "Smaller files", "No colour emoji"], list.Items.Select(i => Inlines.PlainText(((Paragraph)i.Blocks[0]).Content)));
    }

    [Fact]
    public void Symbol_paragraphs_in_a_row_with_one_symbol_are_a_list_and_a_lone_one_a_paragraph()
    {
        using var dir = new TempDir();
        var blocks = Blocks(Read("What readers said:\n\n\U0001F449 The PDF prints cleanly.\n\n\U0001F449 The e-book reads well.\n\n"
            + "\U0001F525 Hot take: most briefings are read on phones.\n\n\u2B50 One star line.", dir));
        var list = Assert.Single(blocks.OfType<BulletList>());
        Assert.Equal(["\U0001F449", "\U0001F449"], list.Items.Select(i => i.Marker));
        Assert.Contains(blocks, b => b is Paragraph p && Inlines.PlainText(p.Content) == "\U0001F525 Hot take: most briefings are read on phones.");
        Assert.Contains(blocks, b => b is Paragraph p && Inlines.PlainText(p.Content) == "\u2B50 One star line.");
    }

    [Fact]
    public void The_symbols_print_as_the_bullets_go_to_the_e_book_and_stay_in_Markdown()
    {
        using var dir = new TempDir();
        var source = Path.Combine(dir.Path, "web.txt");
        File.WriteAllText(source, "Why Teams Choose Briefing\n\nA short guide to the tool.\n\nKey Benefits\n\nTeams report two gains:\n\u2705 Faster builds\n\u274C No colour emoji\n");
        Assert.Equal(0, CliRun.Of("build", source, "-o", dir.Path).ExitCode);

        using (var pdf = PdfDocument.Open(Path.Combine(dir.Path, "web.pdf")))
        {
            var text = string.Concat(pdf.GetPages().Select(p => p.Text)).Replace(" ", "", StringComparison.Ordinal);
            Assert.Contains("\u2705Fasterbuilds\u274CNocolouremoji", text, StringComparison.Ordinal);
            Assert.DoesNotContain("\u2022", text, StringComparison.Ordinal);
        }

        using (var epub = System.IO.Compression.ZipFile.OpenRead(Path.Combine(dir.Path, "web.epub")))
        {
            var xhtml = string.Concat(epub.Entries.Where(e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal))
                .Select(e => new StreamReader(e.Open()).ReadToEnd()));
            Assert.Matches("<li class=\"marked\"><p[^>]*><span class=\"list-marker\">\u2705</span> Faster builds</p></li>", xhtml);
            Assert.Matches("<li class=\"marked\"><p[^>]*><span class=\"list-marker\">\u274C</span> No colour emoji</p></li>", xhtml);
        }

        if (Briefing.Tests.Epub.EpubCheck.Available || Repo.IsCi)
        {
            var check = Briefing.Tests.Epub.EpubCheck.Run(File.ReadAllBytes(Path.Combine(dir.Path, "web.epub")), "symbol-bullets");
            Assert.True(check.Fatals + check.Errors + check.Warnings == 0, check.ToString());
        }

        var markdown = CliRun.Of("import", source);
        Assert.Contains("- \u2705 Faster builds\n- \u274C No colour emoji\n", markdown.Out, StringComparison.Ordinal);
    }
}
