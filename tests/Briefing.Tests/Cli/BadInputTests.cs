using Xunit;
using Briefing.Tests.Support;

namespace Briefing.Tests.Cli;

/// <summary>Each kind of bad input: a one-line message naming the file (and line), exit code 1, old output untouched.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly string _out;
    private readonly string _oldPdf;

    public BadInputTests()
    {
        _out = _dir.File("out/keep.txt", "x");
        _out = Path.GetDirectoryName(_out)!;
        _oldPdf = _dir.File("out/article.pdf", "previous good PDF");
        _dir.File("out/article.epub", "previous good EPUB");
    }

    public void Dispose() => _dir.Dispose();

    private CliRun Build(string input, params string[] extra) =>
        CliRun.Of(["build", input, "-o", _out, .. extra]);

    private void AssertFailedCleanly(CliRun run, string file, string messagePart, int? line = null)
    {
        Assert.Equal(1, run.ExitCode);
        var first = run.Err.Split('\n')[0];
        Assert.StartsWith(line is null ? file + ":" : $"{file}:{line}:", first);
        Assert.Contains(messagePart, first);
        Assert.Equal("previous good PDF", File.ReadAllText(_oldPdf));
        Assert.Equal("previous good EPUB", File.ReadAllText(Path.Combine(_out, "article.epub")));
        Assert.Empty(Directory.EnumerateFiles(_out, "*.briefing-tmp"));
    }

    [Fact]
    public void MissingFile()
    {
        var path = Path.Combine(_dir.Path, "article.txt");
        AssertFailedCleanly(Build(path), path, "file not found");
    }

    [Fact]
    public void Directory_without_sources()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_dir.Path, "empty")).FullName;
        AssertFailedCleanly(Build(empty), empty, "no source files");
    }

    [Fact]
    public void EmptyFile() => AssertFailedCleanly(Build(_dir.File("article.txt", "")), _dir.File("article.txt"), "empty");

    [Fact]
    public void WhitespaceOnly() =>
        AssertFailedCleanly(Build(_dir.File("article.txt", "  \n\t\n\r\n")), _dir.File("article.txt"), "only white space");

    [Fact]
    public void FrontMatterWithoutText()
    {
        var path = _dir.File("article.md", "---\ntitle: Ok\n---\n\n<!-- nothing yet -->\n");
        AssertFailedCleanly(Build(path), path, "no text after the front matter", line: 4);
        Assert.Equal(1, CliRun.Of("check", path).ExitCode);
    }

    [Fact]
    public void BinaryFile()
    {
        // A PNG renamed .txt: its signature holds two line feeds, so the first NUL byte is on line 3.
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];
        var path = _dir.File("article.txt", png);
        AssertFailedCleanly(Build(path), path, "binary", line: 3);
    }

    [Fact]
    public void InvalidUtf8_names_the_line()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("Title\n\nGood line\nBad ").Concat(new byte[] { 0xC3, 0x28 }).Concat("\n"u8.ToArray()).ToArray();
        var path = _dir.File("article.txt", bytes);
        AssertFailedCleanly(Build(path), path, "invalid UTF-8", line: 4);
    }

    [Fact]
    public void FileOverTheSizeLimit()
    {
        var path = _dir.File("article.txt", "Title\n\n" + new string('a', 2000) + "\n");
        AssertFailedCleanly(Build(path, "--max-input-size", "1000"), path, "over the 1,000-byte limit");
    }

    [Fact]
    public void SidecarWithYamlSyntaxError()
    {
        var path = _dir.File("article.txt", "Title\n\nSome text.\n");
        var sidecar = _dir.File("article.yaml", "title: Good\nsubtitle: [unclosed\nauthor: x\n");
        var run = Build(path);
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"{sidecar}:2: the YAML cannot be read from here on: is a [ or {{ left unclosed?", run.Err, StringComparison.Ordinal);
        Assert.Equal("previous good PDF", File.ReadAllText(_oldPdf));
    }

    [Fact]
    public void SidecarWithUnknownKey()
    {
        var path = _dir.File("article.txt", "Title\n\nSome text.\n");
        var sidecar = _dir.File("article.yaml", "title: Good\ncolour: red\n");
        AssertFailedCleanly(Build(path), sidecar, "colour", line: 2);
    }

    [Fact]
    public void UsageErrorsExitTwo()
    {
        Assert.Equal(2, CliRun.Of("build", "--format", "docx").ExitCode);
        Assert.Equal(2, CliRun.Of("frobnicate").ExitCode);
        Assert.Equal(2, CliRun.Of("inspect").ExitCode);
    }
}

/// <summary>Failures after a good import: the output folder, and reproducible bytes.</summary>
public sealed class OutputTests
{
    [Fact]
    public void An_output_folder_that_cannot_be_written_is_named()
    {
        using var dir = new TempDir();
        var source = dir.File("article.txt", "Title\n\nA lede.\n\nChapter\n\nText.\n");
        var blocked = dir.File("out", "a file where the folder should be");
        var run = CliRun.Of("build", source, "-o", blocked);
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith(blocked + ":", run.Err);
        Assert.Contains("output folder cannot be written", run.Err);
        Assert.Equal("a file where the folder should be", File.ReadAllText(blocked));
    }

    [Fact]
    public void A_file_on_the_way_to_the_output_folder_is_named()
    {
        using var dir = new TempDir();
        var source = dir.File("article.txt", "Title\n\nA lede.\n\nChapter\n\nText.\n");
        var blocker = dir.File("afile", "x");
        var run = CliRun.Of("build", source, "-o", Path.Combine(blocker, "sub"));
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"{Path.Combine(blocker, "sub")}: output folder cannot be written: {blocker} is not a folder", run.Err);
    }

    [Fact]
    public void The_output_folder_is_checked_before_the_source_is_read()
    {
        using var dir = new TempDir();
        var empty = dir.File("article.txt", "");
        var blocked = dir.File("out", "a file");
        var run = CliRun.Of("build", empty, "-o", blocked);
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"{blocked}: output folder cannot be written", run.Err);
        Assert.DoesNotContain("file is empty", run.Err);
    }

    [Fact]
    public void Two_builds_of_the_same_source_are_byte_identical()
    {
        using var dir = new TempDir();
        var source = dir.File("article.txt", "Title\n\nA lede.\n\nChapter One\n\nText of the chapter.\n\nFAQ\n\nAn answer.\n");
        Assert.Equal(0, CliRun.Of("build", source, "-o", Path.Combine(dir.Path, "a")).ExitCode);
        Assert.Equal(0, CliRun.Of("build", source, "-o", Path.Combine(dir.Path, "b")).ExitCode);
        foreach (var name in new[] { "article.pdf", "article.epub" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(dir.Path, "a", name)), File.ReadAllBytes(Path.Combine(dir.Path, "b", name)));
    }
}
