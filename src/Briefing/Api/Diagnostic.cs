namespace Briefing;

/// <summary>A message about a place in an input file.</summary>
/// <param name="File">The file the message is about.</param>
/// <param name="Line">1-based line, or 0 when the message is not tied to a line.</param>
/// <param name="Message">What is wrong, in words for the author.</param>
/// <param name="Column">1-based column, or 0 when unknown.</param>
public sealed record Diagnostic(string File, int Line, string Message, int Column = 0)
{
    /// <summary><c>FILE:LINE:COLUMN: message</c>, without the column when it is unknown and without the line when
    /// there is none.</summary>
    public override string ToString() =>
        Line <= 0 ? $"{File}: {Message}" : Column <= 0 ? $"{File}:{Line}: {Message}" : $"{File}:{Line}:{Column}: {Message}";
}
