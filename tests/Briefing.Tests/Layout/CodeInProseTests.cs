using Briefing.Layout;
using Briefing.Layout.Fonts;
using Briefing.Layout.Text;
using Xunit;

namespace Briefing.Tests.Layout;

/// <summary>Inline code, compounds and addresses in justified prose: code keeps its spaces and its hyphens, a compound
/// breaks only at its own hyphen, a path or URL may break after a slash.</summary>
public sealed class CodeInProseTests
{
    private static readonly LayoutContext Ctx = new(BriefingFixture.Style(), "a4", "en", new HashSet<string>());

    private static TextStyle Mono => Ctx.BodyStyle with { Family = Family.Mono };

    private static List<SetLine> Set(double width, params (string Text, bool Code)[] parts) =>
        ParagraphSetter.Set(Ctx, parts.Select(p => new Span(p.Text, p.Code ? Mono : Ctx.BodyStyle, null, StructureTag.Paragraph)).ToList(),
            new ParagraphShape(width));

    private static readonly (string, bool)[] Commands =
    [
        ("Basic file management: ", false), ("ls", true), (" and ", false), ("ls -l", true),
        (" (in particular, learn what every column in ", false), ("ls -l", true), (" means), ", false), ("less", true),
        (", ", false), ("head", true), (", ", false), ("tail", true), (" and ", false), ("tail -f", true),
        (" (or even better, ", false), ("less +F", true), ("), ", false), ("ln", true), (" and ", false), ("ln -s", true),
        (" (learn the differences and advantages of hard versus soft links), and for a quick summary of disk usage ", false),
        ("du -hs *", true), (". Read the configuration from ", false), ("/etc/youtube-dl.conf", true),
        (" or pass ", false), ("--download-archive", true), (" and ", false), ("--output-na-placeholder", true),
        (" when the modern-day and Western-backed archives run long.", false),
    ];

    private static IEnumerable<double> Widths => Enumerable.Range(0, 30).Select(i => 180.0 + i * 9);

    [Fact]
    public void Spaces_in_code_keep_their_width_on_a_justified_line()
    {
        var space = Ctx.Measure(" ", Mono);
        var checkedGaps = 0;
        foreach (var width in Widths)
            foreach (var line in Set(width, Commands).SkipLast(1))
            {
                var texts = line.Items.OfType<TextItem>().OrderBy(t => t.X).ToList();
                for (var k = 1; k < texts.Count; k++)
                {
                    if (texts[k - 1].Face != Ctx.FaceOf(Mono) || texts[k].Face != Ctx.FaceOf(Mono)) continue;
                    if (texts[k].Text.StartsWith('-') || texts[k].Text == "*" || texts[k].Text == "+F")
                    {
                        Assert.Equal(space, texts[k].X - (texts[k - 1].X + texts[k - 1].Width), 2);
                        checkedGaps++;
                    }
                }
            }
        Assert.True(checkedGaps > 30, $"{checkedGaps} gaps inside code on justified lines");
    }

    [Fact]
    public void Code_and_compounds_break_only_where_they_may()
    {
        string[] whole = ["/etc/youtube-dl.conf", "--download-archive", "--output-na-placeholder"];
        foreach (var width in Widths)
        {
            var lines = Set(width, Commands);
            var ends = lines.Select(l => l.Items.OfType<TextItem>().OrderBy(t => t.X).Last().Text).ToList();
            var mono = lines.SelectMany(l => l.Items.OfType<TextItem>()).Where(t => t.Face == Ctx.FaceOf(Mono)).Select(t => t.Text).ToList();
            // Code: whole, or cut only after a slash of the path (never at its hyphens).
            foreach (var token in whole.Skip(1)) Assert.Contains(token, mono);
            Assert.True(mono.Contains(whole[0]) || (mono.Contains("/etc/") && mono.Contains("youtube-dl.conf")), string.Join("|", mono));
            // Compounds: only at their own hyphen ("modern-|day"), never "mod-|ern-day" or "West-|ern-backed".
            Assert.DoesNotContain(ends, e => e is "mod-" or "West-" or "Wes-");
        }
    }

    [Fact]
    public void A_long_address_breaks_after_a_slash_without_a_hyphen()
    {
        var lines = Set(160, ("See https://github.com/ytdl-org/youtube-dl/blob/master/README.md for the rest.", false));
        var texts = lines.Select(l => string.Concat(l.Items.OfType<TextItem>().OrderBy(t => t.X).Select(t => t.Text))).ToList();
        Assert.Contains(texts, t => t.EndsWith('/'));
        Assert.DoesNotContain(texts, t => t.EndsWith("/-", StringComparison.Ordinal) || t.EndsWith("https:/", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.True(l.Width <= 160.01, $"{l.Width}"));
        Assert.Equal("See https://github.com/ytdl-org/youtube-dl/blob/master/README.md for the rest.",
            string.Join("", texts.Select((t, i) => i == 0 || texts[i - 1].EndsWith('/') ? t : " " + t)));
    }
}
