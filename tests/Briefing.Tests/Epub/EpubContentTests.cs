using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Briefing.Epub;
using Briefing.Model;
using Xunit;
using static Briefing.Tests.Epub.EpubPackage;

namespace Briefing.Tests.Epub;

/// <summary>Content documents: blocks and inlines, links, labels, the FAQ appendix, the cover, roles, CSS and fonts.</summary>
public class EpubContentTests
{
    private static readonly Document Doc = EpubFixture.Document();
    private static readonly EpubPackage Package = EpubPackage.Write(Doc, EpubFixture.Style(), EpubFixture.Options(Doc));

    private static XElement ById(XDocument doc, string id) => doc.Descendants().Single(e => (string?)e.Attribute("id") == id);

    [Fact]
    public void Every_paragraph_and_heading_id_of_the_model_is_an_id_in_the_text()
    {
        var all = Package.ContentDocuments.SelectMany(d => d.Doc.Descendants()).Select(e => (string?)e.Attribute("id")).OfType<string>().ToHashSet();
        Assert.All(ModelAnchors.InReadingOrder(Doc), id => Assert.Contains(id, all));
    }

    [Fact]
    public void Chapter_holds_lists_quote_rule_and_inline_markup()
    {
        var ch = Package.Doc("chapter-01.xhtml");
        var ol = ch.Descendants(X + "ol").Single();
        Assert.Equal("3", ol.Attribute("start")?.Value);
        // ol > li > ul > li > ul > li: nesting kept.
        Assert.Equal("Early-warning links", ol.Element(X + "li")!.Element(X + "ul")!.Elements(X + "li").Last().Element(X + "ul")!.Element(X + "li")!.Value);
        Assert.Equal("We are not allies; we are neighbours with the same problems.", ch.Descendants(X + "blockquote").Single().Value);
        Assert.Single(ch.Descendants(X + "hr"));
        Assert.Single(ch.Descendants(X + "br"));
        Assert.Equal("Three shifts", ch.Descendants(X + "strong").Single().Value);
        Assert.Equal("trade corridors", Package.Doc("title.xhtml").Descendants(X + "em").Single().Value);
    }

    [Fact]
    public void Code_keeps_its_text_verbatim_and_tables_have_header_cells()
    {
        var ch = Package.Doc("chapter-02.xhtml");
        var code = ch.Descendants(X + "pre").Single().Element(X + "code")!;
        var source = Doc.Chapters[1].Sections[0].Blocks.OfType<CodeBlock>().Single().Text;
        // Verbatim but for the tab, expanded to the next stop of four columns as in the PDF.
        Assert.Equal(source.Replace("\n\tHS 2710", "\n    HS 2710", StringComparison.Ordinal), code.Value);
        Assert.Equal("language-text", code.Attribute("class")?.Value);
        // One hanging span per source line, so a wrapped line is indented under its start.
        var lines = code.Elements(X + "span").ToList();
        Assert.Equal(source.Split('\n').Length, lines.Count);
        Assert.All(lines, l => Assert.Equal("line", l.Attribute("class")?.Value));
        Assert.Contains("pre .line", Encoding.UTF8.GetString(Package.Entries.Single(e => e.Key.EndsWith(".css", StringComparison.Ordinal)).Value), StringComparison.Ordinal);
        var table = ch.Descendants(X + "table").Single();
        var th = table.Element(X + "thead")!.Descendants(X + "th").ToList();
        Assert.Equal(["Year", "Trade (US$ bn)", "Main goods"], th.Select(t => t.Value));
        Assert.All(th, t => Assert.Equal("col", t.Attribute("scope")?.Value));
        Assert.Equal(3, table.Element(X + "tbody")!.Elements(X + "tr").Count());
        Assert.Equal("grain", table.Descendants(X + "em").Single().Value);
    }

    [Fact]
    public void Links_keep_safe_targets_rewrite_anchors_and_drop_the_rest_but_not_their_text()
    {
        var ch1 = Package.Doc("chapter-01.xhtml");
        var hrefs = ch1.Descendants(X + "a").ToDictionary(a => a.Value, a => a.Attribute("href")!.Value);
        Assert.Equal("chapter-02.xhtml#the-north-south-corridor", hrefs["the corridor section"]);
        Assert.Equal("faq.xhtml#what-is-the-corridor", hrefs["FAQ entry on the corridor"]);
        Assert.Equal("mailto:desk@example.org", hrefs["the desk's mail"]);
        Assert.DoesNotContain("this script", hrefs.Keys);
        Assert.DoesNotContain("this relative page", hrefs.Keys);
        Assert.Contains("Unsafe links keep their text: this script, this relative page and the desk's mail.", ch1.Descendants(X + "p").Select(p => p.Value));
        Assert.Equal("https://example.org/report?id=7&lang=en", Package.Doc("title.xhtml").Descendants(X + "a").Single().Attribute("href")!.Value);
        Assert.Equal("chapter-01.xhtml#background-context", Package.Doc("chapter-03.xhtml").Descendants(X + "a").Single().Attribute("href")!.Value);
    }

    [Fact]
    public void A_link_to_an_unknown_anchor_becomes_text()
    {
        var doc = new Document(new Metadata("Links"), [new Paragraph("p1", [new TextRun("see "), new Link("#nowhere", Inlines.Text("there")), new Link("ftp://x.org/f", Inlines.Text(" and ftp"))])],
            [], null, ImportReport.Empty("x"));
        var p = EpubPackage.Write(doc, EpubFixture.Style(), new EpubOptions(EpubFixture.Modified, new Dictionary<string, int>()));
        var para = ById(p.Doc("title.xhtml"), "p1");
        Assert.Empty(para.Descendants(X + "a"));
        Assert.Equal("see there and ftp", para.Value);
    }

    [Fact]
    public void Labels_are_headings_one_below_their_context_with_their_ids()
    {
        var ch1 = Package.Doc("chapter-01.xhtml");
        var turkey = ById(ch1, "turkey");
        Assert.Equal("h3", turkey.Name.LocalName);
        Assert.Contains("run-in", turkey.Attribute("class")!.Value);
        // The label and its text are grouped in a div, not a named section (that would be a landmark).
        Assert.Equal("labelled", turkey.Parent!.Attribute("class")?.Value);
        Assert.Null(turkey.Parent!.Attribute("aria-labelledby"));
        // Chapter 3's labels come before any section: h2, not h3.
        Assert.Equal("h2", ById(Package.Doc("chapter-03.xhtml"), "short-term").Name.LocalName);
    }

    [Fact]
    public void Faq_is_an_appendix_with_a_linked_question_list_and_links_back()
    {
        var faq = Package.Doc("faq.xhtml");
        var appendix = faq.Descendants(X + "section").First();
        Assert.Equal("appendix", appendix.Attribute(Ops + "type")?.Value);
        Assert.Equal("doc-appendix", appendix.Attribute("role")?.Value);
        Assert.Equal("backmatter", faq.Root!.Element(X + "body")!.Attribute(Ops + "type")?.Value);
        var questions = faq.Descendants(X + "h2").ToList();
        Assert.Equal(Doc.Faq!.Entries.Select(e => e.Question.Text), questions.Select(q => q.Value));
        Assert.Equal(Doc.Faq.Entries.Select(e => e.Question.Id), questions.Select(q => q.Attribute("id")!.Value));

        var list = appendix.Elements().First(e => e.Name != X + "h1" && e.Name != X + "span");
        Assert.Equal(X + "nav", list.Name);
        var listId = list.Attribute("id")!.Value;
        Assert.Equal(questions.Select(q => "#" + q.Attribute("id")!.Value), list.Descendants(X + "a").Select(a => a.Attribute("href")!.Value));
        var backs = faq.Descendants(X + "a").Where(a => a.Attribute("href")!.Value == "#" + listId).ToList();
        Assert.Equal(questions.Count, backs.Count);
        Assert.All(backs, b => Assert.Contains("questions", b.Value));
        // Each back link sits in its question's section.
        Assert.All(questions, q => Assert.Contains(q.Parent!.Descendants(X + "a"), a => a.Attribute("href")!.Value == "#" + listId));
    }

    [Fact]
    public void Epub_types_carry_their_matching_aria_roles_and_structural_types_none()
    {
        var roles = new Dictionary<string, string>
        {
            ["chapter"] = "doc-chapter", ["appendix"] = "doc-appendix", ["toc"] = "doc-toc", ["page-list"] = "doc-pagelist",
            ["pagebreak"] = "doc-pagebreak", ["abstract"] = "doc-abstract",
        };
        var seen = new HashSet<string>();
        foreach (var (href, doc) in Package.ContentDocuments)
        {
            foreach (var e in doc.Descendants().Where(e => e.Attribute(Ops + "type") is not null && e.Name != X + "a"))
            {
                var type = e.Attribute(Ops + "type")!.Value;
                seen.Add(type);
                if (roles.TryGetValue(type, out var role)) Assert.Equal(role, e.Attribute("role")?.Value);
                else if (type is "bodymatter" or "frontmatter" or "backmatter" or "titlepage" or "landmarks") Assert.Null(e.Attribute("role"));
            }
        }
        Assert.Superset(roles.Keys.ToHashSet(), seen.Intersect(roles.Keys).ToHashSet());
        Assert.Equal(6, seen.Intersect(roles.Keys).Count());
        Assert.Equal(3, Package.ContentDocuments.Count(d => (string?)d.Doc.Root!.Element(X + "body")!.Attribute(Ops + "type") == "bodymatter"));
    }

    [Fact]
    public void Cover_is_our_svg_marked_cover_image_and_shown_with_alt_text()
    {
        var item = Package.Manifest.Values.Single(v => v.Properties == "cover-image");
        Assert.Equal("image/svg+xml", item.MediaType);
        var svg = Package.Doc(item.Href);
        XNamespace s = "http://www.w3.org/2000/svg";
        Assert.Equal(s + "svg", svg.Root!.Name);
        var img = Package.Doc("cover.xhtml").Descendants(X + "img").Single();
        Assert.Equal(item.Href, img.Attribute("src")!.Value);
        Assert.StartsWith("Cover: " + EpubFixture.HostileTitle, img.Attribute("alt")!.Value);
        Assert.Equal("doc-cover", img.Attribute("role")?.Value);
        Assert.Contains(svg.Descendants(s + "rect"), r => r.Attribute("fill")!.Value == "#1f3a5f");
    }

    [Fact]
    public void Long_cover_titles_wrap_onto_several_lines_that_fit()
    {
        var longTitle = string.Join(" ", Enumerable.Repeat("Extraordinarily long title words", 12)) + " Pneumonoultramicroscopicsilicovolcanoconiosis";
        var doc = Doc with { Metadata = Doc.Metadata with { Title = longTitle } };
        var p = EpubPackage.Write(doc, EpubFixture.Style(), EpubFixture.Options(Doc));
        XNamespace s = "http://www.w3.org/2000/svg";
        var svg = p.Doc(p.HrefWithProperty("cover-image"));
        var title = svg.Descendants(s + "text").First();
        var lines = title.Elements(s + "tspan").Select(t => t.Value).ToList();
        Assert.InRange(lines.Count, 3, 10);
        var size = double.Parse(title.Attribute("font-size")!.Value, System.Globalization.CultureInfo.InvariantCulture);
        var width = double.Parse(svg.Root!.Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.All(lines, l => Assert.True(l.Length * size * 0.56 <= width - 100, $"line too wide: {l}"));
        var ys = svg.Descendants(s + "tspan").Select(t => double.Parse(t.Attribute("y")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.All(ys, y => Assert.InRange(y, 0, double.Parse(svg.Root!.Attribute("height")!.Value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Without_a_cover_page_the_cover_image_remains_for_the_library_view()
    {
        var style = EpubFixture.Style();
        style.Cover = false;
        var p = EpubPackage.Write(Doc, style, EpubFixture.Options(Doc));
        Assert.Equal("title.xhtml", p.Spine[0]);
        Assert.Single(p.Manifest.Values, v => v.Properties == "cover-image");
        Assert.DoesNotContain(p.NavOf("landmarks").Descendants(X + "a"), a => (string?)a.Attribute(Ops + "type") == "cover");
    }

    [Fact]
    public void Css_uses_relative_sizes_hyphenation_and_the_style_colours_and_no_fonts_unless_embedded()
    {
        var css = System.Text.Encoding.UTF8.GetString(Package.Entries[Package.Base + "css/briefing.css"]);
        Assert.DoesNotMatch(new Regex(@"font-size:\s*[\d.]+(px|pt)"), css);
        Assert.DoesNotMatch(new Regex(@"(^|[^-])width:\s*[\d.]+(px|pt|cm|mm|in)"), css);
        Assert.Contains("hyphens: auto", css);
        Assert.Contains("-epub-hyphens: auto", css);
        Assert.Contains("font-size: 1.905em", css); // chapter 20 pt over body 10.5 pt
        Assert.Contains("#1f3a5f", css);
        Assert.Contains("#1f4f8f", css);
        Assert.DoesNotContain("@font-face", css);
        Assert.DoesNotContain(Package.Manifest.Values, v => v.MediaType.StartsWith("font/"));
    }

    [Fact]
    public void Embedded_fonts_are_packaged_declared_and_licensed()
    {
        var style = EpubFixture.Style();
        style.Epub.EmbedFonts = true;
        var p = EpubPackage.Write(Doc, style, EpubFixture.Options(Doc));
        var fonts = p.Manifest.Values.Where(v => v.MediaType == "font/ttf").Select(v => v.Href).ToList();
        var expected = Briefing.Styles.StyleLoader.AllFontFiles(style).Distinct().Count();
        Assert.Equal(expected, fonts.Count);
        var css = System.Text.Encoding.UTF8.GetString(p.Entries[p.Base + "css/briefing.css"]);
        var urls = Regex.Matches(css, @"url\(""\.\./([^""]+)""\)").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Equal(fonts.Order(), urls.Order());
        foreach (var href in fonts)
            Assert.Equal(File.ReadAllBytes(Path.Combine(style.FontFolder, Path.GetFileName(href))), p.Entries[p.Base + href]);
        Assert.Contains(p.Manifest.Values, v => v.Href == "fonts/OFL.txt");
        Assert.Contains("font-family: \"Briefing Body\"", css);
    }

    [Fact]
    public void A_missing_font_to_embed_is_an_input_error_naming_the_style()
    {
        var style = EpubFixture.Style();
        style.Epub.EmbedFonts = true;
        style.Fonts.Body.Regular = "NoSuchFont.ttf";
        var e = Assert.Throws<InputException>(() => EpubPackage.Write(Doc, style, EpubFixture.Options(Doc)));
        Assert.Equal(style.SourcePath, e.Diagnostic.File);
        Assert.Contains("NoSuchFont.ttf", e.Message);
    }

    [Fact]
    public void A_document_without_chapters_faq_or_lede_still_has_a_toc_and_bodymatter()
    {
        var doc = new Document(new Metadata("Bare"), [], [], null, ImportReport.Empty("x"));
        var p = EpubPackage.Write(doc, EpubFixture.Style(), new EpubOptions(EpubFixture.Modified, new Dictionary<string, int>()));
        Assert.Equal(["cover.xhtml", "title.xhtml", "nav.xhtml"], p.Spine);
        Assert.Equal("title.xhtml", p.NavOf("toc").Descendants(X + "a").Single().Attribute("href")!.Value);
        Assert.Equal("title.xhtml", p.NavOf("landmarks").Descendants(X + "a").Single(a => (string?)a.Attribute(Ops + "type") == "bodymatter").Attribute("href")!.Value);
    }
}
