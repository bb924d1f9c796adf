namespace Briefing.Styles;

/// <summary>Paper sizes in points (width, height).</summary>
internal static class Paper
{
    /// <summary>The size for a paper name (a4, letter); throws for an unknown one.</summary>
    public static (double Width, double Height) Size(string name) => name.ToLowerInvariant() switch
    {
        "a4" => (595.28, 841.89),
        "letter" => (612, 792),
        _ => throw new ArgumentException($"unknown paper '{name}' (a4 or letter)"),
    };

    /// <summary>Known names.</summary>
    public static readonly IReadOnlyList<string> Names = ["a4", "letter"];
}
