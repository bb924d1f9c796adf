using System.Globalization;

namespace Briefing.Publishing;

/// <summary>
/// The one time written into outputs: SOURCE_DATE_EPOCH when set, else the source file's own modification time,
/// so two builds of the same input are byte-identical.
/// </summary>
internal static class BuildTimestamp
{
    /// <summary>The timestamp for a source file; for text with no file (null), the time of the build.</summary>
    public static DateTimeOffset For(string? sourcePath)
    {
        var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        if (!string.IsNullOrWhiteSpace(epoch) && long.TryParse(epoch, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        var mtime = sourcePath is null ? DateTime.UtcNow : File.GetLastWriteTimeUtc(sourcePath);
        return DateTimeOffset.FromUnixTimeSeconds(new DateTimeOffset(mtime, TimeSpan.Zero).ToUnixTimeSeconds());
    }
}
