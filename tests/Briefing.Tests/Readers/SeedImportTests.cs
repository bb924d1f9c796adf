using Briefing.Model;
using Briefing.Publishing;
using Briefing.Readers;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Readers;

/// <summary>The seed article: every number the foundation issue names, from the real file and sidecar.</summary>
public sealed class SeedImportTests
{
    private static readonly Lazy<Document> Seed = new(() => SourceReader.Read(Repo.SeedText));
    private static Document Doc => Seed.Value;

    private static IEnumerable<Label> Labels(Document d) =>
        d.Chapters.SelectMany(c => c.Blocks.Concat(c.Sections.SelectMany(s => s.Blocks))).OfType<Label>();

    [Fact]
    public void Nine_body_chapters_from_introduction_to_conclusion()
    {
        Assert.Equal(9, Doc.Chapters.Count);
        Assert.Equal("Introduction: The Strategic Partnership Between Russia Iran Relations", Doc.Chapters[0].Heading.Text);
        Assert.Equal("Conclusion", Doc.Chapters[^1].Heading.Text);
        Assert.DoesNotContain(Doc.Chapters, c => c.Heading.Text.Contains("FAQ", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Thirty_nine_sections_and_fifty_three_labels_under_the_right_parents()
    {
        Assert.Equal(39, Doc.Chapters.Sum(c => c.Sections.Count));
        Assert.Equal(53, Labels(Doc).Count());
        var players = Doc.Chapters.SelectMany(c => c.Sections).Single(s => s.Heading.Text == "Differing Approaches to Regional Players");
        Assert.Equal(["Turkey:", "Israel:"], players.Blocks.OfType<Label>().Select(l => l.Heading.Text));
        var energy = Doc.Chapters.Single(c => c.Heading.Text.StartsWith("Economic Cooperation", StringComparison.Ordinal));
        Assert.Equal("Oil and Gas Development:", energy.Sections[0].Blocks.OfType<Label>().First().Heading.Text);
        Assert.All(Labels(Doc), l => Assert.IsType<Paragraph>(Assert.Single(l.Blocks)));
    }

    [Fact]
    public void Lead_in_sentences_before_lists_stay_paragraphs()
    {
        var challenges = Doc.Chapters.SelectMany(c => c.Sections).Single(s => s.Heading.Text == "Challenges to Economic Cooperation");
        var leadIn = Assert.IsType<Paragraph>(challenges.Blocks[0]);
        Assert.Equal("Despite progress, economic cooperation faces significant hurdles:", Inlines.PlainText(leadIn.Content));
        Assert.Equal(3, Assert.IsType<BulletList>(challenges.Blocks[1]).Items.Count);
    }

    [Fact]
    public void Twelve_bullet_items_in_the_body()
    {
        var json = System.Text.Json.JsonDocument.Parse(StructureReport.Json(Doc));
        Assert.Equal(12, json.RootElement.GetProperty("chapters").EnumerateArray().Sum(c => c.GetProperty("bullets").GetInt32()));
    }

    [Fact]
    public void Six_faq_answers_with_the_sidecar_questions_in_order()
    {
        var faq = Assert.IsType<Faq>(Doc.Faq);
        Assert.Equal(6, faq.Entries.Count);
        Assert.All(faq.Entries, e => Assert.Equal(QuestionSource.Sidecar, e.QuestionSource));
        Assert.Equal("Are Iran and Russia allies?", faq.Entries[0].Question.Text);
        Assert.StartsWith("Yes, Iran and Russia", BodyText.Blocks(faq.Entries[0].Answer).First());
        // The scrape collapsed "Key allies include:Syria: …" into one line; it comes back as a list.
        var allies = Assert.IsType<BulletList>(faq.Entries[1].Answer[1]);
        Assert.Equal(5, allies.Items.Count);
        Assert.StartsWith("Hezbollah (Lebanon):", BodyText.Blocks([allies.Items[1]]).First());
        Assert.Empty(Doc.Report.Warnings);
    }

    [Fact]
    public void Twenty_one_noise_lines_removed_and_listed()
    {
        Assert.Equal(21, Doc.Report.NoiseRemoved.Count);
        Assert.Contains("Leave a Comment", Doc.Report.NoiseRemoved);
        Assert.Contains("Table of Contents", Doc.Report.NoiseRemoved);
        Assert.DoesNotContain(BodyText.Of(Doc), t => t == "Russia Iran Relations");
    }

    [Fact]
    public void Title_lede_and_sidecar_metadata()
    {
        Assert.Equal("Russia–Iran Relations: Does Russia Support Iran?", Doc.Metadata.Title);
        Assert.NotNull(Doc.Metadata.Subtitle);
        Assert.Equal("en", Doc.Metadata.Language);
        Assert.Contains("Iran", Doc.Metadata.KeywordList);
        var lede = Assert.IsType<Paragraph>(Assert.Single(Doc.Lede));
        Assert.StartsWith("Russia and Iran share a complex, strategic relationship", Inlines.PlainText(lede.Content));
    }

    [Fact]
    public void Every_heading_and_paragraph_id_is_unique()
    {
        var ids = Doc.Chapters.SelectMany(c => new[] { c.Heading.Id }.Concat(c.Sections.Select(s => s.Heading.Id)))
            .Concat(Labels(Doc).Select(l => l.Heading.Id))
            .Concat(Doc.Faq!.Entries.Select(e => e.Question.Id)).Append(Doc.Faq.Heading.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^[a-z][a-z0-9-]*$", id));
    }

    [Fact]
    public void Every_word_of_kept_text_survives()
    {
        // All words of the source except the title line and the removed noise, in order (the run-in list split
        // only inserts white space after "include:", so compare with white space removed).
        var lines = File.ReadAllLines(Repo.SeedText).Skip(1).Where(l => !Doc.Report.NoiseRemoved.Contains(l.Trim()));
        // Quotes and dashes are set as type: compare their typewriter forms.
        var source = Typewriter.Plain(string.Concat(string.Join(" ", lines).Where(c => !char.IsWhiteSpace(c) && c != '•')));
        var kept = Typewriter.Plain(string.Concat(string.Concat(BodyText.Of(Doc)).Where(c => !char.IsWhiteSpace(c))));
        Assert.Equal(source, kept);
    }
}
