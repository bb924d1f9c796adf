using Briefing.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Briefing.Readers;

/// <summary>
/// Reads a sidecar or front matter through YamlDotNet's representation model: nodes with their places, no
/// reflection (nothing for the AOT publish to keep). Each key is checked for the shape it must have, and every message
/// is in the author's words at the key's line. YAML is plain data: a type tag on a value we read is an error; aliases
/// are shared nodes, never expanded, and a list of lists is refused before it is walked.
/// </summary>
internal static class SidecarYaml
{
    /// <summary>Every key a sidecar or front matter may give, in the order the README lists them.</summary>
    public static readonly IReadOnlyList<string> Keys =
        ["title", "subtitle", "author", "publisher", "date", "language", "lang", "keywords", "style", "identifier", "description", "faq"];

    private const string KeywordsShape = "keywords must be a list (keywords: [a, b]) or one line of comma-separated words";
    private const string AuthorShape = "author must be a name or a list of names (- Ana Lima)";
    private const string FaqShape = "faq must be a list of questions (- Question?)";

    /// <summary>Reads the YAML; see <see cref="Sidecar.Parse"/>.</summary>
    public static Sidecar Read(string yaml, string path, int lineOffset, bool strict)
    {
        int Line(Mark mark) => (int)mark.Line + lineOffset;
        YamlNode? root;
        try
        {
            RefuseRepeatedKeys(yaml, path, lineOffset);
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e) { throw new InputException(path, Line(e.Start), Plain(e.Message), e); }

        var sidecar = new Sidecar { Path = path };
        if (root is null || IsNull(root)) return sidecar;
        if (root is not YamlMappingNode map)
            throw new InputException(path, Line(root.Start),
                $"{(strict ? "the sidecar" : "the front matter")} must be `key: value` lines, not {(root is YamlSequenceNode ? "a list" : "a single value")}");

        (string? Tag, int Line) lang = (null, 0);
        foreach (var (keyNode, value) in map.Children)
        {
            var line = Line(keyNode.Start);
            var key = keyNode is YamlScalarNode { Value: { } k } ? k : "";
            if (!Keys.Contains(key))
            {
                var near = KeyTypos.Nearest(key, Keys);
                var hint = near is null ? "" : $" (did you mean '{near}'?)";
                if (strict) throw new InputException(path, line, $"unknown key '{key}'{hint}; the keys are {string.Join(", ", Keys)}");
                // Front matter is shared with other tools (layout, tags): only a slip of one of ours is worth a word.
                if (near is not null) sidecar.Warnings.Add(new Diagnostic(path, line, $"unknown key '{key}'{hint}; it is ignored"));
                continue;
            }
            RefuseTag(value, path, Line(value.Start));
            sidecar.KeyLines[key] = line;
            switch (key)
            {
                case "keywords": sidecar.Keywords = Keywords(value, path, line, lineOffset); break;
                case "author": sidecar.Authors = Authors(value, path, line, lineOffset); break;
                case "faq":
                    var questions = Questions(value, path, line, lineOffset);
                    sidecar.Faq = questions?.Select(q => q.Text).ToList();
                    sidecar.FaqLines = questions?.Select(q => Line(q.Start)).ToList() ?? [];
                    break;
                case "lang": lang = (Text(value, key, path, line), line); break;
                default: SetText(sidecar, key, Text(value, key, path, line)); break;
            }
        }
        TakeLang(sidecar, lang.Tag, lang.Line);
        CheckValues(sidecar);
        return sidecar;
    }

    private static void SetText(Sidecar sidecar, string key, string? text)
    {
        switch (key)
        {
            case "title": sidecar.Title = text; break;
            case "subtitle": sidecar.Subtitle = text; break;
            case "publisher": sidecar.Publisher = text; break;
            case "date": sidecar.Date = text; break;
            case "language": sidecar.Language = text; break;
            case "style": sidecar.Style = text; break;
            case "identifier": sidecar.Identifier = text; break;
            case "description": sidecar.Description = text; break;
        }
    }

    /// <summary>pandoc's <c>lang</c> is read as <c>language</c>; when both are given and differ, language wins and
    /// lang is warned about at its line.</summary>
    private static void TakeLang(Sidecar sidecar, string? lang, int line)
    {
        if (MetadataMerge.Clean(lang) is not { } tag) return;
        if (MetadataMerge.Clean(sidecar.Language) is not { } language)
        {
            sidecar.Language = tag;
            sidecar.KeyLines["language"] = line;
        }
        else if (!string.Equals(MetadataValues.NormalisedLanguage(language), MetadataValues.NormalisedLanguage(tag), StringComparison.OrdinalIgnoreCase))
            sidecar.Warnings.Add(new Diagnostic(sidecar.Path, line,
                $"lang '{tag}' differs from language '{language}' (line {sidecar.KeyLines["language"]}); language is used"));
    }

    /// <summary>Values that are used as written but that a stage downstream cannot state: a warning at the key's line.</summary>
    private static void CheckValues(Sidecar sidecar)
    {
        if (MetadataMerge.Clean(sidecar.Date) is { } date && MetadataValues.IsMisshapenIsoDate(date))
            sidecar.Warnings.Add(new Diagnostic(sidecar.Path, sidecar.KeyLines["date"],
                $"date {date} is not a calendar date (YYYY-MM-DD); it is printed as written and left out of the EPUB's metadata"));
        if (MetadataMerge.Clean(sidecar.Language) is { } language && !MetadataValues.IsLanguageTag(language))
            sidecar.Warnings.Add(new Diagnostic(sidecar.Path, sidecar.KeyLines["language"],
                $"language '{language}' is not a BCP 47 tag (such as en, en-GB or pt-BR); the EPUB will say \"und\" (undetermined)"));
    }

    private static string? Text(YamlNode value, string key, string path, int line) => value switch
    {
        YamlScalarNode s => IsNull(s) ? null : s.Value,
        YamlSequenceNode => throw new InputException(path, line, $"{key} must be one value, not a list"),
        _ => throw new InputException(path, line, $"{key} must be one value, not a mapping"),
    };

    /// <summary>A list of words, or one line of them separated by commas.</summary>
    private static List<string>? Keywords(YamlNode value, string path, int line, int lineOffset)
    {
        if (value is YamlScalarNode s)
            return IsNull(s) ? null : [.. s.Value!.Split(',').Select(k => k.Trim()).Where(k => k.Length > 0)];
        if (value is not YamlSequenceNode list) throw new InputException(path, line, KeywordsShape);
        var words = new List<string>();
        foreach (var item in list.Children)
        {
            if (item is not YamlScalarNode word) throw new InputException(path, line, KeywordsShape);
            RefuseTag(item, path, (int)item.Start.Line + lineOffset);
            if (!IsNull(word)) words.Add(word.Value!);
        }
        return words;
    }

    /// <summary>One name, or a list of them (pandoc's usual form); blank items are passed over.</summary>
    private static List<string>? Authors(YamlNode value, string path, int line, int lineOffset)
    {
        if (value is YamlScalarNode s) return IsNull(s) ? null : [s.Value!];
        if (value is not YamlSequenceNode list) throw new InputException(path, line, AuthorShape);
        var names = new List<string>();
        foreach (var item in list.Children)
        {
            RefuseTag(item, path, (int)item.Start.Line + lineOffset);
            if (item is not YamlScalarNode name) throw new InputException(path, (int)item.Start.Line + lineOffset, AuthorShape);
            if (!IsNull(name)) names.Add(name.Value!);
        }
        return names;
    }

    /// <summary>The questions with where each is (its line in messages about the FAQ).</summary>
    private static List<(string Text, Mark Start)>? Questions(YamlNode value, string path, int line, int lineOffset)
    {
        if (value is YamlScalarNode s && IsNull(s)) return null;
        if (value is not YamlSequenceNode list) throw new InputException(path, line, FaqShape);
        var questions = new List<(string, Mark)>();
        foreach (var item in list.Children)
        {
            RefuseTag(item, path, (int)item.Start.Line + lineOffset);
            if (item is not YamlScalarNode question || IsNull(question)) throw new InputException(path, line, FaqShape);
            questions.Add((question.Value!, item.Start));
        }
        return questions;
    }

    /// <summary>A plain empty value (<c>key:</c>, <c>~</c>, <c>null</c>) stands for nothing, as in YAML.</summary>
    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    /// <summary>Only plain data is read: a type tag (other than !!str) is refused where it stands.</summary>
    private static void RefuseTag(YamlNode node, string path, int line)
    {
        if (node.Tag.IsEmpty || node.Tag.Value == "tag:yaml.org,2002:str") return;
        throw new InputException(path, line, $"type tag '{node.Tag.Value}' is not allowed: the values are plain text");
    }

    /// <summary>
    /// A key given twice at the top, named with both its lines (the representation model would name only the
    /// second, as "Duplicate key"). Reads the events alone: nothing is built.
    /// </summary>
    private static void RefuseRepeatedKeys(string yaml, string path, int lineOffset)
    {
        var parser = new Parser(new StringReader(yaml));
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var depth = 0;
        var isKey = true;
        var lastLine = lineOffset + 1;
        while (true)
        {
            // YamlDotNet 18's scanner fails without a mark on a flow collection left open at the end ("[unclosed").
            try { if (!parser.MoveNext() || parser.Current is DocumentEnd) return; }
            catch (InvalidOperationException e)
            { throw new InputException(path, lastLine, "the YAML cannot be read from here on: is a [ or { left unclosed?", e); }
            var current = parser.Current!;
            lastLine = (int)current.Start.Line + lineOffset;
            if (current is NodeEvent or AnchorAlias)
            {
                if (depth == 0 && current is not MappingStart) return;   // not a mapping: the reader says so
                if (depth == 1)
                {
                    if (isKey && current is Scalar { Value: var key })
                    {
                        if (seen.TryGetValue(key, out var first))
                            throw new InputException(path, lastLine, $"{key} is given twice (lines {first} and {lastLine})");
                        seen[key] = lastLine;
                    }
                    isKey = !isKey;
                }
            }
            if (current is MappingStart or SequenceStart) depth++;
            else if (current is MappingEnd or SequenceEnd) depth--;
        }
    }

    /// <summary>YamlDotNet's message without its "(Line: …, Col: …): " prefix; a repeated key deeper down in words.</summary>
    private static string Plain(string message)
    {
        var i = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith('(') && i > 0) message = message[(i + 3)..];
        return message.StartsWith("Duplicate key ", StringComparison.Ordinal) ? $"{message[14..]} is given twice" : message;
    }
}
