using Briefing.Layout;
using Briefing.Readers;
using Briefing.Styles;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Layout;

/// <summary>No page turns in the middle of a hyphenated word (TeX's \brokenpenalty, here a rule like widows').</summary>
public sealed class PageTurnTests
{
    public static TheoryData<string, string, string> Cases() => new()
    {
        { "seed", "briefing", "a4" },
        { "seed", "report", "letter" },
        { "seed", "briefing", "letter" },
        { "text_gutenberg_elements-of-style.txt", "briefing", "a4" },
        { "md_youtube-dl_README.md", "briefing", "a4" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void No_page_ends_in_a_broken_word(string input, string style, string paper)
    {
        var path = input == "seed" ? Repo.SeedText : Path.Combine(Repo.Corpus, input);
        if (!File.Exists(path)) { Assert.False(Repo.IsCi, path + " is missing on CI"); return; }
        var layout = LayoutEngine.Layout(SourceReader.Read(path), StyleLoader.Load(Path.Combine(Repo.Root, "styles", style + ".yaml")), paper);
        var body = LayoutReader.Walk(layout).Where(d => d.Item is TextItem && !d.Open.Any(o => o.Tag == StructureTag.Artifact)).ToList();
        var turns = 0;
        foreach (var page in layout.Pages.Skip(1))
        {
            var lines = LayoutReader.Lines(layout, page.Number, d => !d.Open.Any(o => o.Tag == StructureTag.Artifact));
            if (lines.Count == 0) continue;
            var last = lines[^1].Text.TrimEnd();
            Assert.False(last.EndsWith('-') && char.IsLetter(last[^2]), $"page {page.Number} ends in \"…{last[Math.Max(0, last.Length - 30)..]}\"");
            turns++;
        }
        Assert.True(turns > 5 && body.Count > 100);
    }
}
