using System.Diagnostics;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Pdf;

/// <summary>Runs the PDF checkers (qpdf, poppler, MuPDF) when they are installed; on CI (CI=true) they must be.</summary>
internal static class Tools
{
    public static bool Has(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
        .Any(dir => File.Exists(Path.Combine(dir, tool)));

    /// <summary>Runs a tool; returns its exit code and output (stdout then stderr).</summary>
    public static (int Exit, string Out, string Err) Run(string tool, params string[] args)
    {
        Assert.True(Has(tool), $"{tool} is required (install qpdf, poppler-utils and mupdf-tools)");
        var start = new ProcessStartInfo(tool, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var err = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, err.Result);
    }
}

/// <summary>A fact that needs external tools: skipped when one is absent, except on CI, where it runs (and fails).</summary>
public sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(params string[] tools)
    {
        var missing = tools.Where(t => !Tools.Has(t)).ToList();
        if (missing.Count > 0 && !Repo.IsCi) Skip = $"not installed: {string.Join(", ", missing)}";
    }
}
