using Briefing.Epub;
using Briefing.Layout;
using Briefing.MarkdownExport;
using Briefing.Model;
using Briefing.Readers;
using Briefing.Styles;
using Briefing.Tests.Epub;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Markdown;

/// <summary>Task lists ("- [ ] …", "- [x] …") are read as items with a checked state: a box for a marker in the PDF
/// (☐ / ☑, from the symbols fallback font), the same box with its state in words in the EPUB, and "[ ]" / "[x]" again
/// on import — never the brackets as text.</summary>
public sealed class TaskListTests
{
    private const string Source = "# Tasks\n\nIntro.\n\n## Onboarding\n\n- [ ] Order a headset\n- [x] Sign the contract\n- Plain item\n";

    private static Document Read(string source) => SourceReader.Parse(source, "t.md");

    private static BulletList List(Document document) => document.Chapters[0].Blocks.OfType<BulletList>().Single();

    [Fact]
    public void Items_carry_their_state_and_lose_the_brackets()
    {
        var items = List(Read(Source)).Items;
        Assert.Equal([false, true, null], items.Select(i => i.Task));
        Assert.Equal(["Order a headset", "Sign the contract", "Plain item"],
            items.Select(i => Inlines.PlainText(((Paragraph)i.Blocks[0]).Content)));
    }

    [Fact]
    public void The_PDF_prints_a_box_for_each_task_from_the_symbols_font()
    {
        var layout = LayoutEngine.Layout(Read(Source), StyleLoader.Load(Repo.DefaultStyle), "a4");
        var texts = layout.Pages.SelectMany(p => p.Items).OfType<TextItem>().ToList();
        Assert.DoesNotContain(texts, t => t.Text.Contains('[', StringComparison.Ordinal));
        var boxes = texts.Where(t => t.Text is "\u2610" or "\u2611").ToList();
        Assert.Equal(["\u2610", "\u2611"], boxes.Select(t => t.Text));
        Assert.All(boxes, b => Assert.Contains("Symbols2", Path.GetFileName(layout.Fonts[b.Face]), StringComparison.Ordinal));
        // Each box stands left of its item's words, where a bullet would.
        var headset = texts.Single(t => t.Text.StartsWith("Order", StringComparison.Ordinal));
        Assert.True(boxes[0].X < headset.X && Math.Abs(boxes[0].Y - headset.Y) < 0.5);
        Assert.Contains(texts, t => t.Text == "\u2022");
    }

    [Fact]
    public void The_EPUB_sets_the_box_with_its_state_in_words()
    {
        var doc = Read(Source);
        var package = EpubPackage.Write(doc, StyleLoader.Load(Repo.DefaultStyle), new EpubOptions(DateTimeOffset.UnixEpoch, new Dictionary<string, int>()));
        var items = package.ContentDocuments.SelectMany(d => d.Doc.Descendants(EpubPackage.X + "li"))
            .Where(li => !li.Ancestors(EpubPackage.X + "nav").Any()).ToList();
        Assert.Equal(["task", "task", null], items.Select(li => (string?)li.Attribute("class")));
        var boxes = items.Take(2).Select(li => li.Element(EpubPackage.X + "p")!.Elements().First()).ToList();
        Assert.Equal(["\u2610", "\u2611"], boxes.Select(b => b.Value));
        Assert.Equal(["not done", "done"], boxes.Select(b => (string?)b.Attribute("aria-label")));
        Assert.All(boxes, b => Assert.Equal("img", (string?)b.Attribute("role")));
        Assert.DoesNotContain(items, li => li.Value.Contains('[', StringComparison.Ordinal));
        Assert.Equal("erledigt", (string?)EpubPackage.Write(Read("---\nlanguage: de\n---\n" + Source), StyleLoader.Load(Repo.DefaultStyle),
            new EpubOptions(DateTimeOffset.UnixEpoch, new Dictionary<string, int>())).ContentDocuments
            .SelectMany(d => d.Doc.Descendants(EpubPackage.X + "span")).Single(s => s.Value == "\u2611").Attribute("aria-label"));
    }

    [Fact]
    public void Import_writes_the_boxes_back_and_they_read_back_the_same()
    {
        var markdown = MarkdownWriter.Write(Read(Source));
        Assert.Contains("- [ ] Order a headset\n- [x] Sign the contract\n- Plain item\n", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("\\[", markdown, StringComparison.Ordinal);
        Assert.Equal([false, true, null], List(Read(markdown)).Items.Select(i => i.Task));
    }

    [Fact]
    public void A_task_that_is_only_a_nested_list_keeps_it_through_the_import()
    {
        // Written as "- [ ] - [x] nested", it read back as one task whose words were "- nested": the nested list was lost.
        const string source = "# Tasks\n\nIntro.\n\n## Plan\n\n- [ ]\n    - [x] nested done\n- [ ] open\n";
        var markdown = MarkdownWriter.Write(Read(source));
        Assert.Contains("- [ ]\n  - [x] nested done\n- [ ] open\n", markdown, StringComparison.Ordinal);
        var again = List(Read(markdown));
        Assert.Equal([false, false], again.Items.Select(i => i.Task));
        Assert.Equal([true], again.Items[0].Blocks.OfType<BulletList>().Single().Items.Select(i => i.Task));
        Assert.Equal(markdown, MarkdownWriter.Write(Read(markdown)));
    }

    [Fact]
    public void A_numbered_task_keeps_its_number_before_the_box_in_both_editions()
    {
        // A numbered checklist is a sequence of steps: GitHub shows "3. ☐"; the number was lost for the box.
        const string source = "# Tasks\n\nIntro.\n\n## Release\n\n3. [x] Tag the build\n4. [ ] Publish the notes\n";
        var doc = Read(source);
        var layout = LayoutEngine.Layout(doc, StyleLoader.Load(Repo.DefaultStyle), "a4");
        var texts = layout.Pages.SelectMany(p => p.Items).OfType<TextItem>().ToList();
        var page = layout.Pages.Single(p => p.Items.OfType<TextItem>().Any(t => t.Text.StartsWith("Tag", StringComparison.Ordinal))).Items.OfType<TextItem>().ToList();
        var tag = page.Single(t => t.Text.StartsWith("Tag", StringComparison.Ordinal));
        var before = page.Where(t => Math.Abs(t.Y - tag.Y) < 0.5 && t.X < tag.X).OrderBy(t => t.X).Select(t => t.Text);
        Assert.Equal("3.\u00A0\u2611", string.Concat(before).Replace(" ", "\u00A0", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Text.Contains("4.", StringComparison.Ordinal));
        Assert.Equal(2, texts.Count(t => t.Text.Contains('\u2610') || t.Text.Contains('\u2611')));

        var package = EpubPackage.Write(doc, StyleLoader.Load(Repo.DefaultStyle), new EpubOptions(DateTimeOffset.UnixEpoch, new Dictionary<string, int>()));
        var list = package.ContentDocuments.SelectMany(d => d.Doc.Descendants(EpubPackage.X + "ol"))
            .Single(ol => !ol.Ancestors(EpubPackage.X + "nav").Any());
        Assert.Equal("3", (string?)list.Attribute("start"));
        Assert.Equal(["task", "task"], list.Elements(EpubPackage.X + "li").Select(li => (string?)li.Attribute("class")));
        // The stylesheet hides the marker of a bulleted task only, so the number stays.
        var css = System.Text.Encoding.UTF8.GetString(package.Entries.Single(e => e.Key.EndsWith(".css", StringComparison.Ordinal)).Value);
        Assert.Contains("ul > li.task {", css, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?m)^\s*li\.task\s*\{", css);
        Assert.Contains("3. [x] Tag the build\n4. [ ] Publish the notes\n", MarkdownWriter.Write(doc), StringComparison.Ordinal);
    }

    [EpubCheckFact]
    public void An_EPUB_with_task_lists_is_clean()
    {
        var doc = Read(Source);
        var result = EpubCheck.Run(EpubPackage.Write(doc, StyleLoader.Load(Repo.DefaultStyle), new EpubOptions(DateTimeOffset.UnixEpoch, new Dictionary<string, int>())).Bytes, "tasks");
        Assert.True(result.Fatals + result.Errors + result.Warnings == 0, result.ToString());
    }
}
