using Briefing.Layout;
using Briefing.Model;
using Briefing.Readers;
using Briefing.Styles;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Layout;

/// <summary>Each contents entry leads to its page number, and a title's own number hangs.</summary>
public sealed class ContentsEntryTests
{
    private static Style StyleNamed(string name) => StyleLoader.Load(Path.Combine(Repo.Root, "styles", name + ".yaml"));

    /// <summary>The contents entries: for each, its lines' texts (without leaders) and whether it has leaders.</summary>
    private static List<(List<TextLine> Lines, bool Leaders)> Entries(LaidOutDocument layout)
    {
        var drawn = LayoutReader.Walk(layout).Where(d => d.Item is TextItem).ToList();
        var entries = drawn.Where(d => d.Open.Any(o => o.Tag == StructureTag.TableOfContentsItem))
            .GroupBy(d => (object)d.Open.First(o => o.Tag == StructureTag.TableOfContentsItem), ReferenceEqualityComparer.Instance);   // tags are records: each entry is its own instance
        return entries.Select(g =>
        {
            var leaders = g.Any(d => d.Open.Any(o => o.Tag == StructureTag.Artifact) && ((TextItem)d.Item).Text.StartsWith(". .", StringComparison.Ordinal));
            var lines = g.Where(d => !d.Open.Any(o => o.Tag == StructureTag.Artifact))
                .GroupBy(d => ((TextItem)d.Item).Y)
                .Select(l => new TextLine(l.First().Page, l.Key, l.Min(d => ((TextItem)d.Item).X), 0,
                    string.Concat(l.OrderBy(d => ((TextItem)d.Item).X).Select(d => ((TextItem)d.Item).Text)), l.Select(d => (TextItem)d.Item).ToList()))
                .ToList();
            return (lines, leaders);
        }).ToList();
    }

    [Theory]
    [InlineData("briefing")]
    [InlineData("report")]
    [InlineData("memo")]
    public void Every_entry_of_the_seed_has_leaders(string style)
    {
        var chosen = StyleNamed(style);
        var layout = LayoutEngine.Layout(SourceReader.Read(Repo.SeedText), chosen, chosen.Paper);   // report is Letter: entry 1 filled its line
        var entries = Entries(layout);
        Assert.True(entries.Count > 40, $"{entries.Count} entries");
        Assert.All(entries, e => Assert.True(e.Leaders, "no leaders: " + string.Join(" / ", e.Lines.Select(l => l.Text))));
    }

    [Fact]
    public void A_title_numbered_in_its_text_wraps_under_its_words()
    {
        var doc = SourceReader.Parse(
            """
            # Rules

            ## II. ELEMENTARY RULES OF USAGE

            ### 2. In a series of three or more terms with a single conjunction, use a comma after each term except the last, and then some more words to wrap.

            Text.
            """, "rules.md");
        var style = StyleNamed("briefing");
        var layout = LayoutEngine.Layout(doc, style, "a4");
        var entry = Entries(layout).Single(e => e.Lines[0].Text.StartsWith("2.", StringComparison.Ordinal));
        Assert.True(entry.Lines.Count >= 2);
        var ctx = new LayoutContext(style, "a4", "en", new HashSet<string>());
        var textStart = entry.Lines[0].Left + ctx.Measure("2. ", ctx.BodyStyle);   // a section's entry is in the body face
        foreach (var line in entry.Lines.Skip(1)) Assert.Equal(textStart, line.Left, 0);
    }
}
