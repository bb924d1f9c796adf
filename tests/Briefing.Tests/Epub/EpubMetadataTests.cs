using System.Text;
using System.Text.RegularExpressions;
using Briefing.Epub;
using Briefing.Model;
using Xunit;
using static Briefing.Tests.Epub.EpubPackage;

namespace Briefing.Tests.Epub;

/// <summary>Package metadata: identifier, titles, people, dates, description, subjects, accessibility; and escaping everywhere.</summary>
public class EpubMetadataTests
{
    private static readonly Document Doc = EpubFixture.Document();
    private static readonly EpubPackage Package = EpubPackage.Write(Doc, EpubFixture.Style(), EpubFixture.Options(Doc));

    private static IEnumerable<string> Meta(EpubPackage p, string property) =>
        p.Metadata.Elements(Opf + "meta").Where(m => (string?)m.Attribute("property") == property).Select(m => m.Value);

    [Fact]
    public void Package_is_version_3_with_its_unique_identifier_and_language()
    {
        var root = Package.Opf_.Root!;
        Assert.Equal("3.0", root.Attribute("version")!.Value);
        var uid = root.Attribute("unique-identifier")!.Value;
        Assert.Equal(uid, Package.Metadata.Element(Dc + "identifier")!.Attribute("id")!.Value);
        Assert.Equal("en", Package.Metadata.Element(Dc + "language")!.Value);
    }

    [Fact]
    public void Identifier_is_a_name_based_uuid_stable_for_the_same_text_and_new_for_changed_text()
    {
        var id = Package.Metadata.Element(Dc + "identifier")!.Value;
        Assert.Matches("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", id);
        var again = EpubPackage.Write(EpubFixture.Document(), EpubFixture.Style(), EpubFixture.Options(Doc) with { Modified = DateTimeOffset.UnixEpoch });
        Assert.Equal(id, again.Metadata.Element(Dc + "identifier")!.Value);

        var changed = Doc with { Lede = [new Paragraph("p1", Inlines.Text("A different opening."))] };
        var other = EpubPackage.Write(changed, EpubFixture.Style(), EpubFixture.Options(Doc));
        Assert.NotEqual(id, other.Metadata.Element(Dc + "identifier")!.Value);

        var given = Doc with { Metadata = Doc.Metadata with { Identifier = "urn:isbn:9780000000001" } };
        Assert.Equal("urn:isbn:9780000000001", EpubPackage.Write(given, EpubFixture.Style(), EpubFixture.Options(Doc)).Metadata.Element(Dc + "identifier")!.Value);
    }

    [Fact]
    public void Titles_people_dates_description_and_subjects()
    {
        var m = Package.Metadata;
        var titles = m.Elements(Dc + "title").ToList();
        Assert.Equal(EpubFixture.HostileTitle, titles[0].Value);
        Assert.Equal("Partnership <without> alliance & what it means", titles[1].Value);
        var subtitleId = titles[1].Attribute("id")!.Value;
        Assert.Contains(m.Elements(Opf + "meta"), e => (string?)e.Attribute("refines") == "#" + subtitleId
            && (string?)e.Attribute("property") == "title-type" && e.Value == "subtitle");
        Assert.Equal("Briefing Desk & Partners", m.Element(Dc + "creator")!.Value);
        Assert.Equal("Example Press <test>", m.Element(Dc + "publisher")!.Value);
        Assert.Equal("2025-03-01", m.Element(Dc + "date")!.Value);
        Assert.Equal("2025-03-14T09:26:53Z", Meta(Package, "dcterms:modified").Single());
        Assert.Equal(string.Join(" ", BodyText.Blocks(Doc.Lede)), m.Element(Dc + "description")!.Value);
        Assert.Equal(Doc.Metadata.KeywordList, m.Elements(Dc + "subject").Select(s => s.Value));
    }

    [Fact]
    public void Accessibility_metadata_is_present()
    {
        Assert.Equal(["textual"], Meta(Package, "schema:accessMode"));
        Assert.Equal(["textual"], Meta(Package, "schema:accessModeSufficient"));
        var features = Meta(Package, "schema:accessibilityFeature").ToList();
        foreach (var f in new[] { "tableOfContents", "readingOrder", "structuralNavigation", "pageNavigation", "pageBreakMarkers" })
            Assert.Contains(f, features);
        Assert.Equal(["none"], Meta(Package, "schema:accessibilityHazard"));
        Assert.True(Meta(Package, "schema:accessibilitySummary").Single().Length > 40);
        Assert.Empty(Meta(Package, "pageBreakSource"));
        var withProperty = EpubPackage.Write(Doc, EpubFixture.Style(), EpubFixture.Options(Doc) with { PageBreakSourceProperty = true });
        Assert.Equal(withProperty.Metadata.Element(Dc + "source")!.Value, Meta(withProperty, "pageBreakSource").Single());
    }

    [Theory]
    [InlineData("2025", "2025")]
    [InlineData("2025-03", "2025-03")]
    [InlineData("March 3, 2025", "2025-03-03")]
    [InlineData("2025-03-01T10:00:00+02:00", "2025-03-01T08:00:00Z")]
    [InlineData("sometime soon", null)]
    [InlineData("2025-13-45", null)]
    public void Dates_are_written_as_w3c_dates_or_left_out(string given, string? expected)
    {
        var doc = Doc with { Metadata = Doc.Metadata with { Date = given } };
        var p = EpubPackage.Write(doc, EpubFixture.Style(), EpubFixture.Options(Doc));
        Assert.Equal(expected, p.Metadata.Element(Dc + "date")?.Value);
    }

    [Fact]
    public void An_invalid_language_becomes_und_everywhere()
    {
        var doc = Doc with { Metadata = Doc.Metadata with { Language = "en gb<" } };
        var p = EpubPackage.Write(doc, EpubFixture.Style(), EpubFixture.Options(Doc));
        Assert.Equal("und", p.Metadata.Element(Dc + "language")!.Value);
        Assert.All(p.ContentDocuments, d => Assert.Equal("und", d.Doc.Root!.Attribute("lang")!.Value));
    }

    [Fact]
    public void Every_document_has_equal_lang_and_xml_lang_and_a_title()
    {
        foreach (var (href, doc) in Package.ContentDocuments)
        {
            var html = doc.Root!;
            Assert.Equal("en", html.Attribute("lang")?.Value);
            Assert.Equal("en", html.Attribute(System.Xml.Linq.XNamespace.Xml + "lang")?.Value);
            Assert.False(string.IsNullOrWhiteSpace(html.Element(X + "head")!.Element(X + "title")!.Value), href);
        }
    }

    [Fact]
    public void Generated_english_is_marked_in_a_document_of_another_language()
    {
        // Portuguese: a language the editions have no words for (German gets German words: WordingTests).
        var doc = Doc with { Metadata = Doc.Metadata with { Language = "pt" } };
        var p = EpubPackage.Write(doc, EpubFixture.Style(), EpubFixture.Options(Doc));
        var contents = p.NavOf("toc").Element(X + "h1")!;
        Assert.Equal("en", contents.Attribute("lang")?.Value);
        Assert.Equal("pt", p.Nav.Root!.Attribute("lang")!.Value);
        Assert.All(p.Doc("faq.xhtml").Descendants(X + "p").Where(e => (string?)e.Attribute("class") == "back"),
            back => Assert.Equal("en", back.Element(X + "a")!.Attribute("lang")?.Value));
    }

    [Fact]
    public void Title_page_imprint_and_appendix_heading_read_as_in_the_pdf()
    {
        // The printed cover says "1 March 2025 · Publisher · Author" and "Appendix — …"; the e-book the same words.
        var imprint = Package.Doc("title.xhtml").Descendants(X + "p").Single(p => (string?)p.Attribute("class") == "imprint").Value;
        Assert.Equal("1 March 2025 · Example Press <test>", imprint);
        Assert.StartsWith(Doc.Metadata.WrittenDate!, Briefing.Layout.Flow.CoverComposer.MetaLine(Doc.Metadata), StringComparison.Ordinal);
        var faqHeading = Package.Doc("faq.xhtml").Descendants(X + "h1").Single().Value;
        Assert.Equal("Appendix — " + Doc.Faq!.DisplayHeading(Doc.Metadata.Words).Text, faqHeading);
        Assert.Equal(Doc.Faq.AppendixHeading(Doc.Metadata.Words).Text, faqHeading);
    }

    [Fact]
    public void Hostile_title_survives_into_xhtml_opf_ncx_and_svg()
    {
        const string title = EpubFixture.HostileTitle;
        Assert.Equal(title, Package.Metadata.Element(Dc + "title")!.Value);
        var ncx = Package.Doc("toc.ncx");
        Assert.Equal(title, ncx.Descendants(Ncx + "docTitle").Single().Value);
        var titlePage = Package.Doc("title.xhtml");
        Assert.Equal(title, titlePage.Descendants(X + "h1").First().Value);
        Assert.Equal(title, titlePage.Root!.Element(X + "head")!.Element(X + "title")!.Value);
        var svg = Package.Doc(Package.HrefWithProperty("cover-image"));
        var svgText = string.Join(" ", svg.Descendants(System.Xml.Linq.XNamespace.Get("http://www.w3.org/2000/svg") + "tspan").Select(t => t.Value));
        Assert.Contains("<draft>", svgText);
        Assert.Contains(title, Package.Doc("cover.xhtml").Descendants(X + "img").Single().Attribute("alt")!.Value);
        Assert.Equal(title, Package.Nav.Root!.Element(X + "head")!.Element(X + "title")!.Value);
        // And no raw markup leaked: the literal tag text never appears unescaped in any XML file.
        foreach (var name in Package.EntryNames.Where(n => n.EndsWith(".xhtml") || n.EndsWith(".opf") || n.EndsWith(".ncx") || n.EndsWith(".svg")))
            Assert.DoesNotContain("<draft>", Encoding.UTF8.GetString(Package.Entries[name]));
    }

    [Fact]
    public void Characters_xml_cannot_carry_are_removed_everything_else_kept()
    {
        var nasty = "Bell\u0007 null\u0000 esc\u001B c1\u0085 lone\uD800 pair\U0001F600 fffe\uFFFE end";
        var doc = new Document(new Metadata("Ctl\u0001 title " + nasty, Keywords: ["k\u0002"]), [new Paragraph("p1", Inlines.Text(nasty))],
            [new Chapter(new Heading("h", Inlines.Text("Head\u0003ing")), [new CodeBlock("code\u0004\tx"), new Paragraph("p2", [new Link("https://example.org/\u0005a", Inlines.Text("l\u0006ink"))])], [])],
            new Faq(new Heading("faq", Inlines.Text("Q\u0008s")), [new FaqEntry(new Heading("q1", Inlines.Text("Why\u000B?")), [new Paragraph("p3", Inlines.Text("Because\u000C."))], QuestionSource.Source)]),
            ImportReport.Empty("x"));
        var p = EpubPackage.Write(doc, EpubFixture.Style(), new EpubOptions(EpubFixture.Modified, new Dictionary<string, int>()));
        var lede = p.Doc("title.xhtml").Descendants(X + "p").Single(e => (string?)e.Attribute("id") == "p1").Value;
        Assert.Equal("Bell null esc c1 lone pair\U0001F600 fffe end", lede);
        Assert.Equal("Heading", p.Doc("chapter-01.xhtml").Descendants(X + "h1").Single().Value);
        Assert.Equal("code    x", p.Doc("chapter-01.xhtml").Descendants(X + "code").Single().Value);
        Assert.Equal("Why?", p.Doc("faq.xhtml").Descendants(X + "h2").Single().Value);
        Assert.StartsWith("Ctl title Bell null", p.Metadata.Element(Dc + "title")!.Value);
    }
}
