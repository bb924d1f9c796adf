using System.Globalization;
using System.Text;

namespace Briefing.Model;

/// <summary>Makes stable, unique, XML-safe ids from heading text ("Turkey:" → "turkey", then "turkey-2").</summary>
internal sealed class Slugger
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    // Next suffix to try per base slug, so 10,000 identical headings stay linear.
    private readonly Dictionary<string, int> _next = new(StringComparer.Ordinal);

    /// <summary>Reserves an id so generated slugs never collide with it.</summary>
    public void Reserve(string id) => _used.Add(id);

    /// <summary>A unique slug for the text; deterministic for the same sequence of calls.</summary>
    public string Slug(string text, string fallback = "section")
    {
        var baseSlug = Normalise(text);
        if (baseSlug.Length == 0) baseSlug = fallback;
        // An XML id must start with a letter.
        if (!char.IsAsciiLetter(baseSlug[0])) baseSlug = fallback + "-" + baseSlug;
        if (_used.Add(baseSlug)) return baseSlug;
        var n = _next.GetValueOrDefault(baseSlug, 2);
        string slug;
        while (!_used.Add(slug = $"{baseSlug}-{n}")) n++;
        _next[baseSlug] = n + 1;
        return slug;
    }

    /// <summary>Latin letters with marks, by their base letters: the app runs with invariant globalization, where
    /// Normalize does not decompose them, and "Wärme" must not become "w-rme".</summary>
    private static readonly Dictionary<char, string> LatinFold = BuildFold();

    private static Dictionary<char, string> BuildFold()
    {
        var fold = new Dictionary<char, string>();
        foreach (var (letters, ascii) in new[]
        {
            ("ÀÁÂÃÄÅĀĂĄàáâãäåāăą", "a"), ("ÆæǼǽ", "ae"), ("ÇĆĈĊČçćĉċč", "c"), ("ĎĐďđ", "d"), ("ÈÉÊËĒĔĖĘĚèéêëēĕėęě", "e"),
            ("ĜĞĠĢĝğġģ", "g"), ("ĤĦĥħ", "h"), ("ÌÍÎÏĨĪĬĮİìíîïĩīĭįı", "i"), ("Ĵĵ", "j"), ("Ķķ", "k"), ("ĹĻĽĿŁĺļľŀł", "l"),
            ("ÑŃŅŇñńņň", "n"), ("ÒÓÔÕÖØŌŎŐòóôõöøōŏő", "o"), ("Œœ", "oe"), ("ŔŖŘŕŗř", "r"), ("ŚŜŞŠśŝşšș", "s"),
            ("ß", "ss"), ("ŢŤŦţťŧț", "t"), ("Þþ", "th"), ("ÙÚÛÜŨŪŬŮŰŲùúûüũūŭůűų", "u"), ("Ŵŵ", "w"), ("ÝŸŶýÿŷ", "y"),
            ("ŹŻŽźżž", "z"),
        })
            foreach (var c in letters) fold[c] = ascii;
        return fold;
    }

    private static string Normalise(string text)
    {
        var sb = new StringBuilder(Math.Min(text.Length, 64));
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var pendingDash = false;
        foreach (var ch in decomposed)
        {
            if (sb.Length >= 60) break;
            var cat = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (cat == UnicodeCategory.NonSpacingMark) continue;
            var ascii = char.IsAsciiLetterOrDigit(ch) ? ch.ToString() : LatinFold.GetValueOrDefault(ch);
            if (ascii is not null)
            {
                if (pendingDash && sb.Length > 0) sb.Append('-');
                pendingDash = false;
                sb.Append(ascii.ToLowerInvariant());
            }
            else pendingDash = true;
        }
        return sb.ToString();
    }
}
