using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace Briefing.Tests.Epub;

/// <summary>What EPUBCheck said about one file.</summary>
internal sealed record EpubCheckResult(int Fatals, int Errors, int Warnings, IReadOnlyList<string> Messages, string Output)
{
    public override string ToString() => $"{Fatals} fatals / {Errors} errors / {Warnings} warnings\n{string.Join("\n", Messages)}\n{Output}";
}

/// <summary>Runs Debian's EPUBCheck jar (the wrapper script needs binfmt_misc, absent here) and reads its JSON report.</summary>
internal static partial class EpubCheck
{
    public const string Jar = "/usr/share/java/epubcheck.jar";

    public static bool IsCi => Briefing.Tests.Support.Repo.IsCi;

    public static bool Available => File.Exists(Jar) && FindJava() is not null;

    public static EpubCheckResult Run(byte[] epub, string name)
    {
        Assert.True(Available, $"EPUBCheck is required (CI=true): {Jar} and java on PATH");
        var dir = Directory.CreateTempSubdirectory("epubcheck-");
        try
        {
            var file = Path.Combine(dir.FullName, name + ".epub");
            var json = Path.Combine(dir.FullName, name + ".json");
            File.WriteAllBytes(file, epub);
            var start = new ProcessStartInfo(FindJava()!, ["-jar", Jar, file, "--json", json])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            var output = stdout + stderr.Result;

            var messages = new List<string>();
            int fatals = 0, errors = 0, warnings = 0;
            using (var report = JsonDocument.Parse(File.ReadAllBytes(json)))
            {
                foreach (var m in report.RootElement.GetProperty("messages").EnumerateArray())
                {
                    var severity = m.GetProperty("severity").GetString();
                    switch (severity)
                    {
                        case "FATAL": fatals++; break;
                        case "ERROR": errors++; break;
                        case "WARNING": warnings++; break;
                    }
                    var where = m.TryGetProperty("locations", out var locs) && locs.GetArrayLength() > 0
                        ? $" at {locs[0].GetProperty("path").GetString()}:{locs[0].GetProperty("line").GetInt32()}" : "";
                    messages.Add($"{severity} {m.GetProperty("ID").GetString()}: {m.GetProperty("message").GetString()}{where}");
                }
            }
            // The summary line is the second opinion: both must agree that nothing was found.
            var summary = Summary().Match(output);
            Assert.True(summary.Success, "EPUBCheck printed no summary:\n" + output);
            Assert.Equal(fatals + errors + warnings,
                int.Parse(summary.Groups[1].Value) + int.Parse(summary.Groups[2].Value) + int.Parse(summary.Groups[3].Value));
            return new EpubCheckResult(fatals, errors, warnings, messages, output);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static string? FindJava()
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, "java");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    [GeneratedRegex(@"Messages: (\d+) fatals? / (\d+) errors? / (\d+) warnings?")]
    private static partial Regex Summary();
}

/// <summary>A fact that needs EPUBCheck: skipped when it is absent, except on CI (CI=true), where it runs and fails.</summary>
public sealed class EpubCheckFactAttribute : FactAttribute
{
    public EpubCheckFactAttribute()
    {
        if (!EpubCheck.Available && !EpubCheck.IsCi) Skip = $"EPUBCheck not installed ({EpubCheck.Jar}, java)";
    }
}

/// <summary>A theory that needs EPUBCheck: skipped when it is absent, except on CI where it must run.</summary>
public sealed class EpubCheckTheoryAttribute : TheoryAttribute
{
    public EpubCheckTheoryAttribute()
    {
        if (!EpubCheck.Available && !EpubCheck.IsCi) Skip = $"EPUBCheck not installed ({EpubCheck.Jar}, java)";
    }
}
