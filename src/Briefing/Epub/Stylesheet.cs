using System.Text;
using Briefing.Model;
using Briefing.Styles;

namespace Briefing.Epub;

/// <summary>A file copied into the package as is (font, font licence).</summary>
/// <param name="Href">Path in the package folder.</param>
/// <param name="SourcePath">The file on disk.</param>
/// <param name="MediaType">Its media type for the manifest.</param>
internal sealed record PackagedFile(string Href, string SourcePath, string MediaType);

/// <summary>The generated CSS and the font files it references.</summary>
internal sealed record StylesheetResult(string Css, IReadOnlyList<PackagedFile> Files);

/// <summary>
/// CSS generated from the style. Sizes are ems of the reader's own text size (never px font sizes, never a fixed page
/// width), so the reading system's font-size and margin settings keep working. Fonts are named only when the style
/// asks to embed them; otherwise the reader's choice of typeface stands.
/// </summary>
internal static class Stylesheet
{
    /// <summary>The stylesheet's path in the package folder.</summary>
    public const string Href = XhtmlPage.StylesheetHref;

    /// <summary>Builds the stylesheet (and the list of fonts to package when embedding).</summary>
    public static StylesheetResult Build(Style style)
    {
        var c = style.Colours;
        var s = style.Sizes;
        var sp = style.Spacing;
        var text = CssValues.Colour(c.Text, "#1b1b1b");
        var heading = CssValues.Colour(c.Heading, "#1f3a5f");
        var accent = CssValues.Colour(c.Accent, "#9b2c1f");
        var muted = CssValues.Colour(c.Muted, "#5a5a5a");
        var link = CssValues.Colour(c.Link, "#1f4f8f");
        var body = s.Body;
        string Em(double pt) => CssValues.Em(pt, body);
        // Vertical spaces relative to the element's own font size.
        string EmOf(double pt, double size) => CssValues.Em(pt, size);

        var css = new StringBuilder();
        var files = new List<PackagedFile>();
        string? bodyFamily = null, headingFamily = null, monoFamily = null;
        if (style.Epub.EmbedFonts)
        {
            var fonts = new FontEmbedding(style);
            var fallbacks = fonts.Fallbacks(css);
            bodyFamily = fonts.Family(css, "Briefing Body", style.Fonts.Body) + fallbacks;
            headingFamily = fonts.Family(css, "Briefing Heading", style.Fonts.Heading) + fallbacks;
            monoFamily = fonts.Family(css, "Briefing Mono", style.Fonts.Mono) + fallbacks + ", monospace";
            files.AddRange(fonts.Files);
        }
        var hyphens = style.Hyphenation.Enabled ? "auto" : "manual";

        css.Append($$"""
            /* Generated from the style "{{CssComment(style.Name)}}". Sizes in em: the reader's text size stays in charge. */
            body {
              margin: 0;
              padding: 0 0.5em;
              color: {{text}};
              line-height: {{CssValues.Number(Math.Clamp(CssValues.Ratio(s.Leading, body), 1.1, 2.5))}};{{Family(bodyFamily)}}
              -epub-hyphens: {{hyphens}};
              -webkit-hyphens: {{hyphens}};
              hyphens: {{hyphens}};
              /* A word longer than a phone's line (a German compound) breaks rather than run off the screen; break-word,
                 not anywhere, so table columns keep sizing to their longest word. */
              overflow-wrap: break-word;
              widows: {{Math.Max(1, style.WidowsOrphans)}};
              orphans: {{Math.Max(1, style.WidowsOrphans)}};
            }
            p {
              margin: 0 0 {{Em(sp.Paragraph)}} 0;
              text-align: {{(style.Justify ? "justify" : "left")}};
            }
            h1, h2, h3, h4, h5, h6 {
              color: {{heading}};
              font-weight: bold;
              line-height: 1.25;
              text-align: left;
              -epub-hyphens: none;
              -webkit-hyphens: none;
              hyphens: none;
              page-break-after: avoid;
              break-after: avoid;{{Family(headingFamily)}}
            }
            h1 {
              font-size: {{Em(s.Chapter)}};
              margin: 0.6em 0 {{EmOf(sp.AfterChapter, s.Chapter)}} 0;
            }
            h2 {
              font-size: {{Em(s.Section)}};
              margin: {{EmOf(sp.BeforeSection, s.Section)}} 0 {{EmOf(sp.AfterSection, s.Section)}} 0;
            }
            h3, h4, h5, h6 {
              font-size: {{Em(s.Label)}};
              margin: {{EmOf(sp.BeforeLabel, s.Label)}} 0 {{EmOf(sp.Paragraph / 2, s.Label)}} 0;
            }
            div.labelled {
              margin-top: {{Em(sp.BeforeLabel)}};
            }
            /* A run-in label sits on the first line of its paragraph, as in print. */
            .label.run-in {
              float: left;
              margin: 0 0.35em 0 0;
              font-size: 1em;
              line-height: inherit;
              color: {{heading}};
            }
            div.labelled::after {
              content: "";
              display: block;
              clear: both;
            }
            .number {
              color: {{accent}};
            }
            a {
              color: {{link}};
            }
            /* A long identifier or URL breaks where it must rather than run off a phone's screen or leave the line
               before it justified with wide gaps; break-word first for reading systems without "anywhere". */
            a, code {
              overflow-wrap: break-word;
              overflow-wrap: anywhere;
            }
            a.url {
              word-break: break-all;
            }
            ul, ol {
              margin: 0 0 {{Em(sp.Paragraph)}} 0;
              padding-left: {{Em(Math.Max(sp.ListIndent, body))}};
            }
            /* Deep lists indent less, so sixteen levels still fit a phone's width. */
            li li li li li ul, li li li li li ol {
              padding-left: 0.6em;
            }
            li > p {
              margin-bottom: {{Em(sp.Paragraph / 2)}};
            }
            /* A task's box, or a symbol the source set in place of a bullet ("✅"), stands where the bullet would; in a
               numbered list a task's box follows the number. */
            ul > li.task {
              list-style-type: none;
            }
            ul > li.marked {
              list-style-type: none;
            }
            .task-box, .list-marker {
              display: inline-block;
              width: 1.3em;
            }
            ul > li.task > .task-box, ul > li.task > p:first-child > .task-box,
            ul > li.marked > .list-marker, ul > li.marked > p:first-child > .list-marker {
              margin-left: -1.3em;
            }
            .loose > li + li {
              margin-top: {{Em(sp.Paragraph)}};
            }
            /* A list straight after another stands further off than its items, or the two read as one list (as in print). */
            ul + ul, ul + ol, ol + ul, ol + ol {
              margin-top: {{Em(sp.Paragraph * 2)}};
            }
            blockquote {
              margin: {{Em(sp.Paragraph * 2)}} 1.5em;
              padding-left: 0.8em;
              border-left: 0.2em solid {{accent}};
            }
            /* A quote's attribution ("— Alan Kay") stands apart from the quoted words, as in print. */
            blockquote p.attribution {
              margin-top: {{Em(sp.Paragraph)}};
              font-size: {{Em(Math.Min(body, s.Small + 0.5))}};
              text-align: right;
              -epub-hyphens: none;
              -webkit-hyphens: none;
              hyphens: none;
            }
            blockquote blockquote {
              margin: {{Em(sp.Paragraph * 2)}} 0 {{Em(sp.Paragraph * 2)}} 0.3em;
              padding-left: 0.4em;
            }
            pre {
              font-size: {{Em(s.Code)}};
              line-height: 1.35;
              margin: {{Em(sp.Paragraph * 2)}} 0;
              padding: 0.5em 0.7em;
              border-left: 0.2em solid {{muted}};
              white-space: pre-wrap;
              overflow-wrap: break-word;
              text-align: left;
              -epub-hyphens: none;
              -webkit-hyphens: none;
              hyphens: none;
            }
            code {
              -epub-hyphens: none;
              -webkit-hyphens: none;
              hyphens: none;{{Family(monoFamily ?? "monospace, monospace")}}
            }
            pre code {
              font-size: 1em;
            }
            sub, sup {
              font-size: 0.67em;
              line-height: 0;
            }
            pre .line {
              display: block;
              padding-left: 2em;
              text-indent: -2em;
            }
            figure {
              margin: {{Em(sp.Paragraph * 2)}} 0;
              text-align: center;
              page-break-inside: avoid;
              break-inside: avoid;
            }
            figure img {
              max-width: 100%;
              max-height: 90vh;
              height: auto;
              object-fit: contain;
            }
            figcaption {
              font-size: 0.85em;
              font-style: italic;
              color: {{muted}};
              text-indent: 0;
              margin-top: 0.3em;
            }
            .table-wrap {
              overflow-x: auto;
              margin: {{Em(sp.Paragraph * 2)}} 0;
            }
            table {
              border-collapse: collapse;
              font-size: 0.95em;
            }
            th, td {
              padding: 0.25em 0.6em;
              border-bottom: 0.06em solid {{muted}};
              text-align: left;
              vertical-align: top;
            }
            thead th {
              color: {{heading}};
              border-bottom: 0.12em solid {{heading}};
            }
            th.center, td.center {
              text-align: center;
            }
            th.right, td.right {
              text-align: right;
            }
            th.nowrap, td.nowrap {
              white-space: nowrap;
            }
            hr {
              border: 0;
              border-top: 0.1em solid {{accent}};
              margin: 1.2em 25%;
            }
            body.cover {
              padding: 0;
              text-align: center;
            }
            section.cover img {
              max-width: 100%;
              max-height: 98vh;
              height: auto;
            }
            .titlepage {
              margin-top: 3em;
            }
            .titlepage h1.title {
              font-size: {{Em(s.Title)}};
              margin-bottom: 0.3em;
            }
            .subtitle {
              font-size: {{Em(s.Subtitle)}};
              color: {{muted}};
              text-align: left;
            }
            .author, .imprint {
              color: {{muted}};
              text-align: left;
            }
            .lede {
              margin-top: 2.5em;
              padding-top: 1em;
              border-top: 0.15em solid {{accent}};
            }
            nav ol {
              list-style: none;
              padding-left: 1.2em;
            }
            nav > ol {
              padding-left: 0;
            }
            nav li {
              margin: 0.25em 0;
            }
            .faq-questions {
              margin: 0 0 1.5em 0;
            }
            .faq-questions ol {
              list-style: decimal;
              padding-left: 1.6em;
            }
            p.back {
              font-size: {{Em(s.Small)}};
              text-align: right;
            }
            """);
        css.Append('\n');
        return new StylesheetResult(css.ToString(), files);
    }

    private static string Family(string? family) => family is null ? "" : $"\n  font-family: {family};";

    private static string CssComment(string text) => XmlText.Collapse(text).Replace("*/", "* /", StringComparison.Ordinal);

    /// <summary>Writes @font-face rules and collects the files, each file packaged once.</summary>
    private sealed class FontEmbedding(Style style)
    {
        private readonly Dictionary<string, PackagedFile> _byName = new(StringComparer.Ordinal);
        private readonly List<PackagedFile> _files = [];

        public IReadOnlyList<PackagedFile> Files => _files.Concat(Licences()).ToList();

        /// <summary>Declares a family's faces; returns its quoted name.</summary>
        public string Family(StringBuilder css, string family, FontFaces faces)
        {
            Face(css, family, faces.Regular, "normal", "normal");
            if (faces.Bold is { Length: > 0 } b) Face(css, family, b, "bold", "normal");
            if (faces.Italic is { Length: > 0 } i) Face(css, family, i, "normal", "italic");
            if (faces.BoldItalic is { Length: > 0 } bi) Face(css, family, bi, "bold", "italic");
            return $"\"{family}\"";
        }

        /// <summary>Declares the fallback faces; returns ", "Briefing Fallback 1", …" to append to each stack.</summary>
        public string Fallbacks(StringBuilder css)
        {
            var names = new StringBuilder();
            for (var i = 0; i < style.Fonts.Fallback.Count; i++)
            {
                var family = $"Briefing Fallback {i + 1}";
                Face(css, family, style.Fonts.Fallback[i], "normal", "normal");
                names.Append($", \"{family}\"");
            }
            return names.ToString();
        }

        private void Face(StringBuilder css, string family, string file, string weight, string fontStyle)
        {
            var packaged = Package(file);
            var format = Path.GetExtension(packaged.Href).ToLowerInvariant() switch
            {
                ".otf" => "opentype", ".woff" => "woff", ".woff2" => "woff2", _ => "truetype",
            };
            css.Append($$"""
                @font-face {
                  font-family: "{{family}}";
                  font-weight: {{weight}};
                  font-style: {{fontStyle}};
                  src: url("../{{packaged.Href}}") format("{{format}}");
                }

                """);
        }

        private PackagedFile Package(string file)
        {
            if (_byName.TryGetValue(file, out var known)) return known;
            var source = Path.Combine(style.FontFolder, file);
            if (!File.Exists(source)) throw new InputException(style.SourcePath, 0, $"font file not found: {source}");
            var media = Path.GetExtension(file).ToLowerInvariant() switch
            {
                ".otf" => "font/otf", ".woff" => "font/woff", ".woff2" => "font/woff2", _ => "font/ttf",
            };
            var packaged = new PackagedFile("fonts/" + SafeName(file, _files.Select(f => f.Href)), source, media);
            _byName.Add(file, packaged);
            _files.Add(packaged);
            return packaged;
        }

        // Licence texts travel with the fonts (the OFL requires it).
        private IEnumerable<PackagedFile> Licences()
        {
            if (_files.Count == 0 || !Directory.Exists(style.FontFolder)) yield break;
            foreach (var path in Directory.GetFiles(style.FontFolder).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(path);
                if ((name.StartsWith("OFL", StringComparison.OrdinalIgnoreCase) || name.StartsWith("LICENSE", StringComparison.OrdinalIgnoreCase))
                    && name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
                    yield return new PackagedFile("fonts/" + SafeName(name, []), path, "text/plain");
            }
        }

        // Zip paths and CSS urls only ever see [A-Za-z0-9._-].
        private static string SafeName(string file, IEnumerable<string> taken)
        {
            var name = new string(Path.GetFileName(file).Select(ch => char.IsAsciiLetterOrDigit(ch) || ch is '.' or '-' or '_' ? ch : '-').ToArray());
            if (name.Length == 0 || name[0] == '.') name = "font" + name;
            var used = taken.ToHashSet(StringComparer.OrdinalIgnoreCase);
            var candidate = name;
            for (var n = 2; used.Contains("fonts/" + candidate); n++) candidate = Path.GetFileNameWithoutExtension(name) + "-" + n + Path.GetExtension(name);
            return candidate;
        }
    }
}
