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
            if (char.IsAsciiLetterOrDigit(ch))
            {
                if (pendingDash && sb.Length > 0) sb.Append('-');
                pendingDash = false;
                sb.Append(char.ToLowerInvariant(ch));
            }
            else pendingDash = true;
        }
        return sb.ToString();
    }
}
