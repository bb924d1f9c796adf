using System.Collections.Concurrent;

namespace Briefing.Layout.Fonts;

/// <summary>Reads each font file once per process, keyed by full path; safe for parallel builds.</summary>
internal static class FontCache
{
    private static readonly ConcurrentDictionary<string, Lazy<TrueTypeFont>> Fonts = new(StringComparer.Ordinal);

    /// <summary>The font at a path (made absolute).</summary>
    public static TrueTypeFont Get(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var lazy = Fonts.GetOrAdd(full, p => new Lazy<TrueTypeFont>(() => TrueTypeFont.Read(p), LazyThreadSafetyMode.ExecutionAndPublication));
        try { return lazy.Value; }
        catch
        {
            // A failed read is not cached: the file may be fixed before the next build in the same process.
            Fonts.TryRemove(new KeyValuePair<string, Lazy<TrueTypeFont>>(full, lazy));
            throw;
        }
    }
}
