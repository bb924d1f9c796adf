using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using Briefing.Tests.Support;

namespace Briefing.Tests.Accessibility;

/// <summary>A structure element as pdf.js reads it, or (with <see cref="ContentId"/> set) a marked-content leaf.</summary>
internal sealed record StructNode(string? Role, IReadOnlyList<StructNode> Kids, string? ContentId, string? Alt = null)
{
    /// <summary>Elements and leaves, depth first, this node included.</summary>
    public IEnumerable<StructNode> DepthFirst()
    {
        var stack = new Stack<StructNode>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            yield return n;
            for (var i = n.Kids.Count - 1; i >= 0; i--) stack.Push(n.Kids[i]);
        }
    }

    /// <summary>The marked-content ids this element owns, in tree order.</summary>
    public IEnumerable<string> ContentIds() => DepthFirst().Where(n => n.ContentId is not null).Select(n => n.ContentId!);
}

/// <summary>A run of page text in content-stream order, inside one marked-content id (or none) and its open tags.</summary>
internal sealed record ContentRun(string? Id, IReadOnlyList<string> Tags, bool Artifact, string Text, double? X, double? Y);

/// <summary>One page: its structure tree and its text.</summary>
internal sealed record StructurePage(int Number, double Height, StructNode? Tree, IReadOnlyList<ContentRun> Content)
{
    /// <summary>Text of each marked-content id on the page.</summary>
    public IReadOnlyDictionary<string, string> TextById { get; } = Content.Where(r => r.Id is not null)
        .GroupBy(r => r.Id!).ToDictionary(g => g.Key, g => string.Concat(g.Select(r => r.Text)));

    /// <summary>The text an element owns on this page, in tree order.</summary>
    public string TextOf(StructNode element) =>
        string.Concat(element.ContentIds().Select(id => TextById.GetValueOrDefault(id, "")));
}

/// <summary>
/// What pdf.js (Firefox's PDF engine) reads of a PDF's logical structure: per page the tag tree and the text per
/// marked-content id (pdfjs-structure.mjs beside this file), plus language, title and viewer preferences.
/// </summary>
internal sealed partial record PdfStructure(string? Lang, string? Title, string? XmpTitle, bool DisplayDocTitle, bool Marked,
    IReadOnlyList<string> Warnings, IReadOnlyList<StructurePage> Pages)
{
    private static readonly ConcurrentDictionary<string, Lazy<PdfStructure>> Cache = new();

    public static string Script => Path.Combine(Repo.Root, "tests", "Briefing.Tests", "Accessibility", "pdfjs-structure.mjs");

    /// <summary>The structure of a PDF (read once per run).</summary>
    public static PdfStructure Of(string pdf) => Cache.GetOrAdd(pdf, p => new Lazy<PdfStructure>(() => Read(p))).Value;

    private static PdfStructure Read(string pdf)
    {
        // Into a file, not a pipe: node exits right after writing, and a piped stdout is cut short.
        var json = Path.ChangeExtension(pdf, ".structure.json");
        var run = ToolRun.Of("bash", "-c", "node \"$0\" \"$1\" > \"$2\"", Script, pdf, json);
        if (run.ExitCode != 0) throw new InvalidOperationException("pdf.js could not read " + pdf + ": " + File.ReadAllText(json) + run.Err);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var root = doc.RootElement;
        static string? Str(JsonElement e, string name) =>
            e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        static bool Flag(JsonElement e, string obj, string name) =>
            e.TryGetProperty(obj, out var o) && o.ValueKind == JsonValueKind.Object && o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;
        var pages = root.GetProperty("perPage").EnumerateArray().Select(p => new StructurePage(
            p.GetProperty("page").GetInt32(),
            p.GetProperty("height").GetDouble(),
            p.GetProperty("tree").ValueKind == JsonValueKind.Object ? Node(p.GetProperty("tree")) : null,
            [.. p.GetProperty("content").EnumerateArray().Select(r => new ContentRun(
                Str(r, "id"),
                [.. r.GetProperty("tags").EnumerateArray().Select(t => t.GetString() ?? "")],
                r.GetProperty("artifact").GetBoolean(),
                r.GetProperty("text").GetString()!,
                r.GetProperty("x").ValueKind == JsonValueKind.Number ? r.GetProperty("x").GetDouble() : null,
                r.GetProperty("y").ValueKind == JsonValueKind.Number ? r.GetProperty("y").GetDouble() : null))])).ToList();
        return new PdfStructure(Str(root, "lang"), Str(root, "title"), Str(root, "xmpTitle"),
            Flag(root, "viewerPreferences", "DisplayDocTitle"), Flag(root, "markInfo", "Marked"),
            [.. root.GetProperty("warnings").EnumerateArray().Select(w => w.GetString() ?? "")], pages);
    }

    private static StructNode Node(JsonElement e)
    {
        if (e.TryGetProperty("mc", out var mc)) return new StructNode(null, [], mc.GetString());
        if (!e.TryGetProperty("kids", out var kids)) return new StructNode(null, [], null);  // annotation objects
        return new StructNode(e.TryGetProperty("role", out var r) ? r.GetString() : null, [.. kids.EnumerateArray().Select(Node)], null,
            e.TryGetProperty("alt", out var alt) ? alt.GetString() : null);
    }

    /// <summary>Heading level of a role (H1..H6 → 1..6, H → 0), or null when the role is not a heading.</summary>
    public static int? HeadingLevel(string? role) =>
        role is null ? null : role == "H" ? 0 : HeadingRole().Match(role) is { Success: true } m ? m.Groups[1].Value[0] - '0' : null;

    /// <summary>Text squeezed for comparison across line breaks and hyphenation: no whitespace, hyphens or soft hyphens.</summary>
    public static string Squeeze(string s) => Squeezable().Replace(s, "");

    /// <summary>Characters no font of the style has, which the PDF draws as '?' (the build's warnings name them), and '?' itself.</summary>
    public static IReadOnlyList<string> MissingGlyphs(Publishing.BuildResult build) =>
        [.. build.Warnings.SelectMany(w => CodePoint().Matches(w.Message).Select(m => char.ConvertFromUtf32(Convert.ToInt32(m.Groups[1].Value, 16))))
            .Append("?").Distinct()];

    /// <summary>Squeezed text without the characters that may be drawn as '?'.</summary>
    public static string Comparable(string s, IReadOnlyList<string> missing) =>
        missing.Aggregate(Squeeze(s), (t, g) => t.Replace(g, "", StringComparison.Ordinal));

    [GeneratedRegex(@"U\+([0-9A-F]{4,6})")]
    private static partial Regex CodePoint();

    [GeneratedRegex(@"^H([1-6])$")]
    private static partial Regex HeadingRole();

    [GeneratedRegex(@"[\s\-\u00AD\u2010\u2011]+")]
    private static partial Regex Squeezable();
}
