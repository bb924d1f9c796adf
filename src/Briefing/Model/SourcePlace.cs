namespace Briefing.Model;

/// <summary>Where something was given: a file and its 1-based line (a sidecar's or front matter's key).</summary>
internal sealed record SourcePlace(string File, int Line);
