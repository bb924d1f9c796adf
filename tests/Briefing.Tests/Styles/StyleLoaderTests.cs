using Briefing.Model;
using Briefing.Styles;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Styles;

public sealed class StyleLoaderTests
{
    public static TheoryData<string> BundledStyles() =>
        [.. Directory.EnumerateFiles(Path.Combine(Repo.Root, "styles"), "*.yaml").Select(p => Path.GetFileName(p))];

    [Theory]
    [MemberData(nameof(BundledStyles))]
    public void Every_bundled_style_loads_with_its_fonts(string name)
    {
        var style = StyleLoader.Load(Path.Combine(Repo.Root, "styles", name));
        Assert.All(StyleLoader.AllFontFiles(style), f => Assert.True(File.Exists(Path.Combine(style.FontFolder, f)), f));
    }

    [Fact]
    public void The_styles_differ_where_they_say_they_do()
    {
        var memo = StyleLoader.Load(Path.Combine(Repo.Root, "styles", "memo.yaml"));
        var report = StyleLoader.Load(Path.Combine(Repo.Root, "styles", "report.yaml"));
        Assert.False(memo.Cover);
        Assert.Equal("NotoSans-Regular.ttf", memo.Fonts.Body.Regular);
        Assert.Equal("letter", report.Paper);
        Assert.True(report.Chapters.Numbered && report.NumberSections);
    }

    [Fact]
    public void Styles_loaded_at_once_on_many_threads_are_each_their_own()
    {
        // One deserializer serves every load (a batch loads styles on all cores at once).
        var names = new[] { "briefing.yaml", "memo.yaml", "report.yaml" };
        var expected = names.Select(n => StyleLoader.Load(Path.Combine(Repo.Root, "styles", n))).ToArray();
        var loaded = new Style[96];
        Parallel.For(0, loaded.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            i => loaded[i] = StyleLoader.Load(Path.Combine(Repo.Root, "styles", names[i % names.Length])));
        for (var i = 0; i < loaded.Length; i++)
        {
            var want = expected[i % names.Length];
            Assert.Equal((want.Paper, want.Cover, want.Fonts.Body.Regular, want.Sizes.Body, want.Margins.Left),
                (loaded[i].Paper, loaded[i].Cover, loaded[i].Fonts.Body.Regular, loaded[i].Sizes.Body, loaded[i].Margins.Left));
        }
        // Callers change the style they get: no two loads share one.
        loaded[0].Fonts.Body.Regular = "changed.ttf";
        loaded[0].Margins.Left = 1;
        Assert.All(loaded.Skip(1).Where((_, i) => (i + 1) % names.Length == 0),
            s => Assert.Equal((expected[0].Fonts.Body.Regular, expected[0].Margins.Left), (s.Fonts.Body.Regular, s.Margins.Left)));
    }

    [Fact]
    public void The_bundled_style_ships_beside_the_app() => Assert.True(File.Exists(StyleLoader.BundledStylePath));

    private static InputException LoadBad(string yaml, string? fontsFrom = null)
    {
        using var dir = new TempDir();
        var path = dir.File("bad.yaml", yaml);
        if (fontsFrom is not null)
            foreach (var f in Directory.EnumerateFiles(fontsFrom)) File.Copy(f, Path.Combine(dir.Path, Path.GetFileName(f)));
        var e = Assert.Throws<InputException>(() => StyleLoader.Load(path));
        Assert.Equal(path, e.Diagnostic.File);
        return e;
    }

    [Fact]
    public void A_missing_font_is_named_with_its_line()
    {
        var e = LoadBad("name: x\nfonts:\n  folder: .\n  body: { regular: Nowhere-Regular.ttf }\n");
        Assert.Equal(4, e.Diagnostic.Line);
        Assert.Contains("Nowhere-Regular.ttf", e.Message);
    }

    [Fact]
    public void Margins_wider_than_the_paper_are_an_impossible_page()
    {
        var fonts = Path.Combine(Repo.Root, "styles", "fonts");
        var e = LoadBad($"fonts:\n  folder: {fonts}\nmargins: {{ left: 300, right: 300 }}\n");
        Assert.Equal(3, e.Diagnostic.Line);
        Assert.Contains("impossible page", e.Message);
    }

    [Fact]
    public void Unknown_keys_and_bad_yaml_are_errors_with_lines()
    {
        Assert.Equal(2, LoadBad("name: x\ncolor: red\n").Diagnostic.Line);
        Assert.True(LoadBad("name: [x\nsizes: 1\n").Diagnostic.Line >= 1);
    }
}
