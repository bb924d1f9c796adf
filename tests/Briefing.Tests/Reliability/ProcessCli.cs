using System.Diagnostics;

namespace Briefing.Tests.Reliability;

/// <summary>The real <c>briefing</c> app as a child process: for kills and for environment variables that must not
/// leak into the tests running beside it.</summary>
internal static class ProcessCli
{
    /// <summary>The app host built beside the test assembly (the CLI project is referenced).</summary>
    public static string AppHost => Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "briefing.exe" : "briefing");

    public static Process Start(IReadOnlyDictionary<string, string?>? env, params string[] args)
    {
        var start = new ProcessStartInfo(AppHost, args) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["SOURCE_DATE_EPOCH"] = null;
        foreach (var (k, v) in env ?? new Dictionary<string, string?>()) start.Environment[k] = v;
        var p = Process.Start(start)!;
        // Drain the pipes so a chatty child never blocks on a full one.
        p.OutputDataReceived += (_, _) => { };
        p.ErrorDataReceived += (_, _) => { };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return p;
    }

    /// <summary>Runs to the end; returns the exit code.</summary>
    public static int Run(IReadOnlyDictionary<string, string?>? env, params string[] args)
    {
        using var p = Start(env, args);
        if (!p.WaitForExit(TimeSpan.FromMinutes(2))) { p.Kill(entireProcessTree: true); throw new TimeoutException("briefing did not finish"); }
        return p.ExitCode;
    }
}
