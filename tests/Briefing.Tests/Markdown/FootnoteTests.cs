using System.Text.Json;
using Briefing.Model;
using Briefing.Publishing;
using Briefing.Readers;
using Briefing.Tests.Epub;
using Briefing.Tests.Integration;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Markdown;

/// <summary>Markdown footnotes become numbered references linked to a last "Notes" chapter, and back.</summary>
public sealed class FootnoteTests
{
    private const string Text = """
        # Water and Power

        Dams change rivers.[^dam] Treaties try to share them.[^treaty]

        ## Fn 1

        The upstream state builds first.[^dam] Its reservoirs fill in the wet season.[^3]

        ## Downstream

        Downstream farmers depend on the flow.

        [^dam]: A dam stores water and releases it on a schedule.
        [^treaty]: The 1997 UN Watercourses Convention is the main one.

            It entered into force in 2014.
        [^3]: Seasonal storage, not annual.
        [^unused]: Never cited.
        """;

    private static IEnumerable<Link> Links(IEnumerable<Inline> inlines) =>
        inlines.SelectMany(i => i switch { Link l => [l], Emphasis e => Links(e.Content), Strong s => Links(s.Content), _ => [] });

    [Fact]
    public void References_are_superscript_links_and_the_notes_a_last_chapter_that_links_back()
    {
        using var dir = new TempDir();
        var doc = SourceReader.Read(dir.File("water.md", Text));
        var lede = (Paragraph)doc.Lede.Single();
        Assert.Equal("Dams change rivers.¹ Treaties try to share them.²", Inlines.PlainText(lede.Content));
        Assert.Equal(["#fn-1", "#fn-2"], Links(lede.Content).Select(l => l.Target));

        var notes = doc.Chapters[^1];
        Assert.Equal("Notes", notes.Heading.Text);
        Assert.NotEqual("fn-1", doc.Chapters[0].Heading.Id);      // the note keeps its id; the heading takes another
        var list = Assert.IsType<BulletList>(Assert.Single(notes.Blocks));
        Assert.True(list.Ordered);
        Assert.Equal(3, list.Items.Count);                          // numbered by first citation; the uncited one left out
        var first = list.Items.Select(i => (Paragraph)i.Blocks[0]).ToList();
        Assert.Equal(["fn-1", "fn-2", "fn-3"], first.Select(p => p.Id));
        Assert.StartsWith("A dam stores water", Inlines.PlainText(first[0].Content));
        Assert.Equal(2, list.Items[1].Blocks.Count);                // a note of two paragraphs
        // Each note's last paragraph links back to the first paragraph that cites it.
        var citing = ((Paragraph)doc.Chapters[0].Blocks[0]).Id;
        Assert.Equal(["#" + lede.Id, "#" + lede.Id, "#" + citing],
            list.Items.Select(i => Links(((Paragraph)i.Blocks[^1]).Content).Last().Target));
        Assert.DoesNotContain("Never cited", string.Join(" ", BodyText.Of(doc)));
    }

    [Fact]
    public void Both_editions_link_each_reference_to_its_note()
    {
        using var dir = new TempDir();
        var build = Publisher.Build(new BuildRequest(dir.File("water.md", Text), Path.Combine(dir.Path, "out")));
        Assert.DoesNotContain(build.Warnings, w => w.Message.Contains("no font", StringComparison.Ordinal));   // ¹²³ and ↩ are in the faces

        var package = new EpubPackage(File.ReadAllBytes(build.Epub()));
        var anchors = package.ContentDocuments.SelectMany(d => d.Doc.Descendants().Where(e => e.Attribute("id") is not null)
            .Select(e => d.Href + "#" + (string)e.Attribute("id")!)).ToHashSet();
        var refs = package.ContentDocuments.SelectMany(d => d.Doc.Descendants(EpubPackage.X + "a")
            .Select(a => (string)a.Attribute("href")!)).Where(h => System.Text.RegularExpressions.Regex.IsMatch(h, "#fn-[0-9]+$")).ToList();
        Assert.Equal(4, refs.Count);
        Assert.All(refs, href => Assert.Contains(href, anchors));
        // Named as note references, notes and ways back (EPUB structural semantics with their DPUB-ARIA roles).
        var links = package.ContentDocuments.SelectMany(d => d.Doc.Descendants(EpubPackage.X + "a")).ToList();
        Assert.Equal(4, links.Count(a => (string?)a.Attribute("role") == "doc-noteref" && (string?)a.Attribute(EpubPackage.Ops + "type") == "noteref"));
        Assert.Equal(3, links.Count(a => (string?)a.Attribute("role") == "doc-backlink"));
        Assert.Single(package.ContentDocuments.SelectMany(d => d.Doc.Descendants(EpubPackage.X + "section")),
            s => (string?)s.Attribute(EpubPackage.Ops + "type") == "endnotes" && (string?)s.Attribute("role") == "doc-endnotes");
        if (EpubCheck.Available || Repo.IsCi)
        {
            var check = EpubCheck.Run(File.ReadAllBytes(build.Epub()), "footnotes");
            Assert.True(check.Fatals + check.Errors + check.Warnings == 0, check.ToString());
        }

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(build.Pdf());
        var last = pdf.GetPage(pdf.NumberOfPages);
        Assert.Contains("A dam stores water", string.Join(" ", last.GetWords().Select(w => w.Text)), StringComparison.Ordinal);
        if (!Tool.Exists("node") || !File.Exists(Tool.PdfJs)) { Assert.False(Repo.IsCi, "pdf.js is required on CI"); return; }
        var json = Path.ChangeExtension(build.Pdf(), ".json");
        ToolRun.Of("bash", "-c", "node \"$0\" \"$1\" > \"$2\"", Tool.PdfJsFacts, build.Pdf(), json);
        using var facts = JsonDocument.Parse(File.ReadAllText(json));
        var pdfLinks = facts.RootElement.GetProperty("perPage").EnumerateArray().SelectMany(p => p.GetProperty("links").EnumerateArray()
            .Select(l => (Dest: l.TryGetProperty("dest", out var d) ? d.GetString() : null, Page: l.TryGetProperty("page", out var t) ? t.GetInt32() : 0))).ToList();
        var toNotes = pdfLinks.Where(l => l.Dest is { } d && System.Text.RegularExpressions.Regex.IsMatch(d, "^fn-[0-9]+$")).ToList();
        Assert.Equal(4, toNotes.Count);
        Assert.All(toNotes, l => Assert.Equal(pdf.NumberOfPages, l.Page));
    }

    private const string Everywhere = """
        # Notes everywhere

        A lede paragraph.

        ## Background[^h]

        Text citing a note.[^a] And [a plain link](#table-time) to a heading.

        | Item | Value |
        | --- | --- |
        | Wheat[^t] | 12 |

        ## Table time

        More text.[^a]

        [^a]: The first note, which cites another.[^n] See also [the background](#background).
        [^h]: A note cited in a heading.
        [^t]: A note cited in a table.
        [^n]: A note cited only in a note.
        """;

    private static List<string> WaysBack(Document doc) =>
        ((BulletList)doc.Chapters[^1].Blocks.Single()).Items
            .Select(i => Links(((Paragraph)i.Blocks[^1]).Content).Where(l => l.Role == LinkRole.NoteBack).Single().Target).ToList();

    [Fact]
    public void Notes_cited_in_a_heading_a_table_or_another_note_lead_back_there_and_only_ways_back_are_named_so()
    {
        using var dir = new TempDir();
        var doc = SourceReader.Read(dir.File("notes.md", Everywhere));
        var background = doc.Chapters[0];
        var citing = (Paragraph)background.Blocks[0];
        // Numbered by first citation: the heading's, the paragraph's, the table's, then the one cited by a note.
        Assert.Equal(["#background", "#" + citing.Id, "#" + citing.Id, "#fn-2"], WaysBack(doc));
        // A heading's name is its words: its citation stays out of its id, the contents, the outline and the nav.
        Assert.Equal("background", background.Heading.Id);
        Assert.Equal("Background", background.Heading.Text);

        var build = Publisher.Build(new BuildRequest(dir.File("notes.md", Everywhere), Path.Combine(dir.Path, "out")));
        var package = new EpubPackage(File.ReadAllBytes(build.Epub()));
        var links = package.ContentDocuments.SelectMany(d => d.Doc.Descendants(EpubPackage.X + "a")).ToList();
        Assert.Equal(4, links.Count(a => (string?)a.Attribute("role") == "doc-backlink"));
        Assert.Equal(5, links.Count(a => (string?)a.Attribute("role") == "doc-noteref"));    // the note's citation of a note too
        var plain = Assert.Single(links, a => a.Value == "the background");
        Assert.Null(plain.Attribute("role"));
        Assert.Contains(links, a => (string?)a.Attribute("role") == "doc-noteref" && a.Value == "¹" && a.Parent!.Name == EpubPackage.X + "h1");
        var nav = package.Nav.Descendants(EpubPackage.X + "a").Select(a => a.Value).ToList();
        Assert.Contains("Background", nav);
        Assert.DoesNotContain(nav, t => t.Contains('¹', StringComparison.Ordinal));
        if (EpubCheck.Available || Repo.IsCi)
        {
            var check = EpubCheck.Run(File.ReadAllBytes(build.Epub()), "notes-everywhere");
            Assert.True(check.Fatals + check.Errors + check.Warnings == 0, check.ToString());
        }

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(build.Pdf());
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        Assert.Equal(["Background", "Table time", "Notes"], bookmarks.Roots.Select(b => b.Title));
        var contents = string.Join(" ", pdf.GetPage(2).GetWords().Select(w => w.Text));
        Assert.Contains("Background", contents, StringComparison.Ordinal);
        Assert.DoesNotContain("¹", contents, StringComparison.Ordinal);
        Assert.Contains("Background¹", string.Join(" ", pdf.GetPage(3).GetWords().Select(w => w.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_writes_notes_as_Markdown_footnotes_that_read_back_the_same()
    {
        using var dir = new TempDir();
        var doc = SourceReader.Read(dir.File("notes.md", Everywhere));
        var markdown = Briefing.MarkdownExport.MarkdownWriter.Write(doc);
        Assert.Contains("## Background[^1]", markdown, StringComparison.Ordinal);
        Assert.Contains("| Wheat[^3] | 12 |", markdown, StringComparison.Ordinal);
        Assert.Contains("[^2]: The first note, which cites another.[^4] See also [the background](#background).\n", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("## Notes", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("↩", markdown, StringComparison.Ordinal);

        var again = SourceReader.Read(dir.File("again.md", markdown));
        static List<string> Notes(Document d) => ((BulletList)d.Chapters[^1].Blocks.Single()).Items
            .Select(i => string.Join("|", i.Blocks.Select(b => b is Paragraph p ? Inlines.PlainText(p.Content) : b.GetType().Name))).ToList();
        Assert.True(again.Chapters[^1].Endnotes);
        Assert.Equal(Notes(doc), Notes(again));
        Assert.Equal(WaysBack(doc), WaysBack(again));
        Assert.Equal(doc.Chapters.Count, again.Chapters.Count);
    }

    [Fact]
    public void A_note_of_several_blocks_exports_its_later_blocks_indented()
    {
        using var dir = new TempDir();
        var doc = SourceReader.Read(dir.File("water.md", Text));
        var markdown = Briefing.MarkdownExport.MarkdownWriter.Write(doc);
        Assert.Contains("[^2]: The 1997 UN Watercourses Convention is the main one.\n\n    It entered into force in 2014.\n", markdown, StringComparison.Ordinal);
        var again = SourceReader.Read(dir.File("again.md", markdown));
        Assert.Equal(2, ((BulletList)again.Chapters[^1].Blocks.Single()).Items[1].Blocks.Count);
    }

    [Fact]
    public void A_chapter_of_the_authors_called_Notes_leaves_the_footnotes_their_own_title()
    {
        var document = SourceReader.Parse("# Meeting\n\nIntro.\n\n## Agenda\n\nItem one.[^a]\n\n## Notes\n\nTaken by Sam.\n\n[^a]: From the invite.\n", "m.md");
        Assert.Equal(["Agenda", "Notes", "Endnotes"], document.Chapters.Select(c => c.Heading.Text));
        Assert.True(document.Chapters[^1].Endnotes);
        Assert.Empty(document.Report.Warnings);

        var both = SourceReader.Parse("# M\n\n## Notes\n\nA.[^a]\n\n## Endnotes\n\nB.\n\n[^a]: C.\n", "m.md");
        Assert.Equal(3, both.Report.Warnings.Single(w => w.Message.Contains("footnotes make", StringComparison.Ordinal)).Line);
    }
}
