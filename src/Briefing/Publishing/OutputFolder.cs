namespace Briefing.Publishing;

/// <summary>Makes sure the output folder can take the outputs before any reading or rendering, so a build that
/// cannot be saved fails at once rather than after its whole render.</summary>
internal static class OutputFolder
{
    /// <summary>Creates <paramref name="folder"/> when missing and proves it writable with the temporary file an
    /// output named <paramref name="fileName"/> will be written through (deleted at once; one a killed process leaves
    /// is cleaned up by the next run like any other); throws <see cref="InputException"/> naming the folder otherwise.</summary>
    public static void Prepare(string folder, string fileName)
    {
        // .NET names only "a part of the path" when one of the folders on the way is a file; name that file.
        if (FileOnTheWay(Path.GetFullPath(folder)) is { } file)
            throw Unwritable(folder, $"{file} is not a folder", null);
        try
        {
            Directory.CreateDirectory(folder);
            AtomicFile.Probe(Path.Combine(folder, fileName));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Unwritable(folder, e.Message, e);
        }
    }

    /// <summary>The nearest existing entry on the way to <paramref name="full"/>, when it is a file, not a folder.</summary>
    private static string? FileOnTheWay(string full)
    {
        for (var path = full; !string.IsNullOrEmpty(path); path = Path.GetDirectoryName(path))
        {
            if (Directory.Exists(path)) return null;
            if (File.Exists(path)) return path;
        }
        return null;
    }

    private static InputException Unwritable(string folder, string why, Exception? inner) =>
        new(folder, 0, $"output folder cannot be written: {why}", inner);
}
