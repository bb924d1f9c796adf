using Briefing.Layout;
using Briefing.Readers;
using Xunit;

namespace Briefing.Tests.Layout;

/// <summary>With the style's link_addresses, a web link's address follows its text in print, in parentheses and still
/// a link; internal links, note references and links that already show their address are left alone.</summary>
public sealed class LinkAddressTests
{
    private const string Source = """
        # Links on paper

        ## Sources

        Read [the annual report](https://example.org/reports/2026/annual/) and [*its* summary](http://www.example.com/s), or write to [the desk](mailto:desk@example.org). A bare <https://example.net/x> stays, as does [www.example.com](https://www.example.com/), [https://example.com](https://example.com/), [the FAQ](#sources) and a note.[^1]

        | Source | Link |
        |---|---|
        | Ministry | [statement](https://gov.example/statements/2026-11-04) |

        > Invent the future.
        >
        > — [Alan Kay](https://example.org/kay)

        [^1]: See the archive.
        """;

    private static string Body(bool addresses)
    {
        var style = BriefingFixture.Style();
        style.LinkAddresses = addresses;
        var layout = LayoutEngine.Layout(SourceReader.Parse(Source, "links.md"), style, "a4");
        return string.Join(" ", Enumerable.Range(1, layout.Pages.Count)
            .SelectMany(p => LayoutReader.Lines(layout, p, d => !LayoutReader.IsArtifact(d)).Select(l => l.Text)));
    }

    [Fact]
    public void Web_links_print_their_address_when_the_style_asks()
    {
        var text = Body(addresses: true);
        Assert.Contains("the annual report (example.org/reports/2026/annual) and its summary (www.example.com/s)", text, StringComparison.Ordinal);
        Assert.Contains("the desk (desk@example.org)", text, StringComparison.Ordinal);
        Assert.Contains("statement (gov.example/statements/2026-11-04)", text, StringComparison.Ordinal);
        Assert.Contains("— Alan Kay (example.org/kay)", text, StringComparison.Ordinal);   // a quote's attribution too
        Assert.Contains("A bare https://example.net/x stays, as does www.example.com, https://example.com, the FAQ and a note.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Addresses_stay_links_and_are_not_printed_by_default()
    {
        Assert.DoesNotContain("(example.org", Body(addresses: false), StringComparison.Ordinal);
        var style = BriefingFixture.Style();
        style.LinkAddresses = true;
        var layout = LayoutEngine.Layout(SourceReader.Parse(Source, "links.md"), style, "a4");
        var links = LayoutReader.Elements(layout, StructureTag.Link).Select(e => e.Text).ToList();
        Assert.Contains("example.org/reports/2026/annual", links);
    }

    [Fact]
    public void A_link_to_an_anchor_the_document_lacks_is_set_in_the_colour_of_its_text()
    {
        // The reader warns that it is set as plain text; it was still drawn in link colour, though it goes nowhere.
        var doc = SourceReader.Parse("# T\n\n## Sources\n\nSee [nowhere](#missing) and [the sources](#sources).\n", "t.md");
        var style = BriefingFixture.Style();
        var layout = LayoutEngine.Layout(doc, style, "a4");
        var words = layout.Pages.SelectMany(p => p.Items).OfType<TextItem>().ToList();
        var link = Rgb.Parse(style.Colours.Link);
        var text = Rgb.Parse(style.Colours.Text);
        Assert.Equal(text, words.Single(w => w.Text.Contains("nowhere", StringComparison.Ordinal)).Colour);
        Assert.Equal(link, words.Single(w => w.Text.Contains("sources", StringComparison.Ordinal) && !w.Text.Contains("Sources", StringComparison.Ordinal)).Colour);
    }
}
