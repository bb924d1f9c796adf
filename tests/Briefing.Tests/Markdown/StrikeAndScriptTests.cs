using Briefing.MarkdownExport;
using Briefing.Model;
using Briefing.Publishing;
using Briefing.Readers;
using Briefing.Readers.Markdown;
using Briefing.Tests.Epub;
using Briefing.Tests.Integration;
using Briefing.Tests.Support;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using UglyToad.PdfPig.Content;
using Xunit;

namespace Briefing.Tests.Markdown;

/// <summary>~~struck~~, H~2~O and x^2^ (Markdig's EmphasisExtras) read as such, shown as such in both editions and
/// written back by the import.</summary>
public sealed class StrikeAndScriptTests
{
    private const string Text = """
        # Water Figures

        Water is H~2~O and the area x^2^ square metres; the old figure ~~was wrong~~ stands corrected.

        ## Revisions

        A *nested ~~struck emphasis~~ here*, **bold ~~struck~~**, ~~H~2~O~~ and 10^-3^ m; ==marked== and ++inserted++ stay text.
        """;

    private static IReadOnlyList<Inline> Lede(string markdown) => ((Paragraph)MarkdownReader.Read("# T\n\n" + markdown, "doc.md", null).Lede.Single()).Content;

    [Fact]
    public void Strikethrough_subscript_and_superscript_are_read_as_such()
    {
        Assert.Equal(new Inline[] { new TextRun("H"), new Subscript(Inlines.Text("2")), new TextRun("O") }, Lede("H~2~O"), InlineComparer.Instance);
        Assert.Equal(new Inline[] { new TextRun("x"), new Superscript(Inlines.Text("2")) }, Lede("x^2^"), InlineComparer.Instance);
        Assert.Equal(new Inline[] { new TextRun("a "), new Strikethrough(Inlines.Text("b c")), new TextRun(" d") }, Lede("a ~~b c~~ d"), InlineComparer.Instance);
    }

    [Fact]
    public void They_nest_with_emphasis_and_each_other()
    {
        Assert.Equal(new Inline[] { new Emphasis([new TextRun("a "), new Strikethrough(Inlines.Text("b"))]) }, Lede("*a ~~b~~*"), InlineComparer.Instance);
        Assert.Equal(new Inline[] { new Strikethrough([new Strong(Inlines.Text("b")), new TextRun(" c")]) }, Lede("~~**b** c~~"), InlineComparer.Instance);
        Assert.Equal(new Inline[] { new Strikethrough([new TextRun("H"), new Subscript(Inlines.Text("2")), new TextRun("O")]) }, Lede("~~H~2~O~~"), InlineComparer.Instance);
        Assert.Equal(new Inline[] { new TextRun("e"), new Superscript([new TextRun("x"), new Emphasis(Inlines.Text("i"))]) }, Lede("e^x*i*^"), InlineComparer.Instance);
        // The words count and read as they stand; marked and inserted text keep only their words.
        Assert.Equal("H2O x2 marked inserted", Inlines.PlainText(Lede("~~H~2~O~~ x^2^ ==marked== ++inserted++")));
    }

    [Fact]
    public void Inline_html_elements_with_a_look_of_their_own_are_read_as_the_markdown_would_be()
    {
        Assert.Equal(new Inline[] { new TextRun("H"), new Subscript(Inlines.Text("2")), new TextRun("O and E = mc"), new Superscript(Inlines.Text("2")) },
            Lede("H<sub>2</sub>O and E = mc<sup>2</sup>"), InlineComparer.Instance);
        Assert.Equal(new Inline[] { new Strikethrough([new TextRun("old "), new Strong(Inlines.Text("price"))]), new TextRun(" "), new Emphasis(Inlines.Text("new")) },
            Lede("<del>old **price**</del> <i>new</i>"), InlineComparer.Instance);
        Assert.Equal(new Inline[] { new TextRun("Press "), new CodeSpan("Ctrl"), new TextRun("+"), new CodeSpan("C"), new TextRun(" to "), new Strong(Inlines.Text("copy")) },
            Lede("Press <kbd>Ctrl</kbd>+<kbd>C</kbd> to <b>copy</b>"), InlineComparer.Instance);
        // An element left open, or one this reader gives no look, keeps only its text.
        Assert.Equal(new Inline[] { new TextRun("left open and marked") }, Lede("<sup>left open and <mark>marked</mark>"), InlineComparer.Instance);
    }

    [Fact]
    public void The_import_writes_them_back_and_they_read_back_the_same()
    {
        var doc = MarkdownReader.Read(Text, "doc.md", null);
        var markdown = MarkdownWriter.Write(doc);
        Assert.Contains("Water is H~2~O and the area x^2^ square metres; the old figure ~~was wrong~~ stands", markdown, StringComparison.Ordinal);
        Assert.Contains("*nested ~~struck emphasis~~ here*, **bold ~~struck~~**, ~~H~2~O~~ and 10^-3^ m", markdown, StringComparison.Ordinal);
        var again = MarkdownReader.Read(markdown, "again.md", null);
        Assert.Equal(Paragraphs(doc), Paragraphs(again), InlineComparer.Instance);

        // Tildes and carets a text means as such stay text.
        var plain = SourceReader.Parse("A Title\n\nAbout ~5 km, 2^10 bytes and a~b~c or x^y^z.\n\nHeading Here\n\nMore text follows in this chapter of the document.\n", "p.txt");
        var back = SourceReader.Parse(MarkdownWriter.Write(plain), "p.md");
        Assert.Equal(BodyText.Of(plain), BodyText.Of(back));
        Assert.Equal(Paragraphs(plain), Paragraphs(back), InlineComparer.Instance);
    }

    private static List<Inline> Paragraphs(Document d) =>
        d.Lede.Concat(d.Chapters.SelectMany(c => c.Blocks)).OfType<Paragraph>().SelectMany(p => p.Content).ToList();

    [Fact]
    public void The_e_book_marks_them_del_sub_and_sup()
    {
        using var dir = new TempDir();
        var build = Publisher.Build(new BuildRequest(dir.File("water.md", Text), Path.Combine(dir.Path, "out")));
        var package = new EpubPackage(File.ReadAllBytes(build.Epub()));
        var elements = package.ContentDocuments.SelectMany(d => d.Doc.Descendants()).ToList();
        string[] Of(string name) => elements.Where(e => e.Name == EpubPackage.X + name).Select(e => e.Value).ToArray();
        Assert.Equal(["was wrong", "struck emphasis", "struck", "H2O"], Of("del"));
        Assert.Equal(["2", "2"], Of("sub"));
        Assert.Equal(["2", "-3"], Of("sup"));
        Assert.Contains(elements, e => e.Name == EpubPackage.X + "em" && e.Element(EpubPackage.X + "del") is not null);
        if (EpubCheck.Available || Repo.IsCi)
        {
            var check = EpubCheck.Run(File.ReadAllBytes(build.Epub()), "strike");
            Assert.True(check.Fatals + check.Errors + check.Warnings == 0, check.ToString());
        }
    }

    [Fact]
    public void The_printed_text_extracts_in_order_with_its_scripts_smaller_and_shifted()
    {
        using var dir = new TempDir();
        var build = Publisher.Build(new BuildRequest(dir.File("water.md", Text), Path.Combine(dir.Path, "out")));
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(build.Pdf());
        var page = pdf.GetPages().First(p => p.Text.Contains("Water is", StringComparison.Ordinal));
        var letters = page.Letters.Where(l => l.Value != " ").ToList();
        var text = string.Concat(letters.Select(l => l.Value));
        Assert.Contains("WaterisH2Oandtheareax2squaremetres;theoldfigurewaswrongstandscorrected.", text, StringComparison.Ordinal);

        var at = text.IndexOf("H2O", StringComparison.Ordinal);
        var (h, sub, o) = (letters[at], letters[at + 1], letters[at + 2]);
        Assert.Equal(h.StartBaseLine.Y, o.StartBaseLine.Y, 2);
        Assert.InRange(sub.PointSize / h.PointSize, 0.6, 0.72);
        Assert.True(sub.StartBaseLine.Y < h.StartBaseLine.Y - 0.1 * h.PointSize, $"subscript baseline {sub.StartBaseLine.Y} vs {h.StartBaseLine.Y}");

        at = text.IndexOf("x2square", StringComparison.Ordinal);
        var (x, sup) = (letters[at], letters[at + 1]);
        Assert.InRange(sup.PointSize / x.PointSize, 0.6, 0.72);
        Assert.True(sup.StartBaseLine.Y > x.StartBaseLine.Y + 0.25 * x.PointSize, $"superscript baseline {sup.StartBaseLine.Y} vs {x.StartBaseLine.Y}");
        Assert.True(sup.StartBaseLine.X >= x.EndBaseLine.X - 0.01, "the superscript follows its letter");
    }

    [Fact]
    public void The_printed_struck_text_is_tagged_as_struck_through()
    {
        using var dir = new TempDir();
        var text = Text + "\nA [link ~~with struck~~ words](https://example.org) too.\n";
        var path = Publisher.Build(new BuildRequest(dir.File("water.md", text), Path.Combine(dir.Path, "out"))).Pdf();
        using var pdf = PdfReader.Open(path, PdfDocumentOpenMode.Import);
        using var pig = UglyToad.PdfPig.PdfDocument.Open(path);
        var pages = Enumerable.Range(0, pdf.PageCount).ToDictionary(i => pdf.Pages[i].Reference!.ObjectID, i => pig.GetPage(i + 1));
        var elements = StructureTree.Elements(pdf).ToList();
        var struck = elements
            .Where(e => e.Elements.GetName("/S") == "/Span"
                        && e.Elements.GetDictionary("/A")?.Elements.GetName("/TextDecorationType") == "/LineThrough")
            .Select(e => (Text: MarkedText(pages[e.Elements.GetReference("/Pg")!.ObjectID], e), Parent: e.Elements.GetDictionary("/P")!.Elements.GetName("/S")))
            .ToList();
        // One element for each struck phrase, of whatever look, inside its paragraph or its link; nothing else.
        Assert.Equal(["waswrong", "struckemphasis", "struck", "H2O", "withstruck"], struck.Select(s => s.Text));
        Assert.Equal(["/P", "/P", "/P", "/P", "/Link"], struck.Select(s => s.Parent));
        Assert.Equal(struck.Count, elements.Count(e => e.Elements.ContainsKey("/A")));
    }

    /// <summary>The letters of the marked content an element holds (its MCIDs on its page), spaces left out.</summary>
    private static string MarkedText(Page page, PdfDictionary element)
    {
        var ids = StructureTree.Kids(element).OfType<PdfInteger>().Select(i => i.Value).ToHashSet();
        Assert.NotEmpty(ids);
        var letters = new List<Letter>();
        void Collect(IEnumerable<MarkedContentElement> marked)
        {
            foreach (var m in marked)
            {
                if (ids.Contains(m.MarkedContentIdentifier)) letters.AddRange(m.Letters);
                Collect(m.Children);
            }
        }
        Collect(page.GetMarkedContents());
        return string.Concat(letters.Where(l => l.Value != " ").Select(l => l.Value));
    }
}

/// <summary>Inline trees compared by kind and content (records compare their lists by reference).</summary>
internal sealed class InlineComparer : IEqualityComparer<Inline>
{
    public static readonly InlineComparer Instance = new();

    public bool Equals(Inline? a, Inline? b) => (a, b) switch
    {
        (TextRun x, TextRun y) => x.Text == y.Text,
        (Styled x, Styled y) => x.GetType() == y.GetType() && x.Content.SequenceEqual(y.Content, this),
        (Link x, Link y) => x.Target == y.Target && x.Role == y.Role && x.Content.SequenceEqual(y.Content, this),
        _ => Equals((object?)a, b),
    };

    public int GetHashCode(Inline obj) => obj.GetType().GetHashCode();
}
