using System.Diagnostics;
using System.Globalization;
using Briefing.Layout;
using Briefing.Model;
using Briefing.Styles;
using Xunit;
using Xunit.Abstractions;

namespace Briefing.Tests.Layout;

/// <summary>The whole layout of realistic documents, checked without a PDF.</summary>
public sealed class LayoutEngineTests(ITestOutputHelper output)
{
    private static readonly Lazy<LaidOutDocument> A4 = new(() => LayoutEngine.Layout(BriefingFixture.Document(), BriefingFixture.Style(), "a4"));

    private static readonly StructureTag[] Grouping =
        [StructureTag.Section, StructureTag.TableOfContents, StructureTag.TableOfContentsItem, StructureTag.BlockQuote,
         StructureTag.List, StructureTag.ListItem, StructureTag.Table, StructureTag.TableRow];

    private static Style StyleWith(Action<Style> change)
    {
        var style = BriefingFixture.Style();
        change(style);
        return style;
    }

    /// <summary>Contents entries: anchor → printed page number (the entry's last text item).</summary>
    internal static Dictionary<string, int> ContentsEntries(LaidOutDocument layout)
    {
        var entries = new Dictionary<string, int>();
        var open = new List<BeginTag>();
        string? anchor = null;
        string? lastText = null;
        foreach (var page in layout.Pages)
            foreach (var item in page.Items)
            {
                switch (item)
                {
                    case BeginTag b:
                        open.Add(b);
                        if (b.Tag == StructureTag.Link && open.Any(o => o.Tag == StructureTag.TableOfContentsItem)) anchor = b.Link!.Anchor;
                        break;
                    case EndTag:
                        if (open[^1].Tag == StructureTag.Link && anchor is not null)
                        {
                            entries[anchor] = int.Parse(lastText!, CultureInfo.InvariantCulture);
                            anchor = null;
                        }
                        open.RemoveAt(open.Count - 1);
                        break;
                    case TextItem t when anchor is not null && !open.Any(o => o.Tag == StructureTag.Artifact):
                        lastText = t.Text;
                        break;
                }
            }
        return entries;
    }

    private static IEnumerable<Heading> Headings(Document d)
    {
        foreach (var c in d.Chapters)
        {
            yield return c.Heading;
            foreach (var s in c.Sections) yield return s.Heading;
        }
        if (d.Faq is { } faq)
        {
            yield return faq.Heading;
            foreach (var e in faq.Entries) yield return e.Question;
        }
    }

    [Fact]
    public void Contents_page_numbers_are_the_pages_where_the_headings_land()
    {
        var layout = A4.Value;
        var document = BriefingFixture.Document();
        var entries = ContentsEntries(layout);
        var expected = document.Chapters.SelectMany(c => new[] { c.Heading.Id }.Concat(c.Sections.Select(s => s.Heading.Id)))
            .Append(document.Faq!.Heading.Id).ToList();
        Assert.Equal(expected.Order(), entries.Keys.Order());
        foreach (var (anchor, page) in entries)
            Assert.Equal(layout.PageOfAnchor[anchor], page);
        // And the heading text really is on that page.
        var h1 = LayoutReader.Elements(layout, StructureTag.Heading1);
        foreach (var chapter in document.Chapters)
            Assert.Contains(h1, h => h.Text == chapter.Heading.Text && h.Page == entries[chapter.Heading.Id]);
    }

    [Fact]
    public void A_document_that_is_all_questions_lists_them_in_its_contents()
    {
        var fixture = BriefingFixture.Document();
        var layout = LayoutEngine.Layout(fixture with { Chapters = [] }, BriefingFixture.Style(), "a4");
        var entries = ContentsEntries(layout);
        Assert.Equal(new[] { fixture.Faq!.Heading.Id }.Concat(fixture.Faq.Entries.Select(e => e.Question.Id)).Order(), entries.Keys.Order());
        foreach (var (anchor, page) in entries) Assert.Equal(layout.PageOfAnchor[anchor], page);
        // With chapters, the appendix is one line: the questions are listed on its own first page.
        Assert.DoesNotContain(ContentsEntries(A4.Value).Keys, k => fixture.Faq.Entries.Any(e => e.Question.Id == k));
    }

    [Fact]
    public void Contents_spanning_several_pages_still_give_the_right_numbers()
    {
        var fixture = BriefingFixture.Document();
        var chapters = Enumerable.Range(0, 12).SelectMany(k => fixture.Chapters.Select(c => c with
        {
            Heading = c.Heading with { Id = $"{c.Heading.Id}-{k}" },
            Sections = c.Sections.Select(s => s with { Heading = s.Heading with { Id = $"{s.Heading.Id}-{k}" } }).ToList(),
        })).ToList();
        var document = fixture with { Chapters = chapters };
        var layout = LayoutEngine.Layout(document, BriefingFixture.Style(), "a4");
        var entries = ContentsEntries(layout);
        var contentsPages = LayoutReader.Walk(layout).Where(d => d.Open.Any(o => o.Tag == StructureTag.TableOfContents)).Select(d => d.Page).Distinct().Count();
        Assert.True(contentsPages >= 3, $"contents take {contentsPages} pages");
        foreach (var (anchor, page) in entries) Assert.Equal(layout.PageOfAnchor[anchor], page);
    }

    [Fact]
    public void Every_heading_and_paragraph_id_has_the_page_its_text_is_on()
    {
        var layout = A4.Value;
        var document = BriefingFixture.Document();
        foreach (var h in Headings(document)) Assert.True(layout.PageOfAnchor.ContainsKey(h.Id), h.Id);
        var paragraphs = BodyTextIds(document);
        foreach (var id in paragraphs) Assert.True(layout.PageOfAnchor.ContainsKey(id), id);
        // The lede sits on the cover; chapter headings on their pages.
        Assert.Equal(1, layout.PageOfAnchor[((Paragraph)document.Lede[0]).Id]);
        var sections = LayoutReader.Elements(layout, StructureTag.Heading2).Where(h => h.Page > 2).ToList();
        foreach (var section in document.Chapters.SelectMany(c => c.Sections))
            Assert.Contains(sections, h => h.Text == section.Heading.Text && h.Page == layout.PageOfAnchor[section.Heading.Id]);
    }

    private static List<string> BodyTextIds(Document d)
    {
        var ids = new List<string>();
        var stack = new Stack<Block>(d.Lede.Concat(d.Chapters.SelectMany(c => c.Blocks.Concat(c.Sections.SelectMany(s => s.Blocks))))
            .Concat(d.Faq!.Entries.SelectMany(e => e.Answer)));
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case Paragraph p: ids.Add(p.Id); break;
                case Label l: foreach (var b in l.Blocks) stack.Push(b); break;
                case BulletList l: foreach (var b in l.Items) stack.Push(b); break;
                case ListItem i: foreach (var b in i.Blocks) stack.Push(b); break;
                case Quote q: foreach (var b in q.Blocks) stack.Push(b); break;
            }
        }
        return ids;
    }

    [Fact]
    public void Tags_nest_across_pages_and_everything_drawn_is_tagged()
    {
        var layout = A4.Value;
        var drawn = LayoutReader.Walk(layout);
        Assert.All(drawn, d =>
        {
            Assert.NotEmpty(d.Open);
            if (d.Item is TextItem && !LayoutReader.IsArtifact(d))
                Assert.DoesNotContain(d.Open[^1].Tag, Grouping);
        });
        // Page furniture and decoration are artifacts; contents, lists, tables and quotes are tagged.
        var tags = layout.Pages.SelectMany(p => p.Items).OfType<BeginTag>().Select(b => b.Tag).ToHashSet();
        foreach (var t in new[] { StructureTag.Artifact, StructureTag.Section, StructureTag.Heading1, StructureTag.Heading2,
                     StructureTag.Heading3, StructureTag.Paragraph, StructureTag.List, StructureTag.ListItem, StructureTag.Label,
                     StructureTag.ListBody, StructureTag.TableOfContents, StructureTag.TableOfContentsItem, StructureTag.Link,
                     StructureTag.BlockQuote, StructureTag.Table, StructureTag.TableRow, StructureTag.TableHeaderCell, StructureTag.TableDataCell })
            Assert.Contains(t, tags);
    }

    [Fact]
    public void Paragraphs_broken_across_pages_keep_two_lines_on_each_side()
    {
        var layout = A4.Value;
        var keep = BriefingFixture.Style().WidowsOrphans;
        var split = 0;
        foreach (var (lines, _) in ParagraphLines(layout))
        {
            var byPage = lines.GroupBy(l => l.Page).OrderBy(g => g.Key).Select(g => g.Count()).ToList();
            if (byPage.Count < 2) continue;
            split++;
            Assert.True(byPage[0] >= keep && byPage[^1] >= keep, $"split {string.Join("/", byPage)}");
        }
        Assert.True(split > 0, "the fixture should break some paragraph across pages");
    }

    /// <summary>Each paragraph element's distinct lines as (page, baseline).</summary>
    private static List<(List<(int Page, double Y)> Lines, string First)> ParagraphLines(LaidOutDocument layout)
    {
        var result = new List<(List<(int, double)>, string)>();
        var open = new List<(BeginTag Tag, List<(int, double)> Lines, string First)>();
        foreach (var page in layout.Pages)
            foreach (var item in page.Items)
            {
                switch (item)
                {
                    case BeginTag b: open.Add((b, [], "")); break;
                    case EndTag:
                        var c = open[^1];
                        open.RemoveAt(open.Count - 1);
                        if (c.Tag.Tag == StructureTag.Paragraph) result.Add((c.Lines, c.First));
                        break;
                    case TextItem t when open.Count > 0 && open.All(o => o.Tag.Tag != StructureTag.Artifact):
                        var p = open.FindLastIndex(o => o.Tag.Tag == StructureTag.Paragraph);
                        if (p < 0) break;
                        var key = (page.Number, Math.Round(t.Y, 1));
                        if (!open[p].Lines.Contains(key)) open[p].Lines.Add(key);
                        break;
                }
            }
        return result;
    }

    [Fact]
    public void Headings_are_never_last_on_a_page_and_two_lines_follow_them()
    {
        var layout = A4.Value;
        var drawn = LayoutReader.Walk(layout).Where(d => d.Item is TextItem && !LayoutReader.IsArtifact(d)).ToList();
        for (var i = 0; i < drawn.Count; i++)
        {
            var heading = drawn[i].Open.LastOrDefault(o => o.Tag is StructureTag.Heading1 or StructureTag.Heading2);
            if (heading is null) continue;
            // Skip to the heading's last item, then count the lines below it on the same page.
            var j = i;
            while (j + 1 < drawn.Count && drawn[j + 1].Open.Contains(heading)) j++;
            var page = drawn[j].Page;
            var y = ((TextItem)drawn[j].Item).Y;
            var below = drawn.Skip(j + 1).TakeWhile(d => d.Page == page).Select(d => Math.Round(((TextItem)d.Item).Y, 1)).Where(b => b > y + 0.5).Distinct().Count();
            var rest = drawn.Count - j - 1;
            if (rest > 0)
                Assert.True(below >= 2, $"heading on page {page} is followed by {below} line(s)");
            i = j;
        }
    }

    [Theory]
    [InlineData("a4")]
    [InlineData("letter")]
    public void Text_stays_inside_the_text_block_and_furniture_inside_the_margins(string paper)
    {
        var style = BriefingFixture.Style();
        var layout = paper == "a4" ? A4.Value : LayoutEngine.Layout(BriefingFixture.Document(), style, paper);
        var (width, height) = Paper.Size(paper);
        var m = style.Margins;
        Assert.All(layout.Pages, p => Assert.Equal((width, height), (p.Width, p.Height)));
        foreach (var d in LayoutReader.Walk(layout))
        {
            if (d.Item is not TextItem t) continue;
            var right = t.X + t.Width;
            Assert.True(t.X >= m.Left - 0.01 && right <= width - m.Right + 0.01, $"page {d.Page}: '{t.Text}' spans {t.X:0.0}–{right:0.0}");
            if (d.Page == 1) continue; // the cover sets its own vertical positions
            var inFrame = t.Y - t.Size * 0.75 >= m.Top - 0.5 && t.Y + t.Size * 0.25 <= height - m.Bottom + 0.5;
            if (!LayoutReader.IsArtifact(d))
                Assert.True(inFrame, $"page {d.Page}: '{t.Text}' at baseline {t.Y:0.0}");
            else if (!inFrame)
            {
                // Running header and footer: in the top or bottom margin, clear of the page edge.
                var inTop = t.Y + t.Size * 0.25 < m.Top && t.Y - t.Size > 0;
                var inBottom = t.Y - t.Size * 0.75 > height - m.Bottom && t.Y + t.Size < height;
                Assert.True(inTop || inBottom, $"page {d.Page}: furniture '{t.Text}' at {t.Y:0.0}");
            }
        }
    }

    [Fact]
    public void No_two_pieces_of_text_overlap()
    {
        var layout = A4.Value;
        foreach (var page in layout.Pages)
        {
            var boxes = page.Items.OfType<TextItem>()
                .Select(t => (Left: t.X, Right: t.X + t.Width, Top: t.Y - t.Size * 0.72, Bottom: t.Y + t.Size * 0.2, t.Text))
                .OrderBy(b => b.Top).ToList();
            for (var i = 0; i < boxes.Count; i++)
                for (var j = i + 1; j < boxes.Count && boxes[j].Top < boxes[i].Bottom; j++)
                {
                    var a = boxes[i];
                    var b = boxes[j];
                    var overlap = a.Left < b.Right - 0.01 && b.Left < a.Right - 0.01;
                    Assert.False(overlap, $"page {page.Number}: '{a.Text}' overlaps '{b.Text}'");
                }
        }
    }

    [Fact]
    public void Every_page_but_the_cover_says_page_n_of_m_and_body_pages_name_their_chapter()
    {
        var layout = A4.Value;
        var document = BriefingFixture.Document();
        Assert.DoesNotContain(LayoutReader.Lines(layout, 1), l => l.Text.StartsWith("page ", StringComparison.Ordinal));
        var openers = document.Chapters.Select(c => layout.PageOfAnchor[c.Heading.Id]).Append(layout.PageOfAnchor[document.Faq!.Heading.Id]).ToHashSet();
        openers.Add(LayoutReader.Elements(layout, StructureTag.Heading1).Single(h => h.Text == "Contents").Page);
        for (var n = 2; n <= layout.PageCount; n++)
        {
            var furniture = LayoutReader.Lines(layout, n, d => LayoutReader.IsArtifact(d)).Select(l => l.Text).ToList();
            Assert.Contains($"page {n} of {layout.PageCount}", furniture);
            if (openers.Contains(n)) continue;
            var chapter = document.Chapters.LastOrDefault(c => layout.PageOfAnchor[c.Heading.Id] <= n);
            var expected = n >= layout.PageOfAnchor[document.Faq.Heading.Id] ? "Appendix" : chapter?.Heading.Text[..12] ?? "Contents";
            Assert.Contains(furniture, f => f.Contains(expected, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Bookmarks_follow_the_headings_with_their_levels()
    {
        var layout = A4.Value;
        var document = BriefingFixture.Document();
        var expected = new List<(string, int)>();
        foreach (var c in document.Chapters)
        {
            expected.Add((c.Heading.Text, 1));
            foreach (var s in c.Sections)
            {
                expected.Add((s.Heading.Text, 2));
                foreach (var l in s.Blocks.OfType<Label>()) expected.Add((l.Heading.LabelName, 3));
            }
        }
        expected.Add(("Appendix \u2014 Frequently Asked Questions", 1));
        expected.AddRange(document.Faq!.Entries.Select(e => (e.Question.Text, 2)));
        Assert.Equal(expected, layout.Outline.Select(o => (o.Title, o.Level)).ToList());
        Assert.All(layout.Outline, o => Assert.Equal(layout.PageOfAnchor[o.Anchor], o.Page));
        var destinations = layout.Destinations.Select(d => d.Name).ToHashSet();
        Assert.All(layout.Outline, o => Assert.Contains(o.Anchor, destinations));
        // Every in-document link has a destination.
        var targets = layout.Pages.SelectMany(p => p.Items).OfType<BeginTag>().Where(b => b.Link?.Anchor is not null).Select(b => b.Link!.Anchor!).ToList();
        Assert.Contains("scenarios-to-2040", targets);
        Assert.All(targets, t => Assert.Contains(t, destinations));
    }

    [Fact]
    public void Numbered_chapters_and_sections_carry_their_numbers_in_text_contents_and_bookmarks()
    {
        var style = StyleWith(s => { s.Chapters.Numbered = true; s.NumberSections = true; });
        var layout = LayoutEngine.Layout(BriefingFixture.Document(), style, "a4");
        var h1 = LayoutReader.Elements(layout, StructureTag.Heading1).Select(h => h.Text).ToList();
        Assert.Contains(h1, t => t.StartsWith("3", StringComparison.Ordinal) && t.Contains("Hydrology", StringComparison.Ordinal));
        Assert.Contains(layout.Outline, o => o.Title == "3.2 Key Developments");
        foreach (var (anchor, page) in ContentsEntries(layout)) Assert.Equal(layout.PageOfAnchor[anchor], page);
    }

    [Fact]
    public void Without_a_cover_the_title_opens_the_first_page_and_numbers_still_agree()
    {
        var style = StyleWith(s => { s.Cover = false; s.Chapters.NewPage = false; s.RunInLabels = false; });
        var document = BriefingFixture.Document();
        var layout = LayoutEngine.Layout(document, style, "a4");
        var first = LayoutReader.Lines(layout, 1).Select(l => l.Text).ToList();
        Assert.Contains(first, t => t.StartsWith("Rivers & Borders", StringComparison.Ordinal));
        Assert.Equal(1, layout.PageOfAnchor[((Paragraph)document.Lede[0]).Id]);
        foreach (var (anchor, page) in ContentsEntries(layout)) Assert.Equal(layout.PageOfAnchor[anchor], page);
        // Chapters run on: fewer pages than with a page per chapter.
        Assert.True(layout.PageCount < A4.Value.PageCount);
        // Labels are heads of their own, without their run-in colon.
        var labels = LayoutReader.Elements(layout, StructureTag.Heading3);
        Assert.Contains(labels, l => l.Text == "Upstream view");
    }

    [Fact]
    public async Task A_thousand_deep_list_fits_the_page()
    {
        Block list = new Paragraph("deepest", Inlines.Text("The innermost item."));
        for (var i = 0; i < 1000; i++)
            list = new BulletList([new ListItem([new Paragraph($"level-{i}", Inlines.Text($"Item at depth {1000 - i}.")), list])]);
        var fixture = BriefingFixture.Document();
        var document = fixture with { Chapters = [new Chapter(fixture.Chapters[0].Heading, [list], [])], Faq = null };
        // On a pool thread, whose stack is smaller than the main thread's.
        var layout = await Task.Run(() => LayoutEngine.Layout(document, BriefingFixture.Style(), "a4"));
        var m = BriefingFixture.Style().Margins;
        var drawn = LayoutReader.Walk(layout);
        Assert.All(drawn.Select(d => d.Item).OfType<TextItem>(), t => Assert.True(t.X >= m.Left - 0.01 && t.X + t.Width <= layout.Pages[0].Width - m.Right + 0.01));
        var innermost = Assert.Single(drawn, d => d.Item is TextItem t && t.Text.Contains("innermost", StringComparison.Ordinal));
        Assert.Equal(1000, innermost.Open.Count(o => o.Tag == StructureTag.ListItem));
    }

    [Fact]
    public void An_empty_document_still_has_a_page()
    {
        var document = new Document(new Metadata("Empty"), [], [], null, ImportReport.Empty("empty.md"));
        var layout = LayoutEngine.Layout(document, BriefingFixture.Style(), "a4");
        Assert.Equal(1, layout.PageCount);
        LayoutReader.Walk(layout);
        var bare = LayoutEngine.Layout(document, StyleWith(s => s.Cover = false), "letter");
        Assert.Equal(1, bare.PageCount);
    }

    [Fact]
    public void Layout_time_grows_linearly_with_the_document()
    {
        var fixture = BriefingFixture.Document();
        Document Times(int n) => fixture with
        {
            Chapters = Enumerable.Range(0, n).SelectMany(k => fixture.Chapters.Select(c => c with
            {
                Heading = c.Heading with { Id = $"{c.Heading.Id}-{k}" },
                Sections = c.Sections.Select(s => s with { Heading = s.Heading with { Id = $"{s.Heading.Id}-{k}" } }).ToList(),
            })).ToList(),
        };
        var style = BriefingFixture.Style();
        LayoutEngine.Layout(Times(1), style, "a4"); // warm up: JIT, fonts, patterns
        // Best of three, so other work on the machine does not decide the outcome.
        (int Pages, double Ms) Time(Document d)
        {
            var best = double.MaxValue;
            var pages = 0;
            for (var run = 0; run < 3; run++)
            {
                var clock = Stopwatch.StartNew();
                pages = LayoutEngine.Layout(d, style, "a4").PageCount;
                best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
            }
            return (pages, best);
        }
        var (smallPages, smallTime) = Time(Times(2));
        var (largePages, largeTime) = Time(Times(16));
        output.WriteLine($"{smallPages} pages: {smallTime:0} ms; {largePages} pages: {largeTime:0} ms");
        Assert.True(largePages > 400);
        // Eight times the document: linear work takes about eight times as long, quadratic work sixty-four.
        Assert.True(largeTime < 20 * smallTime + 200, "layout is not linear");
        Assert.True(largeTime < 20_000);
    }
}
