using System.Security.Cryptography;
using System.Text;
using Briefing.Layout;
using Briefing.Pdf;
using Xunit;

namespace Briefing.Tests.Pdf;

/// <summary>
/// The digest a PDF's /ID and subset tags come from: the document's metadata, timestamp, font file names and every
/// drawn string, each followed by a separator byte. Its definition is pinned, so one input gives one file across
/// versions, however the strings are gathered before hashing.
/// </summary>
public sealed class ReproducibleSeedTests
{
    private static LaidOutDocument Document(params string[][] pages) => new(
        [.. pages.Select((texts, i) => new LaidOutPage(i + 1, 595.5, 842, [.. texts.Select(t => (PageItem)new TextItem(t, 0, 10, default, 0, 0, 10))]))],
        new Dictionary<string, int>(), ["/fonts/NotoSerif-Regular.ttf"], [], [],
        new DocumentInfo("Title", "Author", "Subject", "a, b", "en"), [], []);

    private static byte[] Expected(LaidOutDocument layout, DateTimeOffset time)
    {
        var parts = new List<string> { "Title", "Author", "Subject", "a, b", "en", time.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), "NotoSerif-Regular.ttf" };
        foreach (var page in layout.Pages)
        {
            parts.Add($"{page.Number}:{page.Width}x{page.Height}");
            parts.AddRange(page.Items.OfType<TextItem>().Select(t => t.Text));
        }
        return SHA256.HashData([.. parts.SelectMany(p => Encoding.UTF8.GetBytes(p).Append((byte)1))]);
    }

    [Fact]
    public void The_seed_is_the_sha256_of_every_part_each_followed_by_a_separator()
    {
        var time = new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);
        // Many strings, one longer than the gathering buffer, and text outside ASCII.
        var long_ = string.Concat(Enumerable.Repeat("Überlänge ", 3000));
        var layout = Document(["Russia", "and", "Iran"], [.. Enumerable.Range(0, 5000).Select(i => $"word{i} — ü")], [long_, "end"]);
        Assert.Equal(Expected(layout, time), Reproducible.Seed(layout, time));
    }

    [Fact]
    public void Strings_are_kept_apart_and_every_one_counts()
    {
        var time = DateTimeOffset.UnixEpoch;
        var seed = Reproducible.Seed(Document(["ab", "c"]), time);
        Assert.NotEqual(seed, Reproducible.Seed(Document(["a", "bc"]), time));
        Assert.NotEqual(seed, Reproducible.Seed(Document(["ab", "d"]), time));
        Assert.NotEqual(seed, Reproducible.Seed(Document(["ab", "c"]), time.AddSeconds(1)));
        Assert.Equal(seed, Reproducible.Seed(Document(["ab", "c"]), time));
    }
}
