using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefing.Epub;

/// <summary>Style values made safe for CSS and SVG: a colour is a hex colour or the fallback, never arbitrary text.</summary>
internal static partial class CssValues
{
    /// <summary>The colour if it is #rgb, #rrggbb (or with alpha), else the fallback.</summary>
    public static string Colour(string? value, string fallback)
    {
        var v = (value ?? "").Trim();
        return HexColour().IsMatch(v) ? v.ToLowerInvariant() : fallback;
    }

    /// <summary>A length in points as ems of the body size, e.g. 20 pt on a 10.5 pt body → "1.905em".</summary>
    public static string Em(double points, double bodyPoints) => Number(Ratio(points, bodyPoints)) + "em";

    /// <summary>points / body, guarded against zero and absurd values.</summary>
    public static double Ratio(double points, double bodyPoints)
    {
        var body = bodyPoints > 0 && double.IsFinite(bodyPoints) ? bodyPoints : 10.5;
        var p = double.IsFinite(points) && points >= 0 ? points : 0;
        return Math.Min(p / body, 10);
    }

    /// <summary>A number with at most three decimals, invariant culture.</summary>
    public static string Number(double v) => Math.Round(v, 3).ToString("0.###", CultureInfo.InvariantCulture);

    [GeneratedRegex("^#([0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")]
    private static partial Regex HexColour();
}
