using System.Xml.Linq;
using Briefing.Epub;
using Briefing.Model;
using Xunit;
using static Briefing.Tests.Epub.EpubPackage;

namespace Briefing.Tests.Epub;

/// <summary>Reading order, the nav document (toc, landmarks, page-list), the NCX, and that every link lands.</summary>
public class EpubNavigationTests
{
    private static readonly Document Doc = EpubFixture.Document();
    private static readonly EpubPackage Package = EpubPackage.Write(Doc, EpubFixture.Style(), EpubFixture.Options(Doc));

    [Fact]
    public void Spine_is_cover_title_contents_chapters_appendix()
    {
        Assert.Equal(["cover.xhtml", "title.xhtml", "nav.xhtml", "chapter-01.xhtml", "chapter-02.xhtml", "chapter-03.xhtml", "faq.xhtml"], Package.Spine);
        var spine = Package.Opf_.Root!.Element(Opf + "spine")!;
        Assert.Equal("application/x-dtbncx+xml", Package.Manifest[spine.Attribute("toc")!.Value].MediaType);
        Assert.All(Package.Spine, href => Assert.EndsWith(".xhtml", href));
    }

    [Fact]
    public void Nav_toc_equals_the_models_headings()
    {
        Assert.Equal(ExpectedToc(Doc, labels: false), Flatten(Package.NavOf("toc").Element(X + "ol")!));
    }

    [Fact]
    public void Nav_toc_lists_labels_when_the_style_asks()
    {
        var style = EpubFixture.Style();
        style.Epub.TocLabels = true;
        var package = EpubPackage.Write(Doc, style, EpubFixture.Options(Doc));
        var toc = Flatten(package.NavOf("toc").Element(X + "ol")!);
        Assert.Equal(ExpectedToc(Doc, labels: true), toc);
        Assert.Contains("3/Turkey", toc);
        Assert.Contains("2/Short term", toc);
    }

    [Fact]
    public void Ncx_mirrors_the_toc_and_names_the_package_identifier()
    {
        var ncxHref = Package.Manifest.Values.Single(v => v.MediaType == "application/x-dtbncx+xml").Href;
        var ncx = Package.Doc(ncxHref);
        var uid = ncx.Descendants(Ncx + "meta").Single(m => (string?)m.Attribute("name") == "dtb:uid").Attribute("content")!.Value;
        Assert.Equal(Package.Metadata.Element(Dc + "identifier")!.Value, uid);
        var points = ncx.Descendants(Ncx + "navPoint").ToList();
        Assert.Equal(ExpectedToc(Doc, labels: false).Count, points.Count);
        Assert.Equal(Enumerable.Range(1, points.Count).Select(i => i.ToString()), points.Select(p => p.Attribute("playOrder")!.Value));
        foreach (var src in ncx.Descendants(Ncx + "content").Select(c => c.Attribute("src")!.Value))
            Assert.True(Package.Resolves(src, ncxHref, out var why), why);
    }

    [Fact]
    public void Landmarks_name_cover_toc_bodymatter_and_appendix()
    {
        var links = Package.NavOf("landmarks").Descendants(X + "a").ToDictionary(a => a.Attribute(Ops + "type")!.Value, a => a.Attribute("href")!.Value);
        Assert.Equal("cover.xhtml", links["cover"]);
        Assert.Equal("chapter-01.xhtml", links["bodymatter"]);
        Assert.Equal("faq.xhtml", links["appendix"]);
        Assert.StartsWith("nav.xhtml#", links["toc"]);
        foreach (var href in links.Values) Assert.True(Package.Resolves(href, "nav.xhtml", out var why), why);
    }

    [Fact]
    public void Page_list_links_a_marker_before_the_first_anchor_of_each_page()
    {
        var pages = EpubFixture.Pages(Doc);
        var expected = ModelAnchors.InReadingOrder(Doc).GroupBy(id => pages[id]).Select(g => (Page: g.Key, Anchor: g.First())).ToList();
        var entries = Package.NavOf("page-list").Descendants(X + "a").ToList();
        Assert.Equal(expected.Select(e => e.Page.ToString()), entries.Select(a => a.Value));
        for (var i = 0; i < entries.Count; i++)
        {
            var href = entries[i].Attribute("href")!.Value;
            Assert.True(Package.Resolves(href, "nav.xhtml", out var why), why);
            var (file, id) = (href[..href.IndexOf('#')], href[(href.IndexOf('#') + 1)..]);
            var marker = Package.Doc(file).Descendants().Single(e => (string?)e.Attribute("id") == id);
            Assert.Equal("pagebreak", marker.Attribute(Ops + "type")?.Value);
            Assert.Equal("doc-pagebreak", marker.Attribute("role")?.Value);
            Assert.Equal(expected[i].Page.ToString(), marker.Attribute("aria-label")?.Value);
            Assert.True(marker.IsEmpty || marker.Value.Length == 0, "markers are empty");
            Assert.Equal(expected[i].Anchor, (marker.ElementsAfterSelf().First()).Attribute("id")?.Value);
        }
        Assert.Equal("pageNavigation", Feature("pageNavigation"));
        Assert.Equal("pagination", Package.Metadata.Elements(Opf + "meta").Single(m => (string?)m.Attribute("property") == "source-of").Value);
    }

    [Fact]
    public void No_page_list_markers_or_page_claims_without_printed_pages()
    {
        var package = EpubPackage.Write(Doc, EpubFixture.Style(), new EpubOptions(EpubFixture.Modified, new Dictionary<string, int>()));
        Assert.DoesNotContain(package.Nav.Descendants(X + "nav"), n => (string?)n.Attribute(Ops + "type") == "page-list");
        Assert.DoesNotContain(package.ContentDocuments.SelectMany(d => d.Doc.Descendants()), e => (string?)e.Attribute(Ops + "type") == "pagebreak");
        var features = package.Metadata.Elements(Opf + "meta").Where(m => (string?)m.Attribute("property") == "schema:accessibilityFeature").Select(m => m.Value);
        Assert.DoesNotContain("pageNavigation", features);
        Assert.DoesNotContain("pageBreakMarkers", features);
        Assert.Null(package.Metadata.Element(Dc + "source"));
    }

    [Fact]
    public void Every_href_resolves_to_a_file_and_fragment()
    {
        foreach (var (_, href, _) in Package.Manifest.Values.Select(v => (0, v.Href, 0)))
            Assert.True(Package.Entries.ContainsKey(Package.Base + href), href);
        // Every file in the container (but the OCF ones) is in the manifest.
        var manifested = Package.Manifest.Values.Select(v => Package.Base + v.Href).Append(Package.OpfPath).ToHashSet();
        Assert.All(Package.EntryNames.Where(n => n != "mimetype" && !n.StartsWith("META-INF/")), n => Assert.Contains(n, manifested));

        var checkedLinks = 0;
        foreach (var (href, doc) in Package.ContentDocuments)
        {
            foreach (var e in doc.Descendants())
            {
                var target = (string?)e.Attribute("href") ?? (string?)e.Attribute("src");
                if (target is null || target.StartsWith("http://") || target.StartsWith("https://") || target.StartsWith("mailto:")) continue;
                Assert.True(Package.Resolves(target, href, out var why), why);
                checkedLinks++;
            }
        }
        Assert.True(checkedLinks > 50, $"only {checkedLinks} links checked");
    }

    [Fact]
    public void Ids_are_unique_in_every_document()
    {
        foreach (var (href, doc) in Package.ContentDocuments)
        {
            var ids = doc.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToList();
            Assert.True(ids.Count == ids.Distinct().Count(), $"duplicate id in {href}: {string.Join(",", ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key))}");
        }
    }

    [Fact]
    public void Duplicate_and_invalid_model_ids_still_give_unique_valid_ids()
    {
        var p1 = new Paragraph("same", Inlines.Text("first"));
        var p2 = new Paragraph("same", Inlines.Text("second"));
        var p3 = new Paragraph("has space", [new Link("#same", Inlines.Text("to first")), new Link("#has space", Inlines.Text("to third"))]);
        var doc = new Document(new Metadata("Ids"), [], [new Chapter(new Heading("same", Inlines.Text("Clash")), [p1, p2, p3], [])], null, ImportReport.Empty("x"));
        var package = EpubPackage.Write(doc, EpubFixture.Style(), new EpubOptions(EpubFixture.Modified, new Dictionary<string, int> { ["has space"] = 2 }));
        var chapter = package.Doc("chapter-01.xhtml");
        var ids = chapter.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.DoesNotContain(' ', id));
        var links = chapter.Descendants(X + "a").Select(a => a.Attribute("href")!.Value).ToList();
        Assert.Equal(2, links.Count);
        Assert.Equal("#same", links[0]); // the first element that took the id
        Assert.True(package.Resolves("chapter-01.xhtml" + links[1], "chapter-01.xhtml", out var why), why);
        Assert.Contains("to third", chapter.Descendants().Single(e => (string?)e.Attribute("id") == links[1][1..]).Value);
    }

    [Fact]
    public void Headings_descend_one_level_at_a_time_in_every_document()
    {
        var style = EpubFixture.Style();
        foreach (var runIn in new[] { true, false })
        {
            style.RunInLabels = runIn;
            var package = EpubPackage.Write(Doc, style, EpubFixture.Options(Doc));
            foreach (var (href, doc) in package.ContentDocuments)
            {
                var levels = doc.Descendants().Where(e => e.Name.Namespace == X && e.Name.LocalName is ['h', >= '1' and <= '6'])
                    .Select(e => e.Name.LocalName[1] - '0').ToList();
                if (href == "cover.xhtml") { Assert.Empty(levels); continue; }
                Assert.Equal(1, levels[0]);
                for (var i = 1; i < levels.Count; i++)
                    Assert.True(levels[i] <= levels[i - 1] + 1, $"{href}: h{levels[i - 1]} followed by h{levels[i]}");
            }
        }
    }

    private static string Feature(string name) =>
        Package.Metadata.Elements(Opf + "meta").Where(m => (string?)m.Attribute("property") == "schema:accessibilityFeature")
            .Select(m => m.Value).Single(v => v == name);

    /// <summary>"depth/label" lines in order (label colons trimmed).</summary>
    private static List<string> Flatten(XElement ol)
    {
        var lines = new List<string>();
        var stack = new Stack<(XElement Li, int Depth)>();
        foreach (var li in ol.Elements(X + "li").Reverse()) stack.Push((li, 1));
        while (stack.Count > 0)
        {
            var (li, depth) = stack.Pop();
            lines.Add($"{depth}/{li.Element(X + "a")!.Value}");
            foreach (var child in li.Element(X + "ol")?.Elements(X + "li").Reverse() ?? []) stack.Push((child, depth + 1));
        }
        return lines;
    }

    private static List<string> ExpectedToc(Document doc, bool labels)
    {
        var lines = new List<string>();
        foreach (var (c, _) in doc.ReadingOrder())
        {
            if (c is null)
            {
                lines.Add($"1/{doc.FaqHeading(doc.Metadata.Words)!.Text}");   // as the PDF prints it
                foreach (var e in doc.Faq!.Entries)
                {
                    lines.Add($"2/{e.Question.Text}");
                    if (labels) lines.AddRange(Labels(e.Answer).Select(l => $"3/{l}"));
                }
                continue;
            }
            lines.Add($"1/{c.Heading.Text}");
            if (labels) lines.AddRange(Labels(c.Blocks).Select(l => $"2/{l}"));
            foreach (var s in c.Sections)
            {
                lines.Add($"2/{s.Heading.Text}");
                if (labels) lines.AddRange(Labels(s.Blocks).Select(l => $"3/{l}"));
            }
        }
        return lines;
    }

    private static IEnumerable<string> Labels(IEnumerable<Block> blocks)
    {
        foreach (var b in blocks)
        {
            switch (b)
            {
                case Label l:
                    yield return l.Heading.Text.TrimEnd(':');
                    foreach (var x in Labels(l.Blocks)) yield return x;
                    break;
                case BulletList list: foreach (var x in Labels(list.Items)) yield return x; break;
                case ListItem item: foreach (var x in Labels(item.Blocks)) yield return x; break;
                case Quote q: foreach (var x in Labels(q.Blocks)) yield return x; break;
            }
        }
    }
}
