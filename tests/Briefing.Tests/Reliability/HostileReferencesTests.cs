using System.Diagnostics;
using Briefing.Model;
using Briefing.Readers;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Reliability;

/// <summary>Images and YAML from an untrusted source: nothing is read outside the source's folder, nothing fetched,
/// and YAML is plain data — type tags are errors with their line, aliases cannot blow up.</summary>
public sealed class HostileReferencesTests
{
    [Fact]
    public void Every_image_that_is_not_placed_has_a_warning_naming_its_line_and_why()
    {
        using var dir = new TempDir();
        dir.File("secret.png", [0x89, 0x50, 0x4E, 0x47]);
        dir.File("docs/inside.png", [0x89, 0x50, 0x4E, 0x47]);
        var md = string.Join("\n",
            "# Title",                                          // 1
            "",
            "![a chart](docs/inside.png)",                     // 3
            "![escape](../secret.png)",                        // 4
            "![deep](docs/../../../etc/passwd)",               // 5
            "![absolute](/etc/passwd)",                        // 6
            "![remote](https://example.org/x.png)",            // 7
            "![data](data:image/png;base64,iVBORw0KGgo=)",     // 8
            "![proto](//evil.example/x.png)",                  // 9
            "![file](file:///etc/passwd)",                     // 10
            "",
            "Text with an ![inline](x.png \"title\") image.", // 12
            "",
            "Raw <img src=\"../secret.png\" onerror=\"x()\"> inline.", // 14
            "",
            "<div>",                                            // 16
            "<img src='https://example.org/t.gif'>",           // 17
            "</div>",
            "");
        var path = dir.File("sub/article.md", md);
        var doc = SourceReader.Read(path);
        var warnings = doc.Report.Warnings.Where(w => w.Message.StartsWith("image ", StringComparison.Ordinal)).ToDictionary(w => w.Line);

        Assert.Contains("no such file", warnings[3].Message);   // looked for in sub/, the source's folder
        Assert.Contains("outside the source's folder", warnings[4].Message);
        Assert.Contains("outside the source's folder", warnings[5].Message);
        Assert.Contains("absolute paths", warnings[6].Message);
        foreach (var line in new[] { 7, 8, 9, 10 }) Assert.Contains("never fetched", warnings[line].Message);
        Assert.Contains("inside a line of text", warnings[12].Message);
        Assert.Contains("'../secret.png'", warnings[14].Message);
        Assert.Contains("outside the source's folder", warnings[14].Message);
        Assert.Contains("never fetched", warnings[17].Message);
        Assert.Equal(11, warnings.Count);
        Assert.All(warnings.Values, w => Assert.Equal(path, w.File));

        // The alt text stays; no reference to a file or URL reaches the text.
        var text = string.Join(" ", BodyText.Of(doc));
        Assert.Contains("a chart", text);
        Assert.Contains("inline", text);
        Assert.DoesNotContain("passwd", text);
        Assert.DoesNotContain("example.org", text);
    }

    [Fact]
    public void The_cli_prints_image_warnings_as_one_line_each_and_still_builds()
    {
        using var dir = new TempDir();
        var path = dir.File("article.md", "# Title\n\nLede.\n\n## Chapter\n\n![x\u202Ey](<../up \u202Egnp.png>)\n");
        var run = CliRun.Of("build", path, "-o", Path.Combine(dir.Path, "out"));
        Assert.Equal(0, run.ExitCode);
        var line = Assert.Single(run.Err.Split('\n'), l => l.Contains("image "));
        Assert.Contains(path + ":7", line);
        Assert.Contains("outside the source's folder", line);
        Assert.DoesNotContain('\u202E', line);
    }

    public static TheoryData<string, string> TaggedYaml => new()
    {
        { "python object", "title: !!python/object/apply:os.system [\"echo pwned\"]\n" },
        { "custom tag", "title: !shell \"rm -rf /\"\n" },
        { "dotnet type", "title: !System.Diagnostics.Process {}\n" },
        { "tagged faq", "faq:\n  - !!python/name:os.system\n" },
    };

    [Theory]
    [MemberData(nameof(TaggedYaml))]
    public void Type_tags_in_a_sidecar_are_errors_with_their_line(string name, string yaml)
    {
        using var dir = new TempDir();
        var source = dir.File("article.txt", "Title\n\nLede.\n\nChapter\n\nText.\n");
        var sidecar = dir.File("article.yaml", "author: Someone\n" + yaml);
        var e = Assert.Throws<InputException>(() => SourceReader.Read(source));
        Assert.Equal(sidecar, e.Diagnostic.File);
        Assert.InRange(e.Diagnostic.Line, 2, 3);
        _ = name;
    }

    [Theory]
    [MemberData(nameof(TaggedYaml))]
    public void Type_tags_in_front_matter_are_errors_with_their_line(string name, string yaml)
    {
        using var dir = new TempDir();
        var source = dir.File("article.md", "---\nauthor: Someone\n" + yaml + "---\n\n# Title\n\nText.\n");
        var e = Assert.Throws<InputException>(() => SourceReader.Read(source));
        Assert.Equal(source, e.Diagnostic.File);
        Assert.InRange(e.Diagnostic.Line, 3, 4);
        _ = name;
    }

    /// <summary>Billion laughs: nine levels of nine-fold aliases (387 million "lol"s if expanded).</summary>
    private static string Bomb(string key)
    {
        var sb = new System.Text.StringBuilder("a0: &a0 \"lol\"\n");
        for (var i = 1; i <= 9; i++)
            sb.Append($"a{i}: &a{i} [").Append(string.Join(",", Enumerable.Repeat($"*a{i - 1}", 9))).Append("]\n");
        sb.Append(key).Append(": *a9\n");
        return sb.ToString();
    }

    [Fact]
    public void An_alias_bomb_in_a_sidecar_is_refused_quickly()
    {
        using var dir = new TempDir();
        var source = dir.File("article.txt", "Title\n\nLede.\n\nChapter\n\nText.\n");
        dir.File("article.yaml", Bomb("keywords"));
        var clock = Stopwatch.StartNew();
        var e = Assert.Throws<InputException>(() => SourceReader.Read(source));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), clock.Elapsed.ToString());
        Assert.Equal(1, e.Diagnostic.Line);   // the first unknown key (a0)
    }

    [Theory]
    [InlineData("keywords")]
    [InlineData("faq")]
    [InlineData("unknown_key")]
    public void An_alias_bomb_in_front_matter_is_read_as_data_or_refused_quickly(string key)
    {
        using var dir = new TempDir();
        var source = dir.File("article.md", "---\n" + Bomb(key) + "---\n\n# Title\n\nText.\n");
        var clock = Stopwatch.StartNew();
        try
        {
            var doc = SourceReader.Read(source);
            // Front matter passes unknown keys over (shared with other tools) without expanding them.
            Assert.Equal("Title", doc.Metadata.Title);
            Assert.True(doc.Metadata.KeywordList.Count < 1000);
        }
        catch (InputException e)
        {
            Assert.Equal(source, e.Diagnostic.File);
            Assert.InRange(e.Diagnostic.Line, 2, 13);
        }
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), clock.Elapsed.ToString());
    }
}
