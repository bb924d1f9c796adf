using System.Diagnostics;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Reliability;

/// <summary>
/// A build killed with SIGKILL at any moment leaves each output either as it was before or complete and new —
/// never a half file under the real name — and the next run cleans the temporaries the killed one left.
/// </summary>
public sealed class KilledProcessTests(Xunit.Abstractions.ITestOutputHelper log)
{
    private static readonly Dictionary<string, string?> Epoch = new() { ["SOURCE_DATE_EPOCH"] = "1700000000" };
    private static readonly byte[] OldPdf = "%PDF-1.7 previous good PDF"u8.ToArray();
    private static readonly byte[] OldEpub = "PK previous good EPUB"u8.ToArray();

    /// <summary>An article big enough that the build takes a while (a few hundred pages).</summary>
    private static string BigArticle()
    {
        var rng = new Random(7);
        string[] words = ["policy", "relations", "treaty", "sanctions", "energy", "trade", "security", "region", "talks", "council", "minister", "agreement"];
        var sb = new System.Text.StringBuilder("Killed Build Test\n\nA lede for the test.\n\n");
        for (var c = 1; c <= 20; c++)
        {
            sb.Append("Chapter ").Append(c).Append("\n\n");
            for (var p = 0; p < 20; p++)
            {
                for (var w = 0; w < 60; w++) sb.Append(words[rng.Next(words.Length)]).Append(w == 59 ? ".\n\n" : " ");
            }
        }
        return sb.ToString();
    }

    [Fact]
    public void A_killed_build_leaves_old_or_complete_outputs_and_the_next_run_cleans_up()
    {
        using var dir = new TempDir();
        var source = dir.File("article.txt", BigArticle());
        var reference = Path.Combine(dir.Path, "reference");
        // The faster of two whole builds: the first may be slowed by a cold disk cache.
        var full = TimeSpan.MaxValue;
        for (var i = 0; i < 2; i++)
        {
            var clock = Stopwatch.StartNew();
            Assert.Equal(0, ProcessCli.Run(Epoch, "build", source, "-o", reference, "-q"));
            full = clock.Elapsed < full ? clock.Elapsed : full;
        }
        var newPdf = File.ReadAllBytes(Path.Combine(reference, "article.pdf"));
        var newEpub = File.ReadAllBytes(Path.Combine(reference, "article.epub"));

        var outDir = Path.Combine(dir.Path, "out");
        var kills = new List<string>();
        // Kill at fractions of a whole build's time, and once the moment a temporary appears (mid-write).
        double[] points = [0.1, 0.3, 0.6, -1];
        foreach (var point in points)
        {
            Directory.CreateDirectory(outDir);
            File.WriteAllBytes(Path.Combine(outDir, "article.pdf"), OldPdf);
            File.WriteAllBytes(Path.Combine(outDir, "article.epub"), OldEpub);
            using var p = ProcessCli.Start(Epoch, "build", source, "-o", outDir, "-q");
            var started = Stopwatch.StartNew();
            if (point >= 0)
            {
                var at = full * point;
                while (started.Elapsed < at && !p.HasExited) Thread.Sleep(5);
            }
            else
            {
                while (!p.HasExited && !Directory.EnumerateFiles(outDir, "*.briefing-tmp").Any() && started.Elapsed < full * 3) Thread.SpinWait(200);
            }
            var killed = !p.HasExited;
            if (killed) p.Kill();   // SIGKILL on Unix
            p.WaitForExit();
            var stale = Directory.EnumerateFiles(outDir, "*.briefing-tmp").Count();
            kills.Add($"{(point < 0 ? "at first temporary" : $"{point:0.0} of the build")}: {(killed ? "killed" : "finished")}, {stale} temporary file(s)");

            AssertOldOrNew(Path.Combine(outDir, "article.pdf"), OldPdf, newPdf);
            AssertOldOrNew(Path.Combine(outDir, "article.epub"), OldEpub, newEpub);
            Assert.Equal(["article.epub", "article.pdf"], Directory.EnumerateFiles(outDir).Select(Path.GetFileName)
                .Where(n => !n!.EndsWith(".briefing-tmp", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
            // Only temporaries of the real names, hidden, and named with the dead process's id.
            foreach (var temp in Directory.EnumerateFiles(outDir, "*.briefing-tmp"))
                Assert.Matches(@"^\.article\.(pdf|epub)\.\d+\.briefing-tmp$", Path.GetFileName(temp));

            // The next run finishes the job and removes what the killed one left.
            Assert.Equal(0, ProcessCli.Run(Epoch, "build", source, "-o", outDir, "-q"));
            Assert.Equal(newPdf, File.ReadAllBytes(Path.Combine(outDir, "article.pdf")));
            Assert.Equal(newEpub, File.ReadAllBytes(Path.Combine(outDir, "article.epub")));
            Assert.Empty(Directory.EnumerateFiles(outDir, "*.briefing-tmp"));
            Directory.Delete(outDir, recursive: true);
        }
        foreach (var k in kills) log.WriteLine(k);
        // The earliest kill and the one at the first temporary must really have interrupted a build (else the test
        // proves nothing); the middle ones may miss on a busy machine, which only makes them weaker.
        Assert.True(kills[0].Contains("killed") && kills.Count(k => k.Contains("killed")) >= 2, string.Join("\n", kills));
    }

    private static void AssertOldOrNew(string path, byte[] old, byte[] complete)
    {
        Assert.True(File.Exists(path), path + " vanished");
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.AsSpan().SequenceEqual(old) || bytes.AsSpan().SequenceEqual(complete),
            $"{Path.GetFileName(path)} is neither the previous file nor the complete new one ({bytes.Length} bytes)");
    }

    [Fact]
    public void A_stale_temporary_with_a_live_processes_id_is_left_alone()
    {
        // A concurrent build in another process owns its temporary until it exits.
        using var dir = new TempDir();
        var live = dir.File($".article.pdf.{Environment.ProcessId}.briefing-tmp", "in progress");
        var source = dir.File("article.txt", "Title\n\nA lede.\n\nChapter\n\nText.\n");
        Assert.Equal(0, ProcessCli.Run(Epoch, "build", source, "-o", dir.Path, "-q", "--format", "pdf"));
        Assert.True(File.Exists(live));
        Assert.True(File.Exists(Path.Combine(dir.Path, "article.pdf")));
    }
}
