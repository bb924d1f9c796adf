namespace Briefing.Model;

/// <summary>Bad input: the message names the file and, where there is one, the line. The CLI maps it to exit code 1.</summary>
public sealed class InputException(Diagnostic diagnostic, Exception? inner = null)
    : Exception(diagnostic.ToString(), inner)
{
    /// <summary>The file, line and message.</summary>
    public Diagnostic Diagnostic { get; } = diagnostic;

    /// <summary>Creates one from parts.</summary>
    public InputException(string file, int line, string message, Exception? inner = null)
        : this(new Diagnostic(file, line, message), inner) { }
}
