using Briefing.Layout;
using Briefing.Layout.Flow;
using Briefing.Model;
using Briefing.Readers;
using Briefing.Styles;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Layout;

/// <summary>A contents that runs a few lines onto a page of its own is set a little closer instead.</summary>
public sealed class ContentsSpacingTests
{
    private static readonly Lazy<Document> Seed = new(() => SourceReader.Read(Repo.SeedText));

    private static Style Briefing() => StyleLoader.Load(Path.Combine(Repo.Root, "styles", "briefing.yaml"));

    /// <summary>The baselines of the contents' lines, page by page.</summary>
    private static Dictionary<int, List<double>> ContentsBaselines(LaidOutDocument layout) =>
        LayoutReader.Walk(layout)
            .Where(d => d.Item is TextItem && d.Open.Any(o => o.Tag == StructureTag.TableOfContentsItem))
            .GroupBy(d => d.Page)
            .ToDictionary(g => g.Key, g => g.Select(d => Math.Round(((TextItem)d.Item).Y, 2)).Distinct().Order().ToList());

    /// <summary>The usual distance between two entries' baselines: that of two sections (a chapter's entry is set in
    /// another face, whose baseline sits a little differently, and has a gap above it).</summary>
    private static double Pitch(Dictionary<int, List<double>> pages)
    {
        var steps = pages.Values.SelectMany(b => b.Zip(b.Skip(1), (a, c) => c - a)).Order().ToList();
        return steps[steps.Count / 2];
    }

    private static Document Chapters(Document document, int copies, int take) => document with
    {
        Chapters = Enumerable.Range(0, copies).SelectMany(k => document.Chapters.Take(take).Select(c => c with
        {
            Heading = c.Heading with { Id = $"{c.Heading.Id}-{k}" },
            Sections = c.Sections.Select(s => s with { Heading = s.Heading with { Id = $"{s.Heading.Id}-{k}" } }).ToList(),
        })).ToList(),
    };

    [Fact]
    public void The_seed_contents_is_set_closer_to_fit_one_full_page()
    {
        var style = Briefing();
        var layout = LayoutEngine.Layout(Seed.Value, style, "a4");
        var pages = ContentsBaselines(layout);

        Assert.Single(pages);   // at the style's 14.6 pt it runs eight lines onto a second page
        var pitch = Pitch(pages);
        Assert.InRange(pitch, style.Sizes.Leading * FrontComposer.TightestContents - 0.01, style.Sizes.Leading - 0.5);
        // The loosest spacing that fits: the entries reach the foot of the text block, not a line short of it.
        var frameHeight = layout.Pages[0].Height - style.Margins.Top - style.Margins.Bottom;
        var baselines = pages.Values.Single();
        Assert.True(baselines[^1] > style.Margins.Top + frameHeight - 2 * pitch,
            $"last entry at {baselines[^1]:F1}, foot of the text block at {style.Margins.Top + frameHeight:F1}");
        foreach (var (anchor, page) in LayoutEngineTests.ContentsEntries(layout)) Assert.Equal(layout.PageOfAnchor[anchor], page);
    }

    [Fact]
    public void A_contents_that_fits_keeps_the_style_spacing()
    {
        var style = Briefing();
        var layout = LayoutEngine.Layout(Chapters(Seed.Value, 1, 5), style, "a4");
        var pages = ContentsBaselines(layout);
        Assert.Single(pages);
        Assert.Equal(style.Sizes.Leading, Pitch(pages), 2);
    }

    [Fact]
    public void A_long_contents_keeps_the_style_spacing_on_every_page()
    {
        var style = Briefing();
        var layout = LayoutEngine.Layout(Chapters(Seed.Value, 4, int.MaxValue), style, "a4");
        var pages = ContentsBaselines(layout);
        Assert.True(pages.Count > 3, $"{pages.Count} contents pages");
        Assert.Equal(style.Sizes.Leading, Pitch(pages), 2);
        foreach (var (anchor, page) in LayoutEngineTests.ContentsEntries(layout)) Assert.Equal(layout.PageOfAnchor[anchor], page);
    }
}
