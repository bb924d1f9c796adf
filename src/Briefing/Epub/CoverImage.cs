using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Briefing.Styles;
using static Briefing.Epub.EpubXml;

namespace Briefing.Epub;

/// <summary>
/// The cover: an SVG drawn from the title, subtitle, author and the style's cover colours. Text is wrapped by a
/// character-count estimate (no font metrics in an SVG shown as an image) and shrunk when the title is long.
/// </summary>
internal static class CoverImage
{
    /// <summary>The image's path in the package folder.</summary>
    public const string Href = "images/cover.svg";

    private const int Width = 600, Height = 900, Margin = 60;
    private const double CharWidth = 0.56; // average advance of a bold sans letter, in ems
    private const int MaxTitleLines = 7;

    /// <summary>The text alternative for the cover image.</summary>
    public static string AltText(EpubMetadata meta) =>
        Model.Wording.For(meta.Language).CoverText(meta.Title, meta.Subtitle, meta.Author);

    /// <summary>Builds the SVG document.</summary>
    public static XDocument Build(EpubMetadata meta, Style style)
    {
        var background = CssValues.Colour(style.Colours.CoverBackground, "#1f3a5f");
        var ink = CssValues.Colour(style.Colours.CoverText, "#ffffff");
        var accent = CssValues.Colour(style.Colours.Accent, "#9b2c1f");
        var textWidth = Width - 2 * Margin;

        // Title: start from the style's size (scaled from points on A4 to this canvas, enlarged for thumbnails), shrink until it fits.
        var titleSize = Math.Clamp(style.Sizes.Title * 1.6, 24, 72);
        var titleLines = Wrap(meta.Title, Chars(textWidth, titleSize));
        while (titleLines.Count > MaxTitleLines && titleSize > 24)
        {
            titleSize = Math.Max(24, titleSize * 0.9);
            titleLines = Wrap(meta.Title, Chars(textWidth, titleSize));
        }
        titleLines = Truncate(titleLines, MaxTitleLines + 3);
        var subtitleSize = Math.Clamp(style.Sizes.Subtitle * 1.6, 16, 40);
        var subtitleLines = meta.Subtitle is { } s ? Truncate(Wrap(s, Chars(textWidth, subtitleSize * 0.9)), 5) : [];

        var svg = new XElement(Svg + "svg",
            new XAttribute("version", "1.1"),
            new XAttribute("width", Width), new XAttribute("height", Height),
            new XAttribute("viewBox", $"0 0 {Width} {Height}"),
            new XAttribute("preserveAspectRatio", "xMidYMid meet"),
            new XElement(Svg + "title", AltText(meta)),
            new XElement(Svg + "rect", new XAttribute("width", Width), new XAttribute("height", Height), new XAttribute("fill", background)),
            new XElement(Svg + "rect", new XAttribute("x", 0), new XAttribute("y", 0), new XAttribute("width", Width),
                new XAttribute("height", 18), new XAttribute("fill", accent)));

        var y = 170.0;
        svg.Add(TextBlock(titleLines, ref y, titleSize, 1.15, ink, "bold"));
        y += titleSize * 0.2;
        svg.Add(new XElement(Svg + "rect", new XAttribute("x", Margin), new XAttribute("y", Num(y)), new XAttribute("width", 96),
            new XAttribute("height", 6), new XAttribute("fill", accent)));
        y += 30 + subtitleSize;
        if (subtitleLines.Count > 0) svg.Add(TextBlock(subtitleLines, ref y, subtitleSize, 1.3, ink, "normal"));
        if (meta.Author is { } author)
        {
            var authorSize = Math.Clamp(style.Sizes.Subtitle * 1.3, 14, 32);
            var lines = Truncate(Wrap(author, Chars(textWidth, authorSize * 0.9)), 2);
            var ay = Math.Max(y + authorSize, Height - Margin - authorSize * 1.3 * (lines.Count - 1));
            svg.Add(TextBlock(lines, ref ay, authorSize, 1.3, ink, "normal"));
        }
        return new XDocument(svg);
    }

    private static XElement TextBlock(IReadOnlyList<string> lines, ref double y, double size, double leading, string fill, string weight)
    {
        var text = new XElement(Svg + "text",
            new XAttribute("font-family", "'Noto Sans', 'Helvetica Neue', Arial, sans-serif"),
            new XAttribute("font-size", Num(size)), new XAttribute("font-weight", weight), new XAttribute("fill", fill));
        foreach (var line in lines)
        {
            text.Add(new XElement(Svg + "tspan", new XAttribute("x", Margin), new XAttribute("y", Num(y)), line));
            y += size * leading;
        }
        return text;
    }

    private static int Chars(double width, double size) => Math.Max(4, (int)(width / (size * CharWidth)));

    /// <summary>Greedy word wrap by character count; words longer than a line are cut.</summary>
    internal static List<string> Wrap(string text, int maxChars)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var raw in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw;
            while (word.Length > maxChars)
            {
                if (line.Length > 0) { lines.Add(line.ToString()); line.Clear(); }
                var cut = maxChars;
                if (char.IsHighSurrogate(word[cut - 1])) cut--;
                lines.Add(word[..cut]);
                word = word[cut..];
            }
            if (line.Length > 0 && line.Length + 1 + word.Length > maxChars) { lines.Add(line.ToString()); line.Clear(); }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) lines.Add(line.ToString());
        return lines;
    }

    private static List<string> Truncate(List<string> lines, int max)
    {
        if (lines.Count <= max) return lines;
        var kept = lines.Take(max).ToList();
        kept[^1] = kept[^1].TrimEnd() + " …";
        return kept;
    }

    private static string Num(double v) => Math.Round(v, 1).ToString(CultureInfo.InvariantCulture);
}
