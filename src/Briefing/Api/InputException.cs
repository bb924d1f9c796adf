namespace Briefing;

/// <summary>
/// Bad input (a source, sidecar or style that cannot be used, or an output folder that cannot be written):
/// the message names the file and, where there is one, the line. Nothing has been written when it is thrown.
/// </summary>
public sealed class InputException : Exception
{
    /// <summary>Creates one from a diagnostic.</summary>
    /// <param name="diagnostic">The file, line and message.</param>
    /// <param name="inner">The underlying error, if any.</param>
    public InputException(Diagnostic diagnostic, Exception? inner = null) : base(diagnostic.ToString(), inner) =>
        Diagnostic = diagnostic;

    /// <summary>Creates one from parts.</summary>
    /// <param name="file">The file at fault.</param>
    /// <param name="line">1-based line, or 0.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="inner">The underlying error, if any.</param>
    public InputException(string file, int line, string message, Exception? inner = null)
        : this(new Diagnostic(file, line, message), inner) { }

    /// <summary>The file, line and message.</summary>
    public Diagnostic Diagnostic { get; }
}
