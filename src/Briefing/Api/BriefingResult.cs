namespace Briefing;

/// <summary>One output of a build.</summary>
/// <param name="Format">Which output: <see cref="OutputFormats.Pdf"/> or <see cref="OutputFormats.Epub"/>.</param>
/// <param name="Path">The file written, or null when written to a stream.</param>
/// <param name="Bytes">Its size in bytes.</param>
public sealed record BriefingOutput(OutputFormats Format, string? Path, long Bytes);

/// <summary>What a build did.</summary>
/// <param name="Pages">Pages of the printed briefing.</param>
/// <param name="Outputs">The outputs written, PDF first.</param>
/// <param name="Warnings">What the import and the layout could not do as asked (lost FAQ questions, characters no
/// font of the style can show, dangling links); the outputs were written anyway.</param>
public sealed record BriefingResult(int Pages, IReadOnlyList<BriefingOutput> Outputs, IReadOnlyList<Diagnostic> Warnings);
