using Briefing.Tests.Support;
using Briefing.Layout;
using Briefing.Model;
using Briefing.Tests.Layout;
using Xunit;

namespace Briefing.Tests.Pdf;

/// <summary>The fixture PDF judged by independent tools: qpdf, poppler (pdfinfo, pdffonts, pdftotext) and MuPDF.</summary>
[Collection("pdf")]
public sealed class PdfCheckerTests
{
    [ToolFact("qpdf")]
    public void Qpdf_finds_no_syntax_or_stream_errors()
    {
        foreach (var built in new[] { PdfFixture.A4, PdfFixture.Letter })
        {
            var (exit, stdout, stderr) = Tools.Run("qpdf", "--check", built.Path);
            Assert.True(exit == 0, stdout + stderr);
            Assert.Contains("No syntax or stream encoding errors found", stdout);
            Assert.DoesNotContain("WARNING", stdout + stderr);
        }
    }

    [ToolFact("qpdf")]
    public void The_structure_tree_holds_the_documents_elements()
    {
        var (exit, json, err) = Tools.Run("qpdf", "--json=2", PdfFixture.A4.Path);
        Assert.True(exit == 0, err);
        using var parsed = System.Text.Json.JsonDocument.Parse(json);
        var objects = parsed.RootElement.GetProperty("qpdf")[1];
        System.Text.Json.JsonElement? Resolve(System.Text.Json.JsonElement e) =>
            e.ValueKind == System.Text.Json.JsonValueKind.String && e.GetString()!.EndsWith(" R", StringComparison.Ordinal)
            && objects.TryGetProperty("obj:" + e.GetString(), out var o) && o.TryGetProperty("value", out var v) ? v : null;
        var root = Resolve(objects.GetProperty("trailer").GetProperty("value").GetProperty("/Root"))!.Value;
        var tree = Resolve(root.GetProperty("/StructTreeRoot"))!.Value;
        var roles = new Dictionary<string, int>();
        var stack = new Stack<System.Text.Json.JsonElement>([tree.GetProperty("/K")]);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            if (e.ValueKind == System.Text.Json.JsonValueKind.Array) { foreach (var k in e.EnumerateArray()) stack.Push(k); continue; }
            if (Resolve(e) is not { } node || !node.TryGetProperty("/S", out var role)) continue;
            roles[role.GetString()!] = roles.GetValueOrDefault(role.GetString()!) + 1;
            if (node.TryGetProperty("/K", out var kids)) stack.Push(kids);
        }
        var document = BriefingFixture.Document();
        // Chapters, the appendix, the contents heading and the cover title.
        Assert.Equal(document.Chapters.Count + 3, roles["/H1"]);
        Assert.Equal(document.Chapters.Sum(c => 1 + c.Sections.Count) + 1, roles["/TOCI"]);
        Assert.Equal(roles["/LI"], roles["/Lbl"]);
        Assert.Equal(roles["/LI"], roles["/LBody"]);
        foreach (var role in new[] { "/Document", "/Sect", "/H2", "/H3", "/P", "/L", "/TOC", "/Link", "/Table", "/TR", "/TH", "/TD", "/BlockQuote" })
            Assert.True(roles.ContainsKey(role), role);
    }

    [ToolFact("pdfinfo")]
    public void Pdfinfo_sees_a_tagged_file_with_its_metadata_and_paper()
    {
        var (exit, a4, _) = Tools.Run("pdfinfo", PdfFixture.A4.Path);
        Assert.Equal(0, exit);
        Assert.Contains("Tagged:          yes", a4);
        Assert.Matches(@"Page size:\s+595\.2\d? x 841\.8\d? pts \(A4\)", a4);
        Assert.Matches(@"Title:\s+Rivers and Borders", a4);
        Assert.Matches(@"Pages:\s+" + PdfFixture.A4.Layout.PageCount + "\n", a4);
        var (_, letter, _) = Tools.Run("pdfinfo", PdfFixture.Letter.Path);
        Assert.Contains("Page size:       612 x 792 pts (letter)", letter);
    }

    [ToolFact("pdffonts")]
    public void Pdffonts_lists_only_embedded_unicode_subsets()
    {
        var (exit, stdout, _) = Tools.Run("pdffonts", PdfFixture.A4.Path);
        Assert.Equal(0, exit);
        var rows = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.True(rows.Count >= 4, stdout);
        foreach (var row in rows)
        {
            Assert.Contains("CID TrueType", row);
            Assert.Matches(@"Identity-H\s+yes\s+yes\s+yes", row);
        }
    }

    [ToolFact("pdftotext")]
    public void Pdftotext_reads_the_text_in_order()
    {
        var (exit, text, _) = Tools.Run("pdftotext", "-layout", PdfFixture.A4.Path, "-");
        Assert.Equal(0, exit);
        var document = BriefingFixture.Document();
        var position = 0;
        foreach (var chapter in document.Chapters)
        {
            var at = text.IndexOf(chapter.Heading.Text, position, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{chapter.Heading.Text}' missing or out of order");
            position = at;
        }
        Assert.Contains("Appendix \u2014 Frequently Asked Questions", text);
        Assert.DoesNotContain("\u00AD", text);
    }

    [ToolFact("mutool")]
    public void Mutool_reads_the_outline()
    {
        var (exit, stdout, stderr) = Tools.Run("mutool", "show", PdfFixture.A4.Path, "outline");
        Assert.True(exit == 0, stderr);
        Assert.Contains("\"Introduction: Why Shared Rivers Matter\"", stdout);
        Assert.Contains("\"Upstream view\"", stdout);
        Assert.DoesNotContain("error", stderr, StringComparison.OrdinalIgnoreCase);
        var (drawExit, _, drawErr) = Tools.Run("mutool", "draw", "-o", "/dev/null", "-F", "txt", PdfFixture.A4.Path);
        Assert.True(drawExit == 0 && !drawErr.Contains("error", StringComparison.OrdinalIgnoreCase), drawErr);
    }

    [ToolFact("pdftotext", "pdffonts")]
    public void Characters_from_fallback_fonts_survive_and_missing_ones_become_question_marks()
    {
        var fixture = BriefingFixture.Document();
        var chapter = new Chapter(new Heading("arrows", Inlines.Text("Arrows and Symbols")),
            [new Paragraph("sym", Inlines.Text("Flow runs upstream \u2192 downstream; \u2200 basins \u2203 a treaty; the capital \u4E2D stays out."))], []);
        var document = fixture with { Chapters = [chapter], Faq = null };
        var layout = LayoutEngine.Layout(document, BriefingFixture.Style(), "a4");
        Assert.Contains(0x4E2D, layout.MissingGlyphs);
        using var dir = new Support.TempDir();
        var path = dir.File("symbols.pdf", PdfFixture.Write(layout));
        var (_, text, _) = Tools.Run("pdftotext", path, "-");
        Assert.Contains("\u2192", text);
        Assert.Contains("\u2200", text);
        Assert.Contains("capital ? stays", text);
        var (_, fonts, _) = Tools.Run("pdffonts", path);
        Assert.Matches("Symbols|Math", fonts);
    }
}
