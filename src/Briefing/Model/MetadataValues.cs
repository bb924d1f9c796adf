using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefing.Model;

/// <summary>What metadata values must look like, known to the model so a reader can warn about a value at its line
/// and the EPUB stage can leave out what it cannot state.</summary>
internal static partial class MetadataValues
{
    /// <summary>The language tag as written, trimmed, with '_' read as '-' (en_GB is meant as en-GB).</summary>
    public static string NormalisedLanguage(string? language) => (language ?? "").Trim().Replace('_', '-');

    /// <summary>True for a well-formed BCP 47 tag (shape only: "en", "pt-BR", "zh-Hant-TW").</summary>
    public static bool IsLanguageTag(string? language) => LanguageShape().IsMatch(NormalisedLanguage(language));

    /// <summary>The date as a calendar day, when it is one in any invariant form ("2025-01-15", "15 January 2025").</summary>
    public static DateTime? CalendarDate(string? date) =>
        DateTime.TryParse((date ?? "").Trim(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>True for digits and dashes meant as an ISO date that name no calendar day ("2026-13-45"): the editions
    /// print it as written and the EPUB leaves it out of its metadata.</summary>
    public static bool IsMisshapenIsoDate(string? date)
    {
        var d = (date ?? "").Trim();
        return IsoShape().IsMatch(d) && !DateTime.TryParseExact(d, ["yyyy", "yyyy-MM", "yyyy-MM-dd"],
            CultureInfo.InvariantCulture, DateTimeStyles.None, out _) && CalendarDate(d) is null;
    }

    [GeneratedRegex("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LanguageShape();

    [GeneratedRegex("^[0-9]+(-[0-9]+)+$")]
    private static partial Regex IsoShape();
}
