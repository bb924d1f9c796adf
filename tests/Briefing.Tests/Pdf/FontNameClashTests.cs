using System.Buffers.Binary;
using Briefing.Pdf;
using Briefing.Tests.Reliability;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Pdf;

/// <summary>PDFsharp keeps one font per internal full name for the whole process: two different files of one name
/// (two styles in one batch, each with its own version of a font) must fail clearly, and only where both are used.</summary>
public sealed class FontNameClashTests
{
    private static string Fonts => Path.Combine(Repo.Root, "styles", "fonts");

    [Fact]
    public void The_full_name_is_read_as_PDFsharp_reads_it()
    {
        Assert.Equal("Noto Serif Regular", FontFullName.Read(File.ReadAllBytes(Path.Combine(Fonts, "NotoSerif-Regular.ttf"))));
        Assert.Equal("Noto Sans Bold", FontFullName.Read(File.ReadAllBytes(Path.Combine(Fonts, "NotoSans-Bold.ttf"))));
        Assert.Null(FontFullName.Read([0, 1, 0, 0, 0, 9, 0xFF, 0xFF, 1, 2, 3]));
    }

    [Fact]
    public void A_second_font_of_the_same_name_fails_its_own_build_with_both_files_named()
    {
        using var dir = new TempDir();
        // A style of its own whose serif differs from the bundled one in a single outline byte (same internal name).
        var fonts = Path.Combine(dir.Path, "mystyle", "fonts");
        Directory.CreateDirectory(fonts);
        foreach (var f in Directory.EnumerateFiles(Fonts, "*.ttf")) File.Copy(f, Path.Combine(fonts, Path.GetFileName(f)));
        var changed = Path.Combine(fonts, "NotoSerif-Regular.ttf");
        File.WriteAllBytes(changed, FlipLastGlyfByte(File.ReadAllBytes(changed)));
        File.Copy(Path.Combine(Repo.Root, "styles", "briefing.yaml"), Path.Combine(dir.Path, "mystyle", "custom.yaml"));
        var own = dir.File("own.md", "---\ntitle: Own\nstyle: mystyle/custom.yaml\n---\n\n# One\n\nSet in the changed serif.\n");
        var bundled = dir.File("bundled.md", "---\ntitle: Bundled\nstyle: briefing\n---\n\n# One\n\nSet in the bundled serif.\n");
        var output = Path.Combine(dir.Path, "out");

        // One job: the bundled style's build runs first and keeps the name; a child process, as PDFsharp's font
        // state is process-wide and must not reach the other tests.
        var run = Child("build", bundled, own, "-o", output, "--jobs", "1");
        Assert.Equal(1, run.ExitCode);
        Assert.True(run.Err.Contains("internal name 'Noto Serif Regular'"), run.Err);
        Assert.Contains(changed, run.Err);
        // The bundled serif, wherever the app keeps its styles.
        Assert.Matches("is also that of /[^ ]*/styles/fonts/NotoSerif-Regular.ttf, a different file", run.Err);
        Assert.DoesNotContain("NullReferenceException", run.Err);
        Assert.True(File.Exists(Path.Combine(output, "bundled.pdf")));
        Assert.False(File.Exists(Path.Combine(output, "own.pdf")), "the failed build left a PDF");

        // Alone, the style with the changed serif builds.
        Assert.Equal(0, Child("build", own, "-o", output).ExitCode);
        Assert.True(File.Exists(Path.Combine(output, "own.pdf")));
    }

    [Fact]
    public void The_warm_up_leaves_fonts_of_a_shared_name_to_the_build()
    {
        using var dir = new TempDir();
        var serif = Path.Combine(Fonts, "NotoSerif-Regular.ttf");
        var changed = dir.File("changed.ttf", FlipLastGlyfByte(File.ReadAllBytes(serif)));
        var same = dir.File("same.ttf", File.ReadAllBytes(serif));
        var sans = Path.Combine(Fonts, "NotoSans-Regular.ttf");
        // Warming either of two different files of one name would fail a document that draws only the other.
        Assert.Equal([sans], PdfWarmUp.Warmable([serif, sans, changed]));
        // The same bytes under another path are the same font to PDFsharp.
        Assert.Equal([serif, sans, same], PdfWarmUp.Warmable([serif, sans, same]));
    }

    private static ToolRun Child(params string[] args) => ToolRun.Of(ProcessCli.AppHost, args);

    private static byte[] FlipLastGlyfByte(byte[] font)
    {
        int tables = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < tables; i++)
        {
            var entry = font.AsSpan(12 + 16 * i, 16);
            if (!entry[..4].SequenceEqual("glyf"u8)) continue;
            var end = (int)BinaryPrimitives.ReadUInt32BigEndian(entry[8..]) + (int)BinaryPrimitives.ReadUInt32BigEndian(entry[12..]);
            font[end - 1] ^= 1;
            return font;
        }
        throw new InvalidDataException("no glyf table");
    }
}
