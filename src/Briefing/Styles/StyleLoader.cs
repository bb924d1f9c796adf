using Briefing.Model;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Briefing.Styles;

/// <summary>Reads a style YAML file; unknown keys and bad values are input errors naming the file and line.</summary>
internal static class StyleLoader
{
    // Building a deserializer reflects over every bound type (most of a style load); a built one is thread-safe
    // (YamlDotNet 16.1 and later), so a batch builds it once.
    private static readonly Lazy<IDeserializer> Deserializer = new(BuildDeserializer);

    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("AOT", "IL3050:RequiresDynamicCode",
        Justification = "Binds plain classes kept whole by the CLI's TrimmerRoots.xml; the AOT app's output is checked against the JIT app's by bench/whole-process.py --verify.")]
    private static IDeserializer BuildDeserializer() =>
        new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();

    /// <summary>The style shipped with the app (styles/briefing.yaml beside the executable).</summary>
    public static string BundledStylePath => Path.Combine(AppContext.BaseDirectory, "styles", "briefing.yaml");

    /// <summary>Loads a style file and checks that its fonts exist and its page is possible.</summary>
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("AOT", "IL3050:RequiresDynamicCode",
        Justification = "Binds plain classes kept whole by the CLI's TrimmerRoots.xml; the AOT app's output is checked against the JIT app's by bench/whole-process.py --verify.")]
    public static Style Load(string path)
    {
        if (!File.Exists(path)) throw new InputException(path, 0, "style file not found");
        Style style;
        try
        {
            using var reader = new StreamReader(path);
            style = Deserializer.Value.Deserialize<Style?>(reader) ?? new Style();
        }
        catch (YamlException e)
        {
            var inner = e.InnerException?.Message ?? e.Message;
            throw new InputException(path, (int)e.Start.Line, CleanMessage(inner), e);
        }
        style.SourcePath = path;
        style.FontFolder = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, style.Fonts.Folder));
        Validate(style);
        return style;
    }

    private static string CleanMessage(string message)
    {
        // YamlDotNet prefixes positions we already report.
        var i = message.IndexOf("): ", StringComparison.Ordinal);
        return i >= 0 && message.StartsWith('(') ? message[(i + 3)..] : message;
    }

    private static void Validate(Style style)
    {
        var file = style.SourcePath;
        foreach (var font in AllFontFiles(style))
        {
            var full = Path.Combine(style.FontFolder, font);
            if (!File.Exists(full)) throw new InputException(file, LineContaining(file, font), $"font file not found: {full}");
        }
        if (!Paper.Names.Contains(style.Paper.ToLowerInvariant()))
            throw new InputException(file, LineOf(file, "paper:"), $"unknown paper '{style.Paper}' (use {string.Join(" or ", Paper.Names)})");
        var ws = style.WordSpacing;
        if (ws.Stretch is < 0.05 or > 2 || ws.Shrink is < 0 or > 0.6)
            throw new InputException(file, LineOf(file, "word_spacing:"),
                "word_spacing: stretch must be 0.05–2 and shrink 0–0.6 (fractions of a space)");
        // Beyond a few per cent letters visibly change shape; microtype's default is 2 %.
        if (style.Expansion.Stretch is < 0 or > 0.05 || style.Expansion.Shrink is < 0 or > 0.05)
            throw new InputException(file, LineOf(file, "expansion:"),
                "expansion: stretch and shrink must be 0–0.05 (fractions of a glyph's width)");
        var m = style.Margins;
        if (new[] { m.Top, m.Bottom, m.Left, m.Right }.Any(v => v < 0))
            throw new InputException(file, LineOf(file, "margins:"), "margins cannot be negative");
        foreach (var paper in Paper.Names)
        {
            var (w, h) = Paper.Size(paper);
            // At least two inches of text block either way, or no line and no page can be set.
            if (w - m.Left - m.Right < 144 || h - m.Top - m.Bottom < 144)
                throw new InputException(file, LineOf(file, "margins:"),
                    $"impossible page: margins leave {w - m.Left - m.Right:0} x {h - m.Top - m.Bottom:0} pt of text area on {paper} paper (at least 144 x 144 needed)");
        }
        foreach (var size in new[] { style.Sizes.Body, style.Sizes.Leading, style.Sizes.Chapter, style.Sizes.Section, style.Sizes.Small })
            if (size <= 0 || size > 400) throw new InputException(file, 0, $"impossible size {size} pt");
    }

    /// <summary>The 1-based line where a top-level key starts, for messages about its value (0 when absent).</summary>
    private static int LineOf(string file, string key)
    {
        var lines = File.ReadAllLines(file);
        for (var i = 0; i < lines.Length; i++)
            if (lines[i].StartsWith(key, StringComparison.Ordinal)) return i + 1;
        return 0;
    }

    private static int LineContaining(string file, string text)
    {
        var lines = File.ReadAllLines(file);
        for (var i = 0; i < lines.Length; i++)
            if (lines[i].Contains(text, StringComparison.Ordinal)) return i + 1;
        return 0;
    }

    /// <summary>The faces nearly every document sets, as full paths: body and heading, regular and bold.</summary>
    public static IReadOnlyList<string> TextFontFiles(Style style) =>
        [.. new[] { style.Fonts.Body.Regular, style.Fonts.Body.Bold, style.Fonts.Heading.Regular, style.Fonts.Heading.Bold }
            .Where(f => !string.IsNullOrWhiteSpace(f))
            .Select(f => Path.GetFullPath(Path.Combine(style.FontFolder, f!))).Distinct(StringComparer.Ordinal)];

    /// <summary>Every font file the style names.</summary>
    public static IEnumerable<string> AllFontFiles(Style style)
    {
        foreach (var faces in new[] { style.Fonts.Body, style.Fonts.Heading, style.Fonts.Mono })
        {
            if (string.IsNullOrWhiteSpace(faces.Regular)) throw new InputException(style.SourcePath, 0, "a font family has no regular face");
            yield return faces.Regular;
            if (faces.Bold is { Length: > 0 } b) yield return b;
            if (faces.Italic is { Length: > 0 } i) yield return i;
            if (faces.BoldItalic is { Length: > 0 } bi) yield return bi;
        }
        foreach (var f in style.Fonts.Fallback) yield return f;
    }
}
