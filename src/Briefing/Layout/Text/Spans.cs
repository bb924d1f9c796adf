using Briefing.Layout.Fonts;
using Briefing.Model;

namespace Briefing.Layout.Text;

/// <summary>How a piece of text is set.</summary>
/// <param name="Family">Type family.</param>
/// <param name="Bold">Bold face.</param>
/// <param name="Italic">Italic face.</param>
/// <param name="Size">Size in points.</param>
/// <param name="Colour">Fill colour.</param>
/// <param name="Rise">Baseline shift in points: up for a superscript, down (negative) for a subscript.</param>
/// <param name="Strike">For struck-through text, the text the rule strikes through; null otherwise.</param>
internal readonly record struct TextStyle(Family Family, bool Bold, bool Italic, double Size, Rgb Colour, double Rise = 0, Strike? Strike = null)
{
    /// <summary>This style in bold.</summary>
    public TextStyle WithBold() => this with { Bold = true };
}

/// <summary>What a strike rule goes through: the size and baseline shift of the text struck, so that a sub- or
/// superscript inside keeps the rule where the words around it have it.</summary>
/// <param name="Size">Size in points.</param>
/// <param name="Rise">Baseline shift in points.</param>
internal readonly record struct Strike(double Size, double Rise);

/// <summary>A run of text in one style, the unit a paragraph is made of.</summary>
/// <param name="Text">The text (may hold soft hyphens and spaces).</param>
/// <param name="Style">How it is set.</param>
/// <param name="Link">Raw link target ("#id" or a URL), or null.</param>
/// <param name="Group">The structure element the text belongs to (a run-in label's heading, or the paragraph); null when the caller tags it.</param>
/// <param name="IsLineBreak">A forced line break (the text is ignored).</param>
/// <param name="Hyphenate">Whether automatic hyphenation may break its words.</param>
internal sealed record Span(string Text, TextStyle Style, string? Link, StructureTag? Group, bool IsLineBreak = false, bool Hyphenate = true);

/// <summary>Flattens model inlines into spans: emphasis → italic, strong → bold, code → mono, links coloured,
/// sub- and superscripts smaller and shifted, struck-through text marked for its rule.</summary>
internal static class InlineFlattener
{
    /// <summary>Size of a sub- or superscript relative to its text (the fonts' OS/2 tables say 0.6–0.65).</summary>
    public const double ScriptScale = 0.67;

    /// <summary>How far a superscript's baseline is raised, in em of its text.</summary>
    public const double SuperscriptRise = 0.33;

    /// <summary>How far a subscript's baseline is lowered, in em of its text.</summary>
    public const double SubscriptDrop = 0.15;

    /// <summary>The spans of <paramref name="inlines"/> set in <paramref name="style"/>; iterative, so deep nesting is safe.</summary>
    /// <param name="inlines">Model inlines.</param>
    /// <param name="style">The base style.</param>
    /// <param name="group">Structure element of the text.</param>
    /// <param name="linkColour">Colour of link text.</param>
    /// <param name="codeScale">Size of inline code relative to the text around it.</param>
    /// <param name="addresses">Whether a web link's address follows its text in parentheses, for readers on paper.</param>
    /// <param name="live">Whether a link's target goes somewhere; one that does not (an anchor the document lacks, which
    /// the reader warned about) keeps the colour of the text around it, as it is set as plain text.</param>
    public static List<Span> Flatten(IReadOnlyList<Inline> inlines, TextStyle style, StructureTag? group, Rgb linkColour, double codeScale,
        bool addresses = false, Func<string, bool>? live = null)
    {
        var spans = new List<Span>();
        var stack = new Stack<(IEnumerator<Inline> It, TextStyle Style, string? Link, int From)>();
        stack.Push((inlines.GetEnumerator(), style, null, 0));
        while (stack.Count > 0)
        {
            var (it, s, link, from) = stack.Peek();
            if (!it.MoveNext())
            {
                stack.Pop();
                var outer = stack.Count > 0 ? stack.Peek() : default;
                if (addresses && link is not null && outer.Link != link && PrintedAddress(link, spans, from) is { } address)
                {
                    spans.Add(new Span(" (", outer.Style, null, group));
                    spans.Add(new Span(address, s, link, group, Hyphenate: false));
                    spans.Add(new Span(")", outer.Style, null, group));
                }
                continue;
            }
            switch (it.Current)
            {
                case Model.TextRun t:
                    spans.Add(new Span(t.Text, s, link, group));
                    break;
                case CodeSpan c:
                    spans.Add(new Span(c.Text, s with { Family = Family.Mono, Italic = false, Size = s.Size * codeScale }, link, group, Hyphenate: false));
                    break;
                case Emphasis e:
                    stack.Push((e.Content.GetEnumerator(), s with { Italic = !s.Italic }, link, from));
                    break;
                case Strong st:
                    stack.Push((st.Content.GetEnumerator(), s with { Bold = true }, link, from));
                    break;
                case Strikethrough del:
                    stack.Push((del.Content.GetEnumerator(), s with { Strike = s.Strike ?? new Strike(s.Size, s.Rise) }, link, from));
                    break;
                case Superscript sup:
                    stack.Push((sup.Content.GetEnumerator(), Script(s, SuperscriptRise), link, from));
                    break;
                case Subscript sub:
                    stack.Push((sub.Content.GetEnumerator(), Script(s, -SubscriptDrop), link, from));
                    break;
                case Model.Link l:
                    var target = link ?? l.Target;
                    var coloured = link is null && (live?.Invoke(l.Target) ?? true);
                    stack.Push((l.Content.GetEnumerator(), coloured ? s with { Colour = linkColour } : s, target, link is null ? spans.Count : from));
                    break;
                case Model.LineBreak:
                    spans.Add(new Span("", s, link, group, IsLineBreak: true));
                    break;
            }
        }
        return spans;
    }

    /// <summary>A web or mail link's address as printed after its text ("example.com/report"), or null for an internal
    /// link, a note reference, or one whose text already shows the address.</summary>
    private static string? PrintedAddress(string target, List<Span> spans, int from)
    {
        if (target.StartsWith('#')) return null;
        var shown = Bare(target);
        var text = string.Concat(spans.Skip(from).Select(sp => sp.Text)).Trim();
        static string Host(string a) => a.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? a[4..] : a;
        return text.Length == 0 || string.Equals(Host(Bare(text)), Host(shown), StringComparison.OrdinalIgnoreCase) ? null : shown;
    }

    /// <summary>An address as a reader types it: no scheme, no trailing slash ("https://example.org/" → "example.org").</summary>
    private static string Bare(string address)
    {
        foreach (var scheme in (string[])["https://", "http://", "mailto:"])
            if (address.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) { address = address[scheme.Length..]; break; }
        return address.TrimEnd('/');
    }

    /// <summary>A sub- or superscript of text in <paramref name="s"/>: smaller, its baseline moved by
    /// <paramref name="rise"/> em.</summary>
    private static TextStyle Script(TextStyle s, double rise) =>
        s with { Size = s.Size * ScriptScale, Rise = s.Rise + rise * s.Size };
}
