using Briefing.Layout.Breaking;

namespace Briefing.Layout.Hyphenation;

/// <summary>Turns a sequence of words set in one font into paragraph items (see <see cref="ParagraphItemBuilder"/>
/// for the conventions).</summary>
internal static class ParagraphItems
{
    /// <summary>Items for words separated by single spaces, ending with the finishing glue and a forced break.</summary>
    /// <param name="words">The words, punctuation attached; <see cref="ItemSource.Word"/> is the index in this list.</param>
    /// <param name="measure">Width of a word or a piece of one.</param>
    /// <param name="spaceWidth">Natural width of an inter-word space.</param>
    /// <param name="hyphenWidth">Width of the hyphen added at a hyphenation break.</param>
    /// <param name="hyphenator">Hyphenator, or null for none.</param>
    public static ParagraphItemList Build(IReadOnlyList<string> words, Func<string, double> measure,
        double spaceWidth, double hyphenWidth, Hyphenator? hyphenator)
    {
        var builder = new ParagraphItemBuilder(hyphenator);
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0) builder.AddSpace(spaceWidth, i - 1);
            builder.AddWord(words[i], measure, hyphenWidth, i);
        }
        return builder.Finish();
    }

    /// <summary>Items for words already measured; <paramref name="measure"/> is asked only for the pieces of
    /// hyphenated words.</summary>
    /// <param name="words">The words with their widths; <see cref="ItemSource.Word"/> is the index in this list.</param>
    /// <param name="measure">Width of a piece of a word.</param>
    /// <param name="spaceWidth">Natural width of an inter-word space.</param>
    /// <param name="hyphenWidth">Width of the hyphen added at a hyphenation break.</param>
    /// <param name="hyphenator">Hyphenator, or null for none.</param>
    public static ParagraphItemList Build(IReadOnlyList<(string Word, double Width)> words, Func<string, double> measure,
        double spaceWidth, double hyphenWidth, Hyphenator? hyphenator)
    {
        var builder = new ParagraphItemBuilder(hyphenator);
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0) builder.AddSpace(spaceWidth, i - 1);
            builder.AddWord(words[i].Word, measure, hyphenWidth, i, wholeWidth: words[i].Width);
        }
        return builder.Finish();
    }

    /// <summary>The text of line <paramref name="line"/> given the breaks, with a hyphen where a line ends at a
    /// hyphenation point: for tests and diagnostics.</summary>
    public static string LineText(IReadOnlyList<string> words, ParagraphItemList list, IReadOnlyList<LineBreak> breaks, int line)
    {
        var start = line == 0 ? 0 : breaks[line - 1].Position + 1;
        var end = breaks[line].Position;
        var sb = new System.Text.StringBuilder();
        var lastWord = -1;
        for (var i = start; i <= end && i < list.Items.Count; i++)
        {
            var item = list.Items[i];
            var src = list.Sources[i];
            switch (item.Kind)
            {
                case ItemKind.Box when src.Word >= 0:
                    if (lastWord >= 0 && src.Word != lastWord) sb.Append(' ');
                    sb.Append(words[src.Word], src.Start, src.Length);
                    lastWord = src.Word;
                    break;
                case ItemKind.Penalty when i == end && item.Width > 0:
                    sb.Append('-');
                    break;
            }
        }
        return sb.ToString();
    }
}
