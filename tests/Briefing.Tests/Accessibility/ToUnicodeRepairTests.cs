using System.Text;
using Briefing.Layout;
using Briefing.Model;
using Briefing.Pdf;
using Briefing.Tests.Layout;
using Briefing.Tests.Pdf;
using UglyToad.PdfPig;
using Xunit;

namespace Briefing.Tests.Accessibility;

/// <summary>Characters beyond the BMP (emoji) extract as themselves: their ToUnicode entries are UTF-16 pairs.</summary>
public sealed class ToUnicodeRepairTests
{
    private const string Map = "1 begincodespacerange\n<0064><038C>\nendcodespacerange\n2 beginbfrange\n" +
        "<0064><0064><2219>\n<038C><038C><1F30D>\nendbfrange\nendcmap";

    [Fact]
    public void A_map_with_a_code_point_beyond_the_BMP_becomes_bfchar_pairs_of_the_same_length()
    {
        var bytes = Encoding.ASCII.GetBytes("stream\n" + Map + "\nendstream");
        ToUnicodeRepair.Apply(bytes);
        var text = Encoding.ASCII.GetString(bytes);
        Assert.Equal(("stream\n" + Map + "\nendstream").Length, text.Length);
        Assert.Contains("2 beginbfchar\n<0064><2219>\n<038C><D83CDF0D>\nendbfchar\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("bfrange", text, StringComparison.Ordinal);
        Assert.EndsWith(" \nendcmap\nendstream", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_map_of_BMP_characters_only_is_left_alone()
    {
        var original = Map.Replace("<1F30D>", "<00E9>", StringComparison.Ordinal);
        var bytes = Encoding.ASCII.GetBytes(original);
        ToUnicodeRepair.Apply(bytes);
        Assert.Equal(original, Encoding.ASCII.GetString(bytes));
    }

    [Fact]
    public void An_emoji_drawn_from_a_fallback_font_reads_back_as_itself()
    {
        var chapter = new Chapter(new Heading("globe", Inlines.Text("Languages")),
            [new Paragraph("g", Inlines.Text("\U0001F30D Deutsch \u2219 English \u2219 \u0395\u03BB\u03BB\u03B7\u03BD\u03B9\u03BA\u03AC"))], []);
        var document = BriefingFixture.Document() with { Chapters = [chapter], Faq = null };
        var layout = LayoutEngine.Layout(document, BriefingFixture.Style(), "a4");
        Assert.DoesNotContain(layout.Warnings, w => w.Message.Contains("1F30D", StringComparison.Ordinal));
        using var pdf = PdfDocument.Open(PdfFixture.Write(layout));
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        Assert.Contains("\U0001F30DDeutsch", text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
