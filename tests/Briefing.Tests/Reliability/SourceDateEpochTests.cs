using System.IO.Compression;
using System.Text.RegularExpressions;
using Briefing.Tests.Support;
using UglyToad.PdfPig;
using Xunit;

namespace Briefing.Tests.Reliability;

/// <summary>
/// Reproducible builds through the real CLI process: SOURCE_DATE_EPOCH, else the source file's modification time,
/// is the only time in the outputs, so builds at different wall-clock times are byte-identical.
/// </summary>
public sealed class SourceDateEpochTests
{
    private const string Article = "Epoch Test\n\nA lede.\n\nChapter One\n\nSee https://example.org/page for more.\n\nFAQ\n\nAn answer.\n";

    [Fact]
    public void Builds_with_SOURCE_DATE_EPOCH_are_identical_and_carry_its_date()
    {
        using var dir = new TempDir();
        var source = dir.File("article.txt", Article);
        const long epoch = 1_600_000_000; // 2020-09-13T12:26:40Z
        var env = new Dictionary<string, string?> { ["SOURCE_DATE_EPOCH"] = epoch.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        Assert.Equal(0, ProcessCli.Run(env, "build", source, "-o", Path.Combine(dir.Path, "a"), "-q"));
        // A different wall clock and a different file time must change nothing.
        Thread.Sleep(1100);
        File.SetLastWriteTimeUtc(source, DateTime.UtcNow);
        Assert.Equal(0, ProcessCli.Run(env, "build", source, "-o", Path.Combine(dir.Path, "b"), "-q"));

        foreach (var name in new[] { "article.pdf", "article.epub" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(dir.Path, "a", name)), File.ReadAllBytes(Path.Combine(dir.Path, "b", name)));
        AssertDates(dir.Path + "/a", DateTimeOffset.FromUnixTimeSeconds(epoch));
    }

    [Fact]
    public void Without_it_the_source_files_modification_time_is_used()
    {
        using var dir = new TempDir();
        var source = dir.File("article.txt", Article);
        var mtime = new DateTime(2019, 3, 4, 5, 6, 7, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(source, mtime);
        Assert.Equal(0, ProcessCli.Run(null, "build", source, "-o", Path.Combine(dir.Path, "a"), "-q"));
        Thread.Sleep(1100);
        Assert.Equal(0, ProcessCli.Run(null, "build", source, "-o", Path.Combine(dir.Path, "b"), "-q"));
        foreach (var name in new[] { "article.pdf", "article.epub" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(dir.Path, "a", name)), File.ReadAllBytes(Path.Combine(dir.Path, "b", name)));
        AssertDates(dir.Path + "/a", new DateTimeOffset(mtime));

        // Touching the source changes the date, and only through it.
        File.SetLastWriteTimeUtc(source, mtime.AddDays(1));
        Assert.Equal(0, ProcessCli.Run(null, "build", source, "-o", Path.Combine(dir.Path, "c"), "-q"));
        AssertDates(dir.Path + "/c", new DateTimeOffset(mtime.AddDays(1)));
    }

    /// <summary>A PDF date string (D:YYYYMMDDHHmmSS with Z or +HH'mm'), as an instant.</summary>
    private static DateTimeOffset PdfDate(string? text)
    {
        Assert.NotNull(text);
        var m = Regex.Match(text, @"^D:(\d{14})(Z|([+-])(\d{2})'?(\d{2})'?)?");
        Assert.True(m.Success, text);
        var local = DateTime.ParseExact(m.Groups[1].Value, "yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var offset = m.Groups[3].Success
            ? TimeSpan.FromMinutes((m.Groups[3].Value == "-" ? -1 : 1) * (int.Parse(m.Groups[4].Value) * 60 + int.Parse(m.Groups[5].Value)))
            : TimeSpan.Zero;
        return new DateTimeOffset(local, offset);
    }

    private static void AssertDates(string folder, DateTimeOffset expected)
    {
        using (var pdf = PdfDocument.Open(Path.Combine(folder, "article.pdf")))
        {
            Assert.Equal(expected, PdfDate(pdf.Information.CreationDate));
            Assert.Equal(expected, PdfDate(pdf.Information.ModifiedDate));
        }
        using var zip = ZipFile.OpenRead(Path.Combine(folder, "article.epub"));
        var opfEntry = zip.Entries.Single(e => e.FullName.EndsWith(".opf", StringComparison.Ordinal));
        using var reader = new StreamReader(opfEntry.Open());
        var opf = reader.ReadToEnd();
        var m = Regex.Match(opf, "<meta property=\"dcterms:modified\">([^<]+)</meta>");
        Assert.True(m.Success, "no dcterms:modified");
        Assert.Equal(expected.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture), m.Groups[1].Value);
        // Zip entry times are the same moment (DOS time: two-second steps, no zone).
        Assert.All(zip.Entries, e => Assert.True(Math.Abs((e.LastWriteTime.DateTime - expected.UtcDateTime).TotalSeconds) <= 2, $"{e.FullName}: {e.LastWriteTime}"));
    }
}
