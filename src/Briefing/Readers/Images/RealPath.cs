namespace Briefing.Readers.Images;

/// <summary>A path with every symbolic link along it followed — folders as well as the file — so "is it inside this
/// folder?" asks where the bytes really are. .NET has no realpath; links are resolved one component at a time.</summary>
internal static class RealPath
{
    /// <summary>Links followed through at most this many hops in all: a loop of links ends here.</summary>
    private const int MaxHops = 40;

    /// <summary>The real path of <paramref name="path"/> (which need not exist past its existing part); null for a
    /// loop of links.</summary>
    public static string? Of(string path)
    {
        var hops = 0;
        return Resolve(Path.GetFullPath(path), ref hops);
    }

    /// <summary>Whether the real path <paramref name="real"/> is <paramref name="folder"/> or lies below it, once the
    /// folder is real too.</summary>
    public static bool IsInside(string real, string folder) =>
        Of(folder) is { } root
        && (real == root || real.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal));

    private static string? Resolve(string full, ref int hops)
    {
        var root = Path.GetPathRoot(full) ?? "/";
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is { } target)
            {
                if (++hops > MaxHops) return null;
                var resolved = Resolve(Path.GetFullPath(target, current), ref hops);
                if (resolved is null) return null;
                next = resolved;
            }
            current = next;
        }
        return current;
    }
}
