using Briefing.Tests.Integration;
using Briefing.Tests.Support;
using UglyToad.PdfPig.Tokens;
using Xunit;

namespace Briefing.Tests.Pdf;

/// <summary>
/// Every FlateDecode stream of what we write, the font programs deflated after PDFsharp saves included, is a
/// complete zlib stream (MuPDF and pdf.js must read the files without complaint), and the file's xref is intact.
/// </summary>
[Collection("pdf")]
public sealed class ZlibCompletenessTests
{
    public static TheoryData<string> Files() => new() { "seed", "fixture" };

    /// <summary>The fixture, and every input the integration tests build (the seed and the corpus).</summary>
    public static TheoryData<string> AllFiles() => [.. BuiltOutputs.AllInputs().Select(p => Path.GetFileName(p)).Append("fixture")];

    private static byte[] Bytes(string which) => File.ReadAllBytes(PathOf(which));

    private static string PathOf(string which) => which switch
    {
        "fixture" => PdfFixture.A4.Path,
        "seed" => BuiltOutputs.Of(Repo.SeedText).Pdf(),
        _ => BuiltOutputs.Of(BuiltOutputs.AllInputs().Single(p => Path.GetFileName(p) == which)).Pdf(),
    };

    [Theory]
    [MemberData(nameof(AllFiles))]
    public void Every_flate_stream_ends_with_its_adler32_checksum(string which)
    {
        var pdf = Bytes(which);
        var streams = ZlibStreams.FlateStreams(pdf);
        // The font programs (FontFile2, with /Length1): PDFsharp stores them unfiltered, FlateStreamRepair deflates them.
        Assert.True(streams.Count(s => s.Dict.ContainsKey(NameToken.Length1)) >= 2, "expected embedded font programs");
        var problems = streams.Select(s => (s.Ref, Problem: ZlibStreams.Problem(s.Data))).Where(p => p.Problem is not null).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Select(p => $"{p.Ref}: {p.Problem}")));
        ZlibStreams.AssertXrefPointsAtObjects(pdf);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void PdfPig_still_reads_every_page_and_its_text(string which)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(Bytes(which));
        Assert.True(document.NumberOfPages > 2);
        foreach (var page in document.GetPages())
            Assert.NotEmpty(page.Letters);
    }

    [ToolTheory("qpdf", "mutool")]
    [MemberData(nameof(Files))]
    public void Qpdf_and_mutool_decode_every_stream_without_warning(string which)
    {
        using var dir = new TempDir();
        var path = PathOf(which);
        var (check, stdout, stderr) = Tools.Run("qpdf", "--check", path);
        Assert.True(check == 0, stdout + stderr);
        // --qdf decodes every stream, the font programs included (--check does not).
        var (qdf, qdfOut, qdfErr) = Tools.Run("qpdf", "--qdf", path, dir.File("qdf.pdf"));
        Assert.True(qdf == 0 && !(qdfOut + qdfErr).Contains("WARNING", StringComparison.Ordinal), qdfOut + qdfErr);
        var (_, _, drawErr) = Tools.Run("mutool", "draw", "-o", "/dev/null", path);
        Assert.DoesNotContain("premature end", drawErr, StringComparison.Ordinal);
        Assert.DoesNotContain("error", drawErr, StringComparison.OrdinalIgnoreCase);
    }
}
