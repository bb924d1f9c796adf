using System.Text.RegularExpressions;

namespace Briefing.Readers.PlainText;

/// <summary>What a single line of raw text looks like: heading, label, list item. Pure predicates, no context.</summary>
internal static partial class LineShapes
{
    private static readonly HashSet<string> MinorWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "for", "to", "with", "by", "at", "from",
        "as", "vs", "vs.", "via", "into", "onto", "over", "under", "between", "against", "within", "without",
        "among", "amid", "about", "after", "before", "than", "per", "up", "out", "off", "is", "are", "its", "their",
    };

    /// <summary>An article, conjunction or preposition: a word titles leave in lower case.</summary>
    public static bool IsMinorWord(string word) => MinorWords.Contains(word);

    /// <summary>Bullet markers a scrape leaves at the start of list lines.</summary>
    private const string Bullets = "•·▪◦‣●○■□–-*+";

    /// <summary>The marker and text of a list line ("  • text", "- text", "3. text", "b) text"), or null.</summary>
    public static (bool Ordered, int Number, string Text)? ListItem(string line)
    {
        var t = line.TrimStart();
        // A round bullet is unambiguous even when the scrape lost the space after it ("•second item").
        if (t.Length >= 2 && t[0] is '•' or '▪' or '◦' or '‣' or '●' && !char.IsWhiteSpace(t[1]))
            return (false, 0, t[1..].Trim());
        if (t.Length >= 2 && Bullets.Contains(t[0]) && char.IsWhiteSpace(t[1]))
        {
            var text = t[2..].Trim();
            // "---" or "* * *" are rules, not items.
            return text.Length == 0 || text.All(c => c == t[0] || c == ' ') ? null : (false, 0, text);
        }
        var m = Numbered().Match(t);
        return m.Success ? (true, int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture), m.Groups[2].Value.Trim()) : null;
    }

    [GeneratedRegex(@"^(\d{1,3})[.)]\s+(\S.*)$")]
    private static partial Regex Numbered();

    /// <summary>
    /// The symbol and text of a line that opens with a pictograph or arrow and a space ("✅ Faster builds", "👉 Read
    /// on", "→ Next"), or null. Web pages set such symbols before the lines of a list in place of bullets; whether a
    /// line is one is for its neighbours to say (a single "🔥 Hot take: …" is a paragraph). The symbol is one
    /// user-perceived character: an emoji with its presentation selector, skin tone or joined parts. Letters, digits,
    /// punctuation, ASCII, the bullets <see cref="ListItem"/> reads and the signs that open ordinary lines ("© 2024",
    /// "° C", "™", "№ 5": Latin-1 and letterlike symbols) are not symbols here.
    /// </summary>
    public static (string Marker, string Text)? SymbolItem(string line)
    {
        var t = line.TrimStart();
        // Every line of a raw text is asked: most open with a letter, settled before the grapheme is measured.
        if (t.Length < 3 || t[0] < '\u0100' || Bullets.Contains(t[0])) return null;
        if (!System.Text.Rune.TryGetRuneAt(t, 0, out var first) || first.Value is >= 0x2100 and <= 0x214F
            || System.Text.Rune.GetUnicodeCategory(first) is not (System.Globalization.UnicodeCategory.OtherSymbol or System.Globalization.UnicodeCategory.MathSymbol))
            return null;
        var length = System.Globalization.StringInfo.GetNextTextElementLength(t);
        if (length >= t.Length || !char.IsWhiteSpace(t[length])) return null;
        var marker = t[..length];
        var text = t[length..].Trim();
        return text.Length == 0 ? null : (marker, text);
    }

    /// <summary>A separator line: "***", "* * *", "---", "===", "~~~".</summary>
    public static bool IsSeparator(string line)
    {
        var t = line.Trim();
        return t.Length >= 3 && t.All(c => c is '*' or '-' or '=' or '~' or '_' or ' ' or '#') && t.Any(c => c != ' ');
    }

    /// <summary>"CHAPTER I.", "Chapter 3: Title", "PART TWO", "I. INTRODUCTORY": a line that opens a chapter by itself.</summary>
    public static bool IsChapterMarker(string line) => ChapterMarkerFamily(line) != 0;

    /// <summary>Which kind of chapter marker a line is: 1 "Chapter N" words, 2 a roman numeral and capitals, 0 none.
    /// A book uses one kind; a stray line of the other kind is an example in the text.</summary>
    public static int ChapterMarkerFamily(string line)
    {
        var t = line.Trim();
        if (t.Length > 120) return 0;
        if (ChapterWord().IsMatch(t)) return 1;
        var m = RomanHeading().Match(t);
        return m.Success && IsAllCaps(m.Groups[1].Value) ? 2 : 0;
    }

    /// <summary>A chapter marker with no title after it: "CHAPTER II.", "Chapter 3".</summary>
    public static bool IsBareChapterMarker(string line) => BareChapterWord().IsMatch(line.Trim());

    /// <summary>The words that open a chapter marker, in the languages the document's words come in (a French
    /// Gutenberg book has "CHAPITRE PREMIER", a German one "Kapitel 3").</summary>
    private const string MarkerWords =
        "CHAPTER|Chapter|BOOK|Book|PART|Part|CHAPITRE|Chapitre|LIVRE|Livre|PARTIE|Partie|KAPITEL|Kapitel|BUCH|Buch|TEIL|Teil"
        + "|CAPÍTULO|Capítulo|CAPITULO|Capitulo|LIBRO|Libro|PARTE|Parte|CAPITOLO|Capitolo";

    [GeneratedRegex(@"^(" + MarkerWords + @")\s+([IVXLC]+|\d+|\p{Lu}\p{Ll}+|\p{Lu}+)[.:]?$")]
    private static partial Regex BareChapterWord();

    [GeneratedRegex(@"^(" + MarkerWords + @")\s+([IVXLC]+|\d+|\p{Lu}\p{Ll}+|\p{Lu}+)\b[.:]?(\s.*)?$")]
    private static partial Regex ChapterWord();

    [GeneratedRegex(@"^[IVXLC]+\.\s+(\S.*)$")]
    private static partial Regex RomanHeading();

    /// <summary>Letters present and none lower-case.</summary>
    public static bool IsAllCaps(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            if (char.IsLower(c)) return false;
            letters++;
        }
        return letters >= 2;
    }

    /// <summary>Significant words start with a capital (or a digit); minor words may not, except the first.</summary>
    public static bool IsTitleCase(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return false;
        var lower = 0;
        var significant = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i].Trim('(', ')', '"', '“', '”', '‘', '’', '\'', ',', ':', '[', ']');
            if (w.Length == 0) continue;
            if (i > 0 && MinorWords.Contains(w)) continue;
            significant++;
            var first = w[0];
            if (char.IsLower(first)) lower++;
        }
        // One lapse allowed in long titles (a scrape's "Russia-Iran relations in the region").
        return significant > 0 && (lower == 0 || (significant >= 6 && lower == 1));
    }

    /// <summary>Word count, split on white space.</summary>
    public static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>A short title-case line without final punctuation: a heading.</summary>
    public static bool LooksLikeHeading(string line)
    {
        var t = line.Trim();
        if (t.Length == 0 || t.Length > 120 || Words(t) > 14) return false;
        if (IsChapterMarker(t)) return true;
        if (".,;!?:".Contains(t[^1])) return false;
        if (ListItem(t) is not null && !IsChapterMarker(t)) return false;
        return IsChapterMarker(t) || IsAllCaps(t) || IsTitleCase(t);
    }

    /// <summary>A short title-case line ending in ':' ("Turkey:", "Oil and Gas Development:"): a label, if a paragraph follows.</summary>
    public static bool LooksLikeLabel(string line)
    {
        var t = line.Trim();
        if (t.Length < 2 || t[^1] != ':' || Words(t) > 10 || t.Length > 90) return false;
        var body = t[..^1];
        // "Key allies include" is a lead-in, not a name: labels carry no colon inside either.
        return !body.Contains(':') && IsTitleCase(body);
    }

    /// <summary>A short line ending in '?': an FAQ question.</summary>
    public static bool LooksLikeQuestion(string line)
    {
        var t = line.Trim();
        return t.Length > 3 && t[^1] == '?' && Words(t) <= 30;
    }

    /// <summary>A heading that opens an FAQ: "FAQ", "FAQs", "Frequently Asked Questions", with optional trailing words.</summary>
    public static bool IsFaqHeading(string line) => FaqHeading().IsMatch(line.Trim());

    // English, and the usual headings in the languages the editions have words for (Wording).
    [GeneratedRegex(@"^(faqs?|f\.a\.q\.?s?|frequently\s+asked\s+questions|häufig\s+gestellte\s+fragen|häufige\s+fragen|foire\s+aux\s+questions|questions\s+fréquentes|preguntas\s+frecuentes|domande\s+frequenti)\b[^.!?]{0,60}$", RegexOptions.IgnoreCase)]
    private static partial Regex FaqHeading();

    /// <summary>A line of a printed title page: short, its words capitalised ("WILLIAM STRUNK, Jr.", "COPYRIGHT, 1918, BY",
    /// "Illustrated by John Tenniel"), or one minor word alone ("by"); no chapter marker, list item or question.</summary>
    public static bool IsTitlePageLine(string line)
    {
        var t = line.Trim();
        if (t.Length is 0 or > 60 || Words(t) > 8 || t[^1] is '?' or '!' || IsChapterMarker(t) || ListItem(t) is not null || IsSeparator(t))
            return false;
        return MinorWords.Contains(t) || IsAllCaps(t) || IsTitleCase(t);
    }

    /// <summary>An edition statement: "THE MILLENNIUM FULCRUM EDITION 3.0", "Second Edition, Revised".</summary>
    public static bool IsEditionStatement(string line) => Words(line) <= 8 && EditionWord().IsMatch(line);

    [GeneratedRegex(@"\bedition\b", RegexOptions.IgnoreCase)]
    private static partial Regex EditionWord();

    /// <summary>A table-of-contents heading.</summary>
    public static bool IsContentsHeading(string line) =>
        line.Trim().TrimEnd(':').ToLowerInvariant() is "table of contents" or "contents" or "toc" or "in this article";
}
