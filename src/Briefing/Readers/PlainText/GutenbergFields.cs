using System.Text.RegularExpressions;

namespace Briefing.Readers.PlainText;

/// <summary>The catalogue fields of a Project Gutenberg header ("Title:", "Author:", "Language:"), and the 1-based
/// line of the language's (for a message about it; 0 without one).</summary>
internal sealed partial record GutenbergFields(string? Title, string? Author, string? Language, int LanguageLine = 0)
{
    /// <summary>No fields (not a Gutenberg text).</summary>
    public static readonly GutenbergFields None = new(null, null, null);

    /// <summary>Reads the fields in lines [0, end). A value may go on over indented lines ("Title: Foo\n       Bar").</summary>
    public static GutenbergFields Read(IReadOnlyList<string> lines, int end)
    {
        string? title = null, author = null, language = null;
        var languageLine = 0;
        for (var i = 0; i < end; i++)
        {
            var m = Field().Match(lines[i].Trim());
            if (!m.Success) continue;
            var next = ValueEnd(lines, i, end);
            var value = string.Join(' ', [m.Groups[2].Value.Trim(), .. lines.Skip(i + 1).Take(next - i - 1).Select(l => l.Trim())]);
            switch (m.Groups[1].Value.ToLowerInvariant())
            {
                case "title": title ??= value; break;
                case "author": author ??= value; break;
                case "language" when language is null:
                    language = LanguageTag(value);
                    if (language is not null) languageLine = i + 1;
                    break;
            }
        }
        return new GutenbergFields(Blank(title), Blank(author), language, languageLine);
    }

    /// <summary>The line after a field's value: the value goes on over the indented lines under the field's line.</summary>
    public static int ValueEnd(IReadOnlyList<string> lines, int field, int end)
    {
        var j = field + 1;
        while (j < end && lines[j].Length > 0 && char.IsWhiteSpace(lines[j][0]) && lines[j].Trim().Length > 0) j++;
        return j;
    }

    /// <summary>A catalogue line: a short capitalised name, a colon, a value.</summary>
    public static bool IsField(string line) => Field().IsMatch(line.Trim());

    // The names Gutenberg's catalogue uses for the languages most of its books are in; others keep the default.
    private static readonly Dictionary<string, string> Tags = new(StringComparer.OrdinalIgnoreCase)
    {
        ["English"] = "en", ["French"] = "fr", ["German"] = "de", ["Spanish"] = "es", ["Italian"] = "it",
        ["Portuguese"] = "pt", ["Dutch"] = "nl", ["Finnish"] = "fi", ["Swedish"] = "sv", ["Danish"] = "da",
        ["Norwegian"] = "no", ["Latin"] = "la", ["Greek"] = "el", ["Esperanto"] = "eo", ["Polish"] = "pl",
        ["Hungarian"] = "hu", ["Russian"] = "ru", ["Chinese"] = "zh", ["Japanese"] = "ja", ["Czech"] = "cs",
    };

    private static string? LanguageTag(string name) => Tags.GetValueOrDefault(name.Trim());

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    [GeneratedRegex(@"^([A-Z][A-Za-z]*(?: [A-Za-z]+){0,3}):\s+(\S.*)$")]
    private static partial Regex Field();
}
