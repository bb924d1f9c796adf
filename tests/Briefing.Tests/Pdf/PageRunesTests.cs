using Briefing.Layout;
using Briefing.Pdf;
using Xunit;

namespace Briefing.Tests.Pdf;

/// <summary>The characters drawn once per face and page so that PDFsharp embeds their glyphs: each once, in code point
/// order, as the hash set and sort they replace gave them.</summary>
public sealed class PageRunesTests
{
    private static TextItem Item(string text, int face, double size = 10) => new(text, face, size, default, 0, 0, 10);

    [Fact]
    public void Each_face_gets_its_distinct_characters_in_code_point_order_and_the_size_of_its_first_item()
    {
        var runes = new PageRunes();
        string[] texts = ["zebra", "Über", "naïve €5 \U0001F600 ok", "", "\uD800x", "abc\U0001D400"];
        foreach (var (text, i) in texts.Select((t, i) => (t, i)))
            runes.Add(Item(text, face: i % 2 == 0 ? 3 : 1, size: 9 + i));
        runes.Add(Item("", 7)); // an empty item adds no face

        var taken = runes.Take();

        Assert.Equal([1, 3], taken.Select(t => t.Face));
        Assert.Equal([10, 9], taken.Select(t => t.Size));
        foreach (var (face, _, chars) in taken)
        {
            var expected = texts.Where((_, i) => (i % 2 == 0 ? 3 : 1) == face)
                .SelectMany(t => t.EnumerateRunes()).Select(r => r.Value).Distinct().Order()
                .Select(char.ConvertFromUtf32);
            Assert.Equal(string.Concat(expected), chars);
        }
        Assert.Contains("\uFFFD", taken.Single(t => t.Face == 3).Chars); // the unpaired surrogate, as drawn
    }

    [Fact]
    public void Taking_forgets_the_page()
    {
        var runes = new PageRunes();
        runes.Add(Item("first page \U0001F600", 0, 12));
        runes.Take();
        runes.Add(Item("ab", 2));
        runes.Add(Item("ba", 0, 8));

        Assert.Equal([(0, 8.0, "ab"), (2, 10.0, "ab")], runes.Take());
        Assert.Empty(runes.Take());
    }
}
