using System.Text;
using Briefing.Publishing;
using Briefing.Tests.Integration;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Epub;

/// <summary>On a phone's width a long address or identifier must break rather than run off the screen: an address
/// shown as its own text may break anywhere (so it starts on the line it follows), code breaks where it must.</summary>
public sealed class EpubNarrowScreenTests
{
    [Fact]
    public void Addresses_and_code_may_break()
    {
        using var dir = new TempDir();
        var source = dir.File("n.md", "# N\n\n## C\n\nA URL in text: https://www.example.org/some/really/long/path/that/should/break.html, " +
            "[a named link](https://example.org/x), [see https://example.org for more](https://example.org/y) " +
            "and `code_with_a_very_long_identifier_name`.\n");
        var build = Publisher.Build(new BuildRequest(source, Path.Combine(dir.Path, "out")));
        var epub = new EpubPackage(File.ReadAllBytes(build.Epub()));
        var links = epub.ContentDocuments.SelectMany(d => d.Doc.Descendants(EpubPackage.X + "a"))
            .Where(a => ((string?)a.Attribute("href") ?? "").StartsWith("https:", StringComparison.Ordinal)).ToList();
        Assert.Equal("url", (string?)links.Single(a => a.Value.StartsWith("https://www.", StringComparison.Ordinal)).Attribute("class"));
        Assert.Null(links.Single(a => a.Value == "a named link").Attribute("class"));
        Assert.Null(links.Single(a => a.Value.StartsWith("see ", StringComparison.Ordinal)).Attribute("class"));   // words may not break anywhere

        var css = Encoding.UTF8.GetString(epub.Entries.Single(e => e.Key.EndsWith(".css", StringComparison.Ordinal)).Value);
        Assert.Matches(@"a, code \{[^}]*overflow-wrap: anywhere;", css);
        Assert.Matches(@"a\.url \{[^}]*word-break: break-all;", css);
    }

    [Fact]
    public void A_word_longer_than_the_line_may_break_and_the_text_hyphenates_in_its_language()
    {
        using var dir = new TempDir();
        var source = dir.File("w.md", "---\nlanguage: de\n---\n# W\n\n## C\n\nDie Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen sind golden.\n");
        var build = Publisher.Build(new BuildRequest(source, Path.Combine(dir.Path, "out")));
        var epub = new EpubPackage(File.ReadAllBytes(build.Epub()));
        var css = Encoding.UTF8.GetString(epub.Entries.Single(e => e.Key.EndsWith(".css", StringComparison.Ordinal)).Value);
        // Inherited by all running text; break-word (unlike anywhere) leaves the width tables give a column alone.
        Assert.Matches(@"(?m)^body \{[^}]*overflow-wrap: break-word;", css);
        Assert.Matches(@"(?m)^body \{[^}]*\bhyphens: auto;", css);
        var page = epub.ContentDocuments.First(d => d.Doc.Descendants(EpubPackage.X + "p").Any(p => p.Value.Contains("golden", StringComparison.Ordinal))).Doc;
        Assert.Equal("de", (string?)page.Root!.Attribute("lang"));
    }
}
