using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Briefing.Model;

namespace Briefing.Epub;

/// <summary>The model's metadata made fit for the package: cleaned text, a checked language tag, a W3C date, a stable identifier.</summary>
internal sealed record EpubMetadata(
    string Title,
    string? Subtitle,
    string? Author,
    string? Publisher,
    string? DateText,
    string? W3cDate,
    string Language,
    string Identifier,
    string? Description,
    IReadOnlyList<string> Keywords)
{
    /// <summary>The authors, each a dc:creator of its own (<see cref="Author"/> joins them for display).</summary>
    public IReadOnlyList<string> Creators { get; init; } = [];

    /// <summary>Derives the package metadata from a document.</summary>
    public static EpubMetadata From(Document document)
    {
        var m = document.Metadata;
        var title = XmlText.Collapse(m.Title);
        var lede = XmlText.Collapse(string.Join(" ", BodyText.Blocks(document.Lede)));
        return new EpubMetadata(
            title.Length > 0 ? title : "Untitled",
            Optional(m.Subtitle),
            Optional(m.Author),
            Optional(m.Publisher),
            Optional(m.WrittenDate),
            W3cDateOf(m.Date),
            LanguageTag(m.Language),
            Optional(m.Identifier) ?? DerivedIdentifier(document),
            lede.Length > 0 ? lede : null,
            m.KeywordList.Select(XmlText.Collapse).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToList())
        {
            Creators = m.Authors.Select(Optional).OfType<string>().ToList(),
        };
    }

    private static string? Optional(string? text)
    {
        var t = XmlText.Collapse(text);
        return t.Length > 0 ? t : null;
    }

    /// <summary>
    /// urn:uuid from SHA-256 of the title and the kept body text, with the version bits of a name-based (v5) UUID:
    /// the same article always gets the same identifier, a changed one a new identifier.
    /// </summary>
    public static string DerivedIdentifier(Document document)
    {
        var text = new StringBuilder(document.Metadata.Title);
        foreach (var t in BodyText.Of(document)) text.Append('\n').Append(t);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(hash, 0, 16);
        return $"urn:uuid:{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }

    /// <summary>A well-formed BCP 47 tag (shape only), else "und" (undetermined) rather than an invalid attribute.</summary>
    public static string LanguageTag(string? language) =>
        MetadataValues.IsLanguageTag(language) ? MetadataValues.NormalisedLanguage(language) : "und";

    /// <summary>The date as W3CDTF (what dc:date should hold), or null when it cannot be read as a date.</summary>
    public static string? W3cDateOf(string? date)
    {
        var d = (date ?? "").Trim();
        if (d.Length == 0) return null;
        string[] exact = ["yyyy", "yyyy-MM", "yyyy-MM-dd"];
        if (DateTime.TryParseExact(d, exact, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)) return d;
        if (d.Contains('T') && DateTimeOffset.TryParse(d, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var stamp))
            return stamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        if (MetadataValues.CalendarDate(d) is { Year: >= 1000 } day)
            return day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return null;
    }
}
