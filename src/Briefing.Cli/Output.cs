namespace Briefing.Cli;

/// <summary>Where the CLI writes: results to stdout, diagnostics to stderr.</summary>
public sealed class Output(TextWriter @out, TextWriter err)
{
    /// <summary>Standard output.</summary>
    public TextWriter Out { get; } = @out;
    /// <summary>Standard error.</summary>
    public TextWriter Err { get; } = err;
    private readonly Lock _gate = new();

    /// <summary>A result line.</summary>
    public void Line(string text) { lock (_gate) Out.WriteLine(text); }
    /// <summary>A diagnostic line.</summary>
    public void Error(string text) { lock (_gate) Err.WriteLine(text); }
}
