using Briefing.Tests.Support;
using UglyToad.PdfPig;
using Xunit;

namespace Briefing.Tests.Styles;

/// <summary>A source chooses its style in the sidecar or the front matter; --style overrides both.</summary>
public sealed class StyleSelectionTests
{
    private static (double Width, int Pages, bool Serif, string Text) Facts(string pdf)
    {
        using var d = PdfDocument.Open(pdf);
        var letters = d.GetPages().SelectMany(p => p.Letters).ToList();
        return (d.GetPage(1).Width, d.NumberOfPages, letters.Any(l => (l.FontName ?? "").Contains("Serif", StringComparison.Ordinal)),
            string.Join(" ", d.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)));
    }

    [Fact]
    public void A_sidecar_naming_memo_gives_a4_sans_with_chapters_run_on()
    {
        using var dir = new TempDir();
        var source = Path.Combine(dir.Path, "seed.txt");
        File.Copy(Repo.SeedText, source);
        var sidecar = File.ReadAllText(Path.ChangeExtension(Repo.SeedText, ".yaml"));
        File.WriteAllText(Path.Combine(dir.Path, "seed.yaml"), sidecar + "\nstyle: memo\n");

        Assert.Equal(0, CliRun.Of("build", source, "-o", Path.Combine(dir.Path, "memo"), "--format", "pdf", "-q").ExitCode);
        Assert.Equal(0, CliRun.Of("build", source, "-o", Path.Combine(dir.Path, "forced"), "--format", "pdf", "-q", "--style", "briefing").ExitCode);
        var memo = Facts(Path.Combine(dir.Path, "memo", "seed.pdf"));
        var briefing = Facts(Path.Combine(dir.Path, "forced", "seed.pdf"));

        Assert.Equal(595, memo.Width, 0.5);
        Assert.False(memo.Serif);
        Assert.True(briefing.Serif); // --style beats the sidecar's choice
        // Chapters run on in the memo, in smaller type: far fewer pages than the briefing.
        Assert.True(memo.Pages < briefing.Pages * 3 / 4, $"memo {memo.Pages} pages, briefing {briefing.Pages}");
    }

    [Fact]
    public void Front_matter_naming_report_gives_letter_with_numbered_chapters()
    {
        using var dir = new TempDir();
        var source = dir.File("r.md", "---\ntitle: A Report\nstyle: report\n---\n\nWhy it matters.\n\n## Part one\n\nText.\n\n### A section\n\nMore.\n\n## Part two\n\nEnd.\n");
        Assert.Equal(0, CliRun.Of("build", source, "-o", dir.Path, "--format", "pdf", "-q").ExitCode);
        var report = Facts(Path.Combine(dir.Path, "r.pdf"));
        Assert.Equal(612, report.Width, 0.5);
        Assert.True(report.Serif);
        Assert.Contains("1 Part one", report.Text, StringComparison.Ordinal);
        Assert.Contains("1.1 A section", report.Text, StringComparison.Ordinal);
        Assert.Contains("2 Part two", report.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_style_name_is_an_input_error_at_the_front_matter_line_listing_the_bundled_styles()
    {
        using var dir = new TempDir();
        var source = dir.File("x.md", "---\ntitle: X\nstyle: nosuchstyle\n---\n\nLede.\n\n## A\n\nText.\n");
        var run = CliRun.Of("build", source, "-o", dir.Path, "-q");
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"{source}:3: style 'nosuchstyle' not found: no style file {Path.Combine(dir.Path, "nosuchstyle")} " +
            "and no bundled style of that name (bundled: briefing, memo, report)", run.Err, StringComparison.Ordinal);
    }
}
