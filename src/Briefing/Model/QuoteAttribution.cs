namespace Briefing.Model;

/// <summary>A quotation's attribution ("— Alan Kay"): its last paragraph, when short and led by a dash, which both
/// editions set apart from the quoted words.</summary>
internal static class QuoteAttribution
{
    /// <summary>Longest attribution, in characters: a longer dash-led paragraph is quoted text (a reply in a dialogue).</summary>
    private const int MaxLength = 120;

    /// <summary>The dashes that lead an attribution: em dash, horizontal bar, en dash (what "--" becomes) and "--" itself.</summary>
    private static readonly string[] Dashes = ["\u2014", "\u2015", "\u2013", "--"];

    /// <summary>The quote's attribution paragraph, or null. Only a last paragraph after something quoted counts.</summary>
    public static Paragraph? Of(Quote quote)
    {
        if (quote.Blocks.Count < 2 || quote.Blocks[^1] is not Paragraph last) return null;
        var text = Inlines.PlainText(last.Content, notes: false).Trim();
        if (text.Length > MaxLength) return null;
        var dash = Dashes.FirstOrDefault(d => text.StartsWith(d, StringComparison.Ordinal));
        return dash is not null && text[dash.Length..].Trim().Length > 0 ? last : null;
    }

    /// <summary>The quote with its attribution led by an em dash, as attributions are set, when it was typed with an en
    /// dash or "--" (which Markdown's smart punctuation makes an en dash).</summary>
    public static Quote WithEmDash(Quote quote)
    {
        if (Of(quote) is not { } last || last.Content.Count == 0 || last.Content[0] is not TextRun first) return quote;
        var text = first.Text.TrimStart();
        var dash = text.StartsWith("--", StringComparison.Ordinal) ? 2 : text.StartsWith('\u2013') ? 1 : 0;
        if (dash == 0) return quote;
        var lead = new TextRun("\u2014" + (text.Length > dash && text[dash] == ' ' ? "" : " ") + text[dash..]);
        var rest = last.Content.Skip(1);
        return quote with { Blocks = [.. quote.Blocks.Take(quote.Blocks.Count - 1), last with { Content = [lead, .. rest] }] };
    }
}
