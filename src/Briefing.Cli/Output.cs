namespace Briefing.Cli;

/// <summary>Where the CLI writes: results to stdout, diagnostics to stderr.</summary>
public sealed class Output(TextWriter @out, TextWriter err)
{
    /// <summary>Standard output.</summary>
    public TextWriter Out { get; } = @out;
    /// <summary>Standard error.</summary>
    public TextWriter Err { get; } = err;
    private readonly Lock _gate = new();

    /// <summary>Only errors and the summary line (--quiet).</summary>
    public bool Quiet { get; set; }
    /// <summary>Also the recovered structure and every warning (-v).</summary>
    public bool Verbose { get; set; }

    /// <summary>True when writing to a real terminal, where a live progress display is wanted.</summary>
    public bool Interactive => !Quiet && ReferenceEquals(Out, Console.Out) && !Console.IsOutputRedirected
                               && Spectre.Console.AnsiConsole.Profile.Capabilities.Interactive;

    /// <summary>A detail line, hidden by --quiet.</summary>
    public void Detail(string text) { if (!Quiet) Line(text); }

    /// <summary>A result line.</summary>
    public void Line(string text) { lock (_gate) Out.WriteLine(text); }
    /// <summary>A diagnostic line.</summary>
    public void Error(string text) { lock (_gate) Err.WriteLine(text); }
}
