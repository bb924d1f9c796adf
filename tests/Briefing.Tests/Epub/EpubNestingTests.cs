using System.Xml.Linq;
using Briefing.Epub;
using Briefing.Model;
using Xunit;
using static Briefing.Tests.Epub.EpubPackage;

namespace Briefing.Tests.Epub;

/// <summary>Pathological nesting: a list 1,000 deep, quotes and emphasis 1,000 deep, on a small stack.</summary>
public class EpubNestingTests
{
    internal const int Depth = 1000;

    /// <summary>A chapter with a list, a quote and emphasis each nested <see cref="Depth"/> deep.</summary>
    internal static Document DeepDocument()
    {
        Block list = new BulletList([new ListItem([new Paragraph($"item{Depth}", Inlines.Text($"level {Depth}"))])]);
        for (var i = Depth - 1; i >= 1; i--)
            list = new BulletList([new ListItem([new Paragraph($"item{i}", Inlines.Text($"level {i}")), list])], Ordered: i % 2 == 0);
        Block quote = new Quote([new Paragraph("deep-quote", Inlines.Text("innermost quote"))]);
        for (var i = 0; i < Depth; i++) quote = new Quote([quote]);
        Inline em = new TextRun("innermost emphasis");
        for (var i = 0; i < Depth; i++) em = i % 2 == 0 ? new Emphasis([em]) : new Strong([em]);
        Block label = new Paragraph("deep-label", Inlines.Text("under the deepest label"));
        for (var i = Depth; i >= 1; i--) label = new Label(new Heading($"label-{i}", Inlines.Text($"Label {i}")), [label]);
        var chapter = new Chapter(new Heading("deep", Inlines.Text("Deep")), [list, quote, new Paragraph("em", [em]), label], []);
        return new Document(new Metadata("Deep nesting"), [], [chapter], null, ImportReport.Empty("deep.md"));
    }

    private static EpubPackage WriteOnSmallStack(Document doc, EpubOptions options)
    {
        EpubPackage? package = null;
        Exception? error = null;
        // 256 KiB: far too little for recursion over 1,000 levels of nested containers.
        var thread = new Thread(() =>
        {
            try { package = EpubPackage.Write(doc, EpubFixture.Style(), options); }
            catch (Exception e) { error = e; }
        }, 256 * 1024);
        thread.Start();
        thread.Join();
        if (error is not null) throw new Exception("write failed", error);
        return package!;
    }

    [Fact]
    public void Thousand_deep_nesting_is_written_flattened_with_all_text_kept()
    {
        var doc = DeepDocument();
        var pages = new Dictionary<string, int> { ["item1"] = 2, [$"item{Depth}"] = 3, ["deep-quote"] = 4, ["deep-label"] = 5 };
        var p = WriteOnSmallStack(doc, new EpubOptions(EpubFixture.Modified, pages));
        var ch = p.Doc("chapter-01.xhtml");
        var text = ch.Root!.Value;
        for (var i = 1; i <= Depth; i++) Assert.Contains($"level {i}", text);
        Assert.Contains("innermost quote", text);
        Assert.Contains("innermost emphasis", text);
        Assert.Contains("under the deepest label", text);

        var maxDepth = ch.Descendants().Max(e => e.Ancestors().Count());
        Assert.InRange(maxDepth, XhtmlBlocks.MaxNesting, 2 * XhtmlBlocks.MaxNesting + XhtmlInlines.MaxDepth + 10);
        Assert.Contains(ch.DescendantNodes().OfType<XComment>(), c => c.Value.Contains("flattened"));
        // Every item keeps its id (the page-list can still point into the flattened part).
        Assert.True(p.Resolves("chapter-01.xhtml#item1000", "nav.xhtml", out var why), why);
        Assert.Equal(4, p.NavOf("page-list").Descendants(X + "a").Count());
        // Label headings stop at h6 and never skip a level.
        var levels = ch.Descendants().Where(e => e.Name.LocalName is ['h', >= '1' and <= '6']).Select(e => e.Name.LocalName[1] - '0').ToList();
        for (var i = 1; i < levels.Count; i++) Assert.True(levels[i] <= levels[i - 1] + 1);
        Assert.Equal(6, levels.Max());
    }
}
