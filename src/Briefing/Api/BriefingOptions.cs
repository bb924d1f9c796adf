namespace Briefing;

/// <summary>How to build: style, paper, outputs, timestamp. Every property has a usable default.</summary>
public sealed record BriefingOptions
{
    /// <summary>50 MB: the default limit on a source file's size.</summary>
    public const long DefaultMaxInputBytes = Readers.SourceText.DefaultMaxBytes;

    /// <summary>
    /// A bundled style name (<c>briefing</c>, <c>memo</c>, <c>report</c>) or the path of a style YAML file.
    /// Null (the default) takes the style the source's sidecar or front matter names, else <c>briefing</c>.
    /// </summary>
    public string? Style { get; init; }

    /// <summary><c>a4</c> or <c>letter</c>; null (the default) keeps the style's paper.</summary>
    public string? Paper { get; init; }

    /// <summary>Which files <see cref="BriefingBuilder.BuildFiles"/> writes (default: both). Building to streams
    /// writes to the streams given instead.</summary>
    public OutputFormats Formats { get; init; } = OutputFormats.All;

    /// <summary>
    /// The date written into the outputs' metadata. Null (the default) takes <c>SOURCE_DATE_EPOCH</c> when set, else
    /// the source file's modification time (the time of the build for text given as a string), so two builds of the
    /// same file give the same bytes.
    /// </summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>Largest source file accepted, in bytes (default <see cref="DefaultMaxInputBytes"/>).</summary>
    public long MaxInputBytes { get; init; } = DefaultMaxInputBytes;
}
