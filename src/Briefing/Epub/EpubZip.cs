using System.IO.Compression;

namespace Briefing.Epub;

/// <summary>
/// The OCF container: "mimetype" first and stored (no compression, no extra field), then every other file deflated,
/// in the order added, all stamped with one fixed time, so the same input always gives the same bytes.
/// </summary>
internal sealed class EpubZip
{
    private readonly List<(string Path, byte[] Data)> _entries = [];

    /// <summary>Adds a file (paths use '/', relative to the container root).</summary>
    public void Add(string path, byte[] data)
    {
        if (_entries.Any(e => e.Path == path)) throw new InvalidOperationException($"duplicate zip entry {path}");
        _entries.Add((path, data));
    }

    /// <summary>Writes the container. The zip is built in memory first, so <paramref name="output"/> need not be seekable.</summary>
    public void WriteTo(Stream output, DateTimeOffset modified)
    {
        var stamp = DosTime(modified);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "mimetype", "application/epub+zip"u8.ToArray(), CompressionLevel.NoCompression, stamp);
            foreach (var (path, data) in _entries)
                Write(zip, path, data, Compressed(path) ? CompressionLevel.NoCompression : CompressionLevel.Optimal, stamp);
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    /// <summary>Pictures that are compressed already: deflating them again costs time and saves nothing.</summary>
    private static bool Compressed(string path) =>
        path.EndsWith(".png", StringComparison.Ordinal) || path.EndsWith(".jpg", StringComparison.Ordinal);

    private static void Write(ZipArchive zip, string path, byte[] data, CompressionLevel level, DateTimeOffset stamp)
    {
        var entry = zip.CreateEntry(path, level);
        entry.LastWriteTime = stamp;
        using var s = entry.Open();
        s.Write(data);
    }

    // Zip (DOS) times run from 1980 to 2107 and have no zone: the UTC clock time, clamped (SOURCE_DATE_EPOCH=0 is common).
    private static DateTimeOffset DosTime(DateTimeOffset modified)
    {
        var utc = modified.UtcDateTime;
        var min = new DateTime(1980, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var max = new DateTime(2107, 12, 31, 23, 59, 58, DateTimeKind.Utc);
        if (utc < min) utc = min;
        if (utc > max) utc = max;
        return new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Unspecified), TimeSpan.Zero);
    }
}
