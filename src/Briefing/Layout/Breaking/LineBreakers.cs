namespace Briefing.Layout.Breaking;

/// <summary>Picks the line breaker a style names.</summary>
internal static class LineBreakers
{
    private static readonly ILineBreaker FirstFit = new FirstFitBreaker();
    private static readonly ILineBreaker TotalFit = new KnuthPlassBreaker();

    /// <summary>"first-fit" → greedy; "total-fit" (the default, and anything unknown) → Knuth–Plass.</summary>
    public static ILineBreaker For(string? name) =>
        string.Equals(name?.Trim(), "first-fit", StringComparison.OrdinalIgnoreCase) ? FirstFit : TotalFit;

    /// <summary>The greedy breaker (code, where lines are never stretched).</summary>
    public static ILineBreaker Greedy => FirstFit;
}
