using System.Collections.Concurrent;
using System.Collections.ObjectModel;
using System.Text;
using Briefing.Styles;

namespace Briefing.Layout.Hyphenation;

/// <summary>
/// Finds where words may be hyphenated, by Liang's algorithm over TeX patterns (US English ships:
/// <c>styles/hyphenation/hyph-en-us.tex</c>). Instances are shared, immutable apart from a thread-safe
/// per-word cache, and cheap to ask for repeatedly.
/// </summary>
/// <remarks>
/// Rules: letters are matched case-insensitively; leading and trailing punctuation is ignored; apostrophes and
/// hyphens split a word into parts hyphenated separately (so "relationship’s" hyphenates "relationship");
/// a part shorter than <see cref="MinWord"/> letters, or written all in capitals (an acronym), is not
/// hyphenated; tokens with digits, '@', "://" or inner punctuation such as '.', '/' or '_' are never
/// hyphenated. A break keeps at least <see cref="LeftMin"/> letters before it and <see cref="RightMin"/> after it
/// within its part. Existing hyphens are not reported: they are break points of their own (see
/// <see cref="ParagraphItems"/>).
/// </remarks>
internal sealed class Hyphenator
{
    private const int CacheLimit = 200_000;
    private static readonly ConcurrentDictionary<(string, int, int, int), Hyphenator> Instances = new();
    private static readonly IReadOnlyList<int> NoBreaks = Array.AsReadOnly(Array.Empty<int>());

    private readonly PatternSet _patterns;
    private readonly ConcurrentDictionary<string, IReadOnlyList<int>> _cache = new(StringComparer.Ordinal);
    private int _cached;

    private Hyphenator(string language, PatternSet patterns, int leftMin, int rightMin, int minWord)
    {
        Language = language;
        _patterns = patterns;
        LeftMin = leftMin;
        RightMin = rightMin;
        MinWord = minWord;
    }

    /// <summary>The normalised language tag, e.g. "en-us".</summary>
    public string Language { get; }
    /// <summary>Fewest letters kept before a hyphen.</summary>
    public int LeftMin { get; }
    /// <summary>Fewest letters carried after a hyphen.</summary>
    public int RightMin { get; }
    /// <summary>Shortest word (letter run) that is hyphenated.</summary>
    public int MinWord { get; }
    /// <summary>Patterns loaded for this language.</summary>
    public int PatternCount => _patterns.PatternCount;
    /// <summary>Exception words loaded for this language.</summary>
    public int ExceptionCount => _patterns.ExceptionCount;

    /// <summary>The folder pattern files are loaded from (beside the application).</summary>
    public static string PatternFolder => PatternLibrary.Folder;

    /// <summary>Languages that have a pattern file.</summary>
    public static IReadOnlyList<string> AvailableLanguages => PatternLibrary.Available();

    /// <summary>
    /// The hyphenator for a language (tags such as "en-us", "en_US" or "en"), with TeX's usual minimums
    /// (2 letters before, 3 after, words of 5 letters or more); null when no patterns are available —
    /// <see cref="DescribeUnavailable"/> says why, for the caller to report.
    /// </summary>
    public static Hyphenator? ForLanguage(string language) => ForLanguage(language, 2, 3, 5);

    /// <summary>The hyphenator for a language with explicit minimums (each at least 1); null when no patterns are available.</summary>
    public static Hyphenator? ForLanguage(string language, int leftMin, int rightMin, int minWord)
    {
        var loaded = PatternLibrary.Get(language);
        if (loaded.Patterns is not { } patterns) return null;
        var tag = PatternLibrary.Normalize(language)!;
        var key = (tag, Math.Max(1, leftMin), Math.Max(1, rightMin), Math.Max(1, minWord));
        return Instances.GetOrAdd(key, k => new Hyphenator(k.Item1, patterns, k.Item2, k.Item3, k.Item4));
    }

    /// <summary>The hyphenator a style asks for; null when hyphenation is off or the language has no patterns.</summary>
    public static Hyphenator? ForStyle(HyphenationRules rules) =>
        rules.Enabled ? ForLanguage(rules.Language, rules.LeftMin, rules.RightMin, rules.MinWord) : null;

    /// <summary>Why <see cref="ForLanguage(string)"/> returns null for a language, or null when it does not.</summary>
    public static string? DescribeUnavailable(string language) => PatternLibrary.Get(language).Problem;

    /// <summary>
    /// Offsets in <paramref name="word"/> where a hyphen may be inserted: offset k breaks between
    /// <c>word[k-1]</c> and <c>word[k]</c>. Ascending; empty when the word may not be hyphenated.
    /// </summary>
    public IReadOnlyList<int> BreakPoints(string word)
    {
        if (string.IsNullOrEmpty(word)) return NoBreaks;
        if (_cache.TryGetValue(word, out var cached)) return cached;
        var computed = Compute(word);
        // Counted here: ConcurrentDictionary.Count takes every lock, and with many distinct words (a list of numbered
        // items) asking it on each miss was 4 % of a build.
        if (Volatile.Read(ref _cached) < CacheLimit && _cache.TryAdd(word, computed)) Interlocked.Increment(ref _cached);
        return computed;
    }

    /// <summary>The word with <paramref name="hyphen"/> inserted at every break point ("hy-phen-ation").</summary>
    public string Hyphenate(string word, string hyphen = "-")
    {
        var points = BreakPoints(word);
        if (points.Count == 0) return word;
        var sb = new StringBuilder(word.Length + points.Count * hyphen.Length);
        var from = 0;
        foreach (var p in points)
        {
            sb.Append(word, from, p - from).Append(hyphen);
            from = p;
        }
        return sb.Append(word, from, word.Length - from).ToString();
    }

    /// <summary>The break points computed afresh, bypassing the cache.</summary>
    internal IReadOnlyList<int> Compute(string word)
    {
        List<int>? result = null;
        foreach (var (start, length) in WordShape.LetterRuns(word))
        {
            if (length < MinWord || length < LeftMin + RightMin || IsAllCapitals(word, start, length)
                || HasInnerCapital(word, start, length)) continue;
            var lower = word.Substring(start, length).ToLowerInvariant();
            foreach (var k in _patterns.Hyphens(lower))
                if (k >= LeftMin && length - k >= RightMin) (result ??= []).Add(start + k);
        }
        return result is null ? NoBreaks : new ReadOnlyCollection<int>(result);
    }

    // A capital after a small letter ("JavaScript", "getElementById", "PowerPoint") marks a name or an identifier
    // made of words the patterns do not know as one; breaking inside it reads as a misspelling.
    private static bool HasInnerCapital(string word, int start, int length)
    {
        for (var i = start + 1; i < start + length; i++)
            if (char.IsUpper(word[i]) && char.IsLower(word[i - 1])) return true;
        return false;
    }

    private static bool IsAllCapitals(string word, int start, int length)
    {
        for (var i = start; i < start + length; i++)
            if (!char.IsUpper(word[i]) && char.IsLetter(word[i])) return false;
        return true;
    }
}
