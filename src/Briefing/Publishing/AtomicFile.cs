namespace Briefing.Publishing;

/// <summary>
/// Writes a file through a temporary sibling and moves it into place only when complete, so a failure or a killed
/// process never leaves a half file under the real name and the previous version survives.
/// </summary>
internal static class AtomicFile
{
    private const string Suffix = ".briefing-tmp";

    /// <summary>Writes <paramref name="path"/> via a temporary file; returns the final size in bytes.</summary>
    public static long Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(dir);
        CleanStale(full);
        var temp = TemporaryFor(full);
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, full, overwrite: true);
            return new FileInfo(full).Length;
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>Creates and at once deletes the temporary file <see cref="Write"/> would write <paramref name="path"/>
    /// through: proof that it can be written, before the work of making it.</summary>
    public static void Probe(string path)
    {
        using (new FileStream(TemporaryFor(Path.GetFullPath(path)), FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose)) { }
    }

    private static string TemporaryFor(string fullPath) =>
        Path.Combine(Path.GetDirectoryName(fullPath)!, $".{Path.GetFileName(fullPath)}.{Environment.ProcessId}{Suffix}");

    /// <summary>Removes temporary files a killed earlier run left beside <paramref name="fullPath"/>.</summary>
    private static void CleanStale(string fullPath)
    {
        var dir = Path.GetDirectoryName(fullPath)!;
        var prefix = $".{Path.GetFileName(fullPath)}.";
        foreach (var file in Directory.EnumerateFiles(dir, prefix + "*" + Suffix))
        {
            var pidText = Path.GetFileName(file)[prefix.Length..^Suffix.Length];
            if (int.TryParse(pidText, out var pid) && pid != Environment.ProcessId && IsRunning(pid)) continue;
            if (pid == Environment.ProcessId) continue;
            TryDelete(file);
        }
    }

    private static bool IsRunning(int pid)
    {
        try { using var p = System.Diagnostics.Process.GetProcessById(pid); return !p.HasExited; }
        catch (ArgumentException) { return false; }
        catch (InvalidOperationException) { return false; }
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
