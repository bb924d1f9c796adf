using Briefing.Publishing;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Integration;

/// <summary>A build's warnings name the file and line that asked for what could not be done: a link that loses its
/// target (either edition sets its text only), a language set without hyphenation.</summary>
public sealed class WarningPlaceTests
{
    private static List<string> Warnings(TempDir dir, string name, string text, string? containing = null) =>
        [.. Publisher.Build(new BuildRequest(dir.File(name, text), Path.Combine(dir.Path, "out"), OutputFormats.Pdf)).Warnings
            .Select(w => w.ToString()).Where(w => containing is null || w.Contains(containing, StringComparison.Ordinal))];

    [Fact]
    public void A_link_that_loses_its_target_is_named_at_its_own_line()
    {
        using var dir = new TempDir();
        var warnings = Warnings(dir, "links.md", """
            ---
            title: Links
            ---
            🌍
            *[Deutsch](README-de.md) ∙ [English](README.md) ∙ [Français](README-fr.md)*

            # Links

            A paragraph over three lines
            that links to [the spec](docs/spec.md)
            and to [a site](https://example.org), [the top](#) and [nothing]().

            ## Chapter with [a link](notes.txt)

            - an item with [a script](javascript:alert(1))

            > a quote with <ftp://example.org/file>

            | a | b |
            |---|---|
            | x | [cell](../up.md) and [again](../up.md) |
            """);
        Assert.Equal([
            "links.md:10: link target 'docs/spec.md' is not an absolute URL; set as plain text",
            "links.md:13: link target 'notes.txt' is not an absolute URL; set as plain text",
            "links.md:15: link target 'javascript:alert(1)' is not an http, https or mailto URL; set as plain text",
            "links.md:17: link target 'ftp://example.org/file' is not an http, https or mailto URL; set as plain text",
            "links.md:21: link target '../up.md' is not an absolute URL; set as plain text",
        ], warnings.Select(w => w[(dir.Path.Length + 1)..]));   // the language bar above the text is left out, unread
        Assert.All(warnings, w => Assert.StartsWith(Path.Combine(dir.Path, "links.md") + ":", w, StringComparison.Ordinal));
    }

    [Fact]
    public void A_language_without_hyphenation_patterns_is_named_where_it_was_given()
    {
        const string why = "no hyphenation patterns for 'pt-br'";
        using var dir = new TempDir();
        Assert.Equal([$"{dir.Path}/front.md:3: {why}"],
            Warnings(dir, "front.md", "---\ntitle: T\nlanguage: pt-BR\n---\n\n# T\n\nText.\n", why).Select(w => w[..w.IndexOf(" (", StringComparison.Ordinal)]));
        // The sidecar's line wins over the front matter it overrides.
        dir.File("side.yaml", "author: A\nlanguage: pt-BR\n");
        Assert.Equal([$"{dir.Path}/side.yaml:2: {why}"],
            Warnings(dir, "side.md", "---\nlanguage: de\n---\n\n# T\n\nText.\n", why).Select(w => w[..w.IndexOf(" (", StringComparison.Ordinal)]));
        // A Gutenberg header's "Language:" line.
        var book = "The Project Gutenberg EBook of Tales\n\nTitle: Tales\nLanguage: Russian\n\n*** START OF THIS PROJECT GUTENBERG EBOOK TALES ***\n\n"
            + "TALES\n\nCHAPTER I. One\n\nOnce upon a time there was a tale that went on for a while.\n\n*** END OF THIS PROJECT GUTENBERG EBOOK TALES ***\n";
        Assert.Equal([$"{dir.Path}/book.txt:4: no hyphenation patterns for 'ru'"],
            Warnings(dir, "book.txt", book, "hyphenation").Select(w => w[..w.IndexOf(" (", StringComparison.Ordinal)]));
    }
}
