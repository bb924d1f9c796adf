namespace Briefing.Tests.Support;

/// <summary>Text with its quotes and dashes back to typewriter forms, to compare a source with what was kept of it
/// (the readers set "'" as ’, "--" as — or –, "..." as … and "<<" as «).</summary>
internal static class Typewriter
{
    public static string Plain(string text) => text
        .Replace("---", "--", StringComparison.Ordinal).Replace("—", "--", StringComparison.Ordinal).Replace("–", "--", StringComparison.Ordinal)
        .Replace("…", "...", StringComparison.Ordinal).Replace("«", "<<", StringComparison.Ordinal).Replace("»", ">>", StringComparison.Ordinal)
        .Replace('‘', '\'').Replace('’', '\'').Replace('“', '"').Replace('”', '"');
}
