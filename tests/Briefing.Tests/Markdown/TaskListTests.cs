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

    [EpubCheckFact]
    public void An_EPUB_with_task_lists_is_clean()
    {
        var doc = Read(Source);
        var result = EpubCheck.Run(EpubPackage.Write(doc, StyleLoader.Load(Repo.DefaultStyle), new EpubOptions(DateTimeOffset.UnixEpoch, new Dictionary<string, int>())).Bytes, "tasks");
        Assert.True(result.Fatals + result.Errors + result.Warnings == 0, result.ToString());
    }
}
