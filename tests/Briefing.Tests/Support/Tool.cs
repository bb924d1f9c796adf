using System.Diagnostics;

namespace Briefing.Tests.Support;

/// <summary>Runs an external checker (qpdf, poppler, mutool, node, Ace) and captures what it prints.</summary>
public sealed record ToolRun(int ExitCode, string Out, string Err)
{
    public static ToolRun Of(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var p = Process.Start(start)!;
        var err = p.StandardError.ReadToEndAsync();
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return new ToolRun(p.ExitCode, output, err.Result);
    }

    /// <summary>True when the program is on PATH (or is an existing file).</summary>
    public static bool Exists(string program) =>
        File.Exists(program) || (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, program)));
}

/// <summary>A fact that needs external tools: skipped when one is missing, except on CI, where it fails instead.</summary>
public sealed class ToolFactAttribute : Xunit.FactAttribute
{
    public ToolFactAttribute(params string[] tools)
    {
        var missing = tools.Where(t => !Tool.Exists(t)).ToList();
        if (missing.Count > 0 && !Repo.IsCi) Skip = "not installed: " + string.Join(", ", missing);
    }
}

/// <summary>A theory that needs external tools (see <see cref="ToolFactAttribute"/>).</summary>
public sealed class ToolTheoryAttribute : Xunit.TheoryAttribute
{
    public ToolTheoryAttribute(params string[] tools)
    {
        var missing = tools.Where(t => !Tool.Exists(t)).ToList();
        if (missing.Count > 0 && !Repo.IsCi) Skip = "not installed: " + string.Join(", ", missing);
    }
}

/// <summary>Paths of the independent checkers installed by ../shared/tools/setup-clients.sh.</summary>
public static class Tool
{
    public static string AceScript => Path.Combine(Repo.Shared, "tools", "ace.sh");
    public static string PdfJsFacts => Path.Combine(Repo.Shared, "tools", "pdfjs-facts.mjs");
    public const string ClientsRoot = "/tmp/validator-clients";
    public static string AceCli => Path.Combine(ClientsRoot, "node_modules", ".bin", "ace-cli");
    public static string PdfJs => Path.Combine(ClientsRoot, "node_modules", "pdfjs-dist", "legacy", "build", "pdf.mjs");

    public static bool Exists(string program) => ToolRun.Exists(program);
}
