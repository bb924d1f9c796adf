using Briefing.Layout.Breaking;
using Briefing.Layout.Fonts;
using Briefing.Layout.Hyphenation;
using Briefing.Layout.Text;
using Briefing.Styles;

namespace Briefing.Layout;

/// <summary>What every stage of one layout shares: style, faces, page geometry, the breaker, the hyphenator,
/// the anchors links may point to, and the warnings so far. One per layout; not shared between threads.</summary>
internal sealed class LayoutContext
{
    public LayoutContext(Style style, string paper, string language, IReadOnlySet<string> anchors)
    {
        Style = style;
        Fonts = new FontBook(style);
        (PageWidth, PageHeight) = Paper.Size(paper);
        var m = style.Margins;
        FrameLeft = m.Left;
        FrameTop = m.Top;
        FrameWidth = Math.Max(36, PageWidth - m.Left - m.Right);
        FrameHeight = Math.Max(36, PageHeight - m.Top - m.Bottom);
        Breaker = LineBreakers.For(style.LineBreaking);
        Language = language;
        Hyphenator = ChooseHyphenator(style.Hyphenation, language);
        Words = Model.Wording.For(language);
        // Justified text without hyphenation sets loose lines: say so rather than leave the reader to wonder.
        if (Hyphenator is null && style.Hyphenation.Enabled && Hyphenation.Hyphenator.DescribeUnavailable(language) is { } why)
            Unhyphenated = $"{why}: lines are justified without hyphenation";
        Anchors = anchors;
        var c = style.Colours;
        Text = Rgb.Parse(c.Text);
        Heading = Rgb.Parse(c.Heading);
        Accent = Rgb.Parse(c.Accent);
        Muted = Rgb.Parse(c.Muted);
        Link = Rgb.Parse(c.Link);
        CoverBackground = Rgb.Parse(c.CoverBackground);
        CoverText = Rgb.Parse(c.CoverText);
        CodeBackground = Rgb.Parse(c.CodeBackground);
        RuleColour = Rgb.Parse(c.Rule);
    }

    public Style Style { get; }
    public FontBook Fonts { get; }
    public double PageWidth { get; }
    public double PageHeight { get; }
    /// <summary>The text block: left edge, top, width and height.</summary>
    public double FrameLeft { get; }
    public double FrameTop { get; }
    public double FrameWidth { get; }
    public double FrameHeight { get; }
    public ILineBreaker Breaker { get; }
    public Hyphenator? Hyphenator { get; private set; }

    /// <summary>The language of the text being set: the document's, or a chapter's own while it is set.</summary>
    public string Language { get; private set; }

    /// <summary>Sets text in <paramref name="language"/> (hyphenated with its patterns, or not at all when none ship)
    /// until the result is disposed; null keeps the current language.</summary>
    public IDisposable InLanguage(string? language)
    {
        var (hyphenator, was) = (Hyphenator, Language);
        if (language is not null && !IsLanguage(language))
        {
            Language = language;
            Hyphenator = ChooseHyphenator(Style.Hyphenation, language);
        }
        return new Restore(() => (Hyphenator, Language) = (hyphenator, was));
    }

    /// <summary>Whether text in <paramref name="language"/> is set as the current language (en-GB as en).</summary>
    public bool IsLanguage(string language) => SameLanguage(language, Language);

    private sealed class Restore(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }
    /// <summary>Why the language is set without hyphenation the style asks for, or null; the layout names it where
    /// the language was given, which this context does not know.</summary>
    public string? Unhyphenated { get; }

    /// <summary>The words the layout adds (cover, contents, footer), in the document's language.</summary>
    public Model.Wording Words { get; }
    public IReadOnlySet<string> Anchors { get; }
    /// <summary>What layout could not do as asked, at the place in the source that asked.</summary>
    public List<Diagnostic> Warnings { get; } = [];

    public Rgb Text { get; }
    public Rgb Heading { get; }
    public Rgb Accent { get; }
    public Rgb Muted { get; }
    public Rgb Link { get; }
    public Rgb CoverBackground { get; }
    public Rgb CoverText { get; }
    public Rgb CodeBackground { get; }
    public Rgb RuleColour { get; }

    /// <summary>Running text style.</summary>
    public TextStyle BodyStyle => new(Family.Body, false, false, Style.Sizes.Body, Text);

    /// <summary>Body line pitch.</summary>
    public double Leading => Style.Sizes.Leading;

    /// <summary>Lines kept together at a page's top or bottom (at least 1).</summary>
    public int KeepLines => Math.Max(1, Style.WidowsOrphans);

    /// <summary>The face id of a style.</summary>
    public int FaceOf(TextStyle s) => Fonts.Face(s.Family, s.Bold, s.Italic);

    /// <summary>The width of text in a style.</summary>
    public double Measure(string text, TextStyle s) => Fonts.Measure(text, FaceOf(s), s.Size);

    /// <summary>Whether a link goes somewhere (<see cref="ResolveLink"/>): one that does not is set as plain text.</summary>
    public bool IsLive(string target) => ResolveLink(target) is not null;

    /// <summary>Where a link goes: an in-document anchor, an external URL, or nowhere. The readers named a link that
    /// goes nowhere at its line (<see cref="Model.DocumentAnchors.DanglingLinks"/>, and the Markdown reader's unsafe
    /// targets).</summary>
    public (string? Anchor, string? Url)? ResolveLink(string target)
    {
        var t = target.Trim();
        if (t.StartsWith('#'))
        {
            var id = t[1..];
            return Anchors.Contains(id) ? (id, null) : null;
        }
        if (Uri.TryCreate(t, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto" or "ftp")
            return (null, t);
        return null;
    }

    /// <summary>The style's patterns when the document's language matches them (en-GB text takes en-us patterns, German
    /// text does not); otherwise the document language's own patterns, if any ship.</summary>
    private static bool SameLanguage(string a, string b) => Primary(a) == Primary(b);

    private static string Primary(string tag) => tag.Trim().Replace('_', '-').Split('-')[0].ToLowerInvariant();

    private static Hyphenator? ChooseHyphenator(HyphenationRules rules, string language)
    {
        if (!rules.Enabled) return null;
        if (SameLanguage(rules.Language, language)) return Hyphenator.ForStyle(rules);
        return Hyphenator.ForLanguage(language, rules.LeftMin, rules.RightMin, rules.MinWord);
    }
}
