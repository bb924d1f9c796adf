using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Pdf;

/// <summary>Runs the PDF checkers (qpdf, poppler, MuPDF) when they are installed; on CI (CI=true) they must be.</summary>
internal static class Tools
{
    public static bool Has(string tool) => ToolRun.Exists(tool);

    /// <summary>Runs a tool; returns its exit code and output (stdout then stderr).</summary>
    public static (int Exit, string Out, string Err) Run(string tool, params string[] args)
    {
        Assert.True(Has(tool), $"{tool} is required (install qpdf, poppler-utils and mupdf-tools)");
        var run = ToolRun.Of(tool, args);
        return (run.ExitCode, run.Out, run.Err);
    }
}
