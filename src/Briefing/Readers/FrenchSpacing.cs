using System.Text;
using Briefing.Model;

namespace Briefing.Readers;

/// <summary>
/// French spacing, as the Imprimerie nationale's rules and babel-french set it: a no-break space before a colon and
/// inside guillemets (« mot »), a narrow no-break space (U+202F) before ; ! and ?. A space typed there becomes the
/// no-break one and a missing one is added, so a line never starts with the mark and the space never stretches.
/// Canadian French (fr-CA) spaces only the colon and guillemets, as the Office québécois de la langue française
/// advises. A colon inside a word, a time or a URL ("12:30", "https://") and code are left alone.
/// </summary>
internal static class FrenchSpacing
{
    private const char Space = '\u00A0';
    private const char Narrow = '\u202F';

    /// <summary>The document with French spacing when its language is French (a chapter in another language, such as
    /// Project Gutenberg's English licence, is left as it is); otherwise the document itself.</summary>
    public static Document Apply(Document document)
    {
        var language = document.Metadata.Language.Trim();
        if (!IsFrench(language)) return document;
        var canadian = language.Replace('_', '-').StartsWith("fr-CA", StringComparison.OrdinalIgnoreCase);
        string Set(string text, char before) => Spaced(text, before, canadian);
        var metadata = document.Metadata with
        {
            Title = Set(document.Metadata.Title, ' '),
            Subtitle = document.Metadata.Subtitle is { } s ? Set(s, ' ') : null,
        };
        return TextRewrite.Apply(document, Set, c => c.Language is null || IsFrench(c.Language)) with { Metadata = metadata };
    }

    // The language tag read as the editions' wording reads it ("fr", "fr-BE", "fr_CA").
    private static bool IsFrench(string language) => Wording.For(language) == Wording.French;

    /// <summary>The text with French spacing; <paramref name="before"/> is the character before it in its block.</summary>
    public static string Spaced(string text, char before, bool canadian = false)
    {
        if (text.AsSpan().IndexOfAny(":;!?«»") < 0) return text;
        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var after = i + 1 < text.Length ? text[i + 1] : ' ';
            switch (c)
            {
                case ':' when EndsClause(after, colon: true):
                    SpaceBefore(sb, before, Space);
                    break;
                case ';' or '!' or '?' when !canadian && EndsClause(after, colon: false):
                    SpaceBefore(sb, before, Narrow);
                    break;
                case '»':
                    SpaceBefore(sb, before, Space, closing: true);
                    break;
            }
            sb.Append(c);
            before = c;
            if (c == '«')
            {
                // The space typed after « becomes a no-break one; none typed gets one (also when the quotation goes
                // on in emphasis or a link: the run ends here).
                if (after is ' ' && i + 1 < text.Length) { sb.Append(Space); i++; before = Space; }
                else if (after is not (Space or Narrow)) { sb.Append(Space); before = Space; }
            }
        }
        return sb.ToString();
    }

    /// <summary>A mark that ends a clause is followed by a space, the end of the run, a closing mark or another
    /// mark ("?!"); a colon before a digit, a letter or a slash is a time, a ratio or a URL's.</summary>
    private static bool EndsClause(char after, bool colon) =>
        char.IsWhiteSpace(after) || after is ')' or ']' or '»' or '”' or '’' or '"' or '.' or ',' or '…'
        || (!colon && after is '!' or '?');

    /// <summary>Puts the no-break space before the mark: the plain space just written becomes it, none gets one. After
    /// a space already unbreakable nothing is added, nor between two marks ("?!") — but a closing » always stands
    /// apart ("«\u00A0Vraiment\u202F?\u00A0»").</summary>
    private static void SpaceBefore(StringBuilder sb, char before, char space, bool closing = false)
    {
        if (before is Space or Narrow or '\u2009' or '«') return;
        if (!closing && before is '!' or '?' or ';' or ':' or '(' or '[') return;
        if (before == ' ')
        {
            // A space typed before the mark, in this run: made unbreakable. A space ending the run before belongs to it.
            if (sb.Length > 0 && sb[^1] == ' ') sb[^1] = space;
            return;
        }
        sb.Append(space);
    }
}
