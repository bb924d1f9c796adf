using System.Diagnostics;
using Briefing.Layout;
using Briefing.Pdf;
using Briefing.Tests.Layout;

namespace Briefing.Tests.Pdf;

/// <summary>The fixture briefing laid out and written once per test run (A4 and US Letter), kept in memory and in
/// a temporary folder for the command-line checkers. The A4 file is also copied to /tmp/briefing-fixture.pdf.</summary>
internal static class PdfFixture
{
    public static readonly DateTimeOffset Timestamp = new(2025, 1, 15, 9, 30, 0, TimeSpan.Zero);

    public sealed record Built(LaidOutDocument Layout, byte[] Bytes, string Path, TimeSpan LayoutTime, TimeSpan PdfTime);

    private static readonly string Folder = CreateFolder();

    private static string CreateFolder()
    {
        var folder = Directory.CreateTempSubdirectory("briefing-pdf-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        };
        return folder;
    }
    private static readonly Lazy<Built> A4Lazy = new(() => Build("a4"));
    private static readonly Lazy<Built> LetterLazy = new(() => Build("letter"));

    public static Built A4 => A4Lazy.Value;
    public static Built Letter => LetterLazy.Value;

    public static byte[] Write(LaidOutDocument layout) => PdfWriter.Write(layout, new PdfOptions(Timestamp));

    private static Built Build(string paper)
    {
        var clock = Stopwatch.StartNew();
        var layout = LayoutEngine.Layout(BriefingFixture.Document(), BriefingFixture.Style(), paper);
        var layoutTime = clock.Elapsed;
        clock.Restart();
        var bytes = Write(layout);
        var pdfTime = clock.Elapsed;
        var path = System.IO.Path.Combine(Folder, $"fixture-{paper}.pdf");
        File.WriteAllBytes(path, bytes);
        if (paper == "a4")
        {
            try { File.WriteAllBytes("/tmp/briefing-fixture.pdf", bytes); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
        return new Built(layout, bytes, path, layoutTime, pdfTime);
    }
}
