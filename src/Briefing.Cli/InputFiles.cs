using Briefing.Model;
using Briefing.Readers;

namespace Briefing.Cli;

/// <summary>Expands INPUT arguments: files as given, folders to their source files (sidecars are not sources).</summary>
public static class InputFiles
{
    /// <summary>The source files, in a stable order.</summary>
    public static List<string> Expand(IEnumerable<string> inputs)
    {
        var result = new List<string>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                var found = Directory.EnumerateFiles(input).Where(SourceReader.IsSource).Order(StringComparer.Ordinal).ToList();
                if (found.Count == 0) throw new InputException(input, 0, "folder holds no source files (.txt, .md)");
                result.AddRange(found);
            }
            else result.Add(input); // Missing files are reported by the reader, per input.
        }
        return result;
    }
}
