namespace Briefing.Publishing;

/// <summary>One input to build and how.</summary>
/// <param name="Source">The source file (.txt, .md).</param>
/// <param name="OutputDirectory">Where NAME.pdf and NAME.epub go.</param>
/// <param name="Formats">Which outputs.</param>
/// <param name="Paper">a4 or letter; null keeps the style's.</param>
/// <param name="StylePath">--style, or null for the source's choice or the default.</param>
/// <param name="MaxInputBytes">Input size limit.</param>
/// <param name="Timestamp">The date written into the outputs; null for <see cref="BuildTimestamp.For"/>.</param>
/// <param name="SingleCore">Build on the calling thread alone (the EPUB after the PDF, compression on one core): for a
/// batch whose every core has a build of its own, where a build's own parallel work only competes with the others.</param>
internal sealed record BuildRequest(
    string Source,
    string OutputDirectory,
    OutputFormats Formats = OutputFormats.All,
    string? Paper = null,
    string? StylePath = null,
    long MaxInputBytes = Readers.SourceText.DefaultMaxBytes,
    DateTimeOffset? Timestamp = null,
    bool SingleCore = false);

/// <summary>What one build did.</summary>
/// <param name="Source">The input.</param>
/// <param name="Outputs">Files written with their sizes.</param>
/// <param name="Pages">Pages in the PDF layout (0 when no layout ran).</param>
/// <param name="Stages">Stage name and elapsed time, in order.</param>
/// <param name="Warnings">Import warnings.</param>
/// <param name="Structure">The recovered structure as readable text (for -v), made when first asked for: counting
/// the words of every section took ~2 MB and a millisecond of each build that nobody asked to see.</param>
internal sealed record BuildResult(
    string Source,
    IReadOnlyList<(string Path, long Bytes)> Outputs,
    int Pages,
    IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages,
    IReadOnlyList<Diagnostic> Warnings,
    Lazy<string> Structure);
