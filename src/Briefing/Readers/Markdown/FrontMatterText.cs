using Markdig;
using Markdig.Syntax;

namespace Briefing.Readers.Markdown;

/// <summary>
/// Front matter's title and subtitle read as Markdown, as pandoc reads them, into the plain text the metadata holds:
/// <c>\*</c> is an asterisk, <c>*risks*</c> is the word, <c>`grep`</c> the code's text. A value Markdown would take
/// for more than a paragraph ("1. Introduction", "# Notes") stays as typed: the author meant the words.
/// </summary>
internal static class FrontMatterText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseEmphasisExtras().UseSmartyPants().Build();

    /// <summary>The value's text without its Markdown; null stays null.</summary>
    public static string? Plain(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || !value.AsSpan().ContainsAny(MarkupChars)) return value;
        var parsed = Markdig.Markdown.Parse(value, Pipeline);
        return parsed is [ParagraphBlock { Inline: { } inline }]
            ? Model.Inlines.PlainText(InlineConverter.Convert(inline)).ReplaceLineEndings(" ")
            : value;
    }

    // Only a value with one of these can read differently as Markdown; the rest is returned without a parse.
    private static readonly System.Buffers.SearchValues<char> MarkupChars = System.Buffers.SearchValues.Create("\\*_`~^[<&");
}
