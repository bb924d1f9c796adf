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

/// <summary>A loose list (items apart in the source, as CommonMark defines it) is set with paragraph spacing between
/// its items in both editions, and written back loose; a tight one keeps item spacing.</summary>
public sealed class LooseListTests
{
    private const string Tight = "# T\n\n## C\n\n- Alpha item\n- Beta item\n- Gamma item\n";
    private const string Loose = "# T\n\n## C\n\n- Alpha item\n\n- Beta item\n\n- Gamma item\n";

    private static BulletList List(string source) => SourceReader.Parse(source, "l.md").Chapters[0].Blocks.OfType<BulletList>().Single();

    [Fact]
    public void The_reader_tells_loose_from_tight()
    {
        Assert.False(List(Tight).Loose);
        Assert.True(List(Loose).Loose);
    }

    /// <summary>The distance between the first two items' baselines on the page.</summary>
    private static double ItemStep(string source)
    {
        var layout = LayoutEngine.Layout(SourceReader.Parse(source, "l.md"), StyleLoader.Load(Repo.DefaultStyle), "a4");
        var ys = layout.Pages.SelectMany(p => p.Items).OfType<TextItem>()
            .Where(t => t.Text.StartsWith("Alpha", StringComparison.Ordinal) || t.Text.StartsWith("Beta", StringComparison.Ordinal)).Select(t => t.Y).ToList();
        return Math.Abs(ys[1] - ys[0]);
    }

    [Fact]
    public void Loose_items_stand_a_paragraph_apart_in_the_PDF()
    {
        var style = StyleLoader.Load(Repo.DefaultStyle);
        Assert.Equal(style.Spacing.Paragraph - 2, ItemStep(Loose) - ItemStep(Tight), 3);
    }

    [Fact]
    public void Loose_lists_are_marked_in_the_EPUB_and_written_back_loose()
    {
        var doc = SourceReader.Parse(Loose, "l.md");
        var package = EpubPackage.Write(doc, StyleLoader.Load(Repo.DefaultStyle), new EpubOptions(DateTimeOffset.UnixEpoch, new Dictionary<string, int>()));
        Assert.Equal("loose", (string?)package.ContentDocuments.SelectMany(d => d.Doc.Descendants(EpubPackage.X + "ul")).Single().Attribute("class"));
        Assert.True(List(MarkdownWriter.Write(doc)).Loose);
        Assert.False(List(MarkdownWriter.Write(SourceReader.Parse(Tight, "l.md"))).Loose);
    }
}
