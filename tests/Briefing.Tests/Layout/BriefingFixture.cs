using System.Text;
using Briefing.Model;
using Briefing.Styles;
using Xunit;

namespace Briefing.Tests.Layout;

/// <summary>
/// A realistic briefing built by hand (the readers are written elsewhere): a lede, nine chapters with sections,
/// run-in labels, bullet and numbered lists (nested), a quote, code, a table, links in and out of the document,
/// a very long word and URL, and an FAQ of six. Text is generated from a fixed vocabulary, so it is the same on
/// every run and long enough to fill about fifteen pages.
/// </summary>
internal static class BriefingFixture
{
    public const string Title = "Rivers & Borders: A Briefing on Shared Water <Draft>";

    private static readonly string[] Vocabulary =
    [
        "the", "of", "and", "a", "to", "in", "is", "that", "for", "it", "as", "with", "was", "on", "by", "this",
        "agreement", "river", "basin", "water", "governments", "negotiations", "infrastructure", "agricultural",
        "irrigation", "hydroelectric", "downstream", "upstream", "allocation", "treaty", "commission", "seasonal",
        "drought", "reservoir", "capacity", "monitoring", "cooperation", "tension", "regional", "economic",
        "development", "population", "sustainable", "environmental", "assessment", "consultation", "ministers",
        "diplomatic", "historically", "considerable", "uncertainty", "projections", "climate", "variability",
        "institutions", "responsibility", "compensation", "arbitration", "international", "obligations",
        "transboundary", "groundwater", "aquifer", "sediment", "navigation", "fisheries", "livelihoods",
        "communities", "investment", "financing", "guarantees", "transparency", "accountability", "data",
        "sharing", "stations", "forecasting", "flood", "warning", "systems", "pressure", "demand", "supply",
        "efficiency", "modernisation", "canals", "pumping", "electricity", "exports", "revenues", "budget",
        "priorities", "compromise", "deadlock", "mediation", "observers", "framework", "principles", "equitable",
        "reasonable", "utilisation", "significant", "harm", "notification", "planned", "measures", "dispute",
        "settlement", "mechanisms", "technical", "committees", "annual", "reports", "ratification", "parliament",
        "opposition", "public", "opinion", "media", "coverage", "neighbouring", "states", "strategic", "leverage",
        "security", "food", "energy", "nexus", "trade-offs", "benefits", "costs", "long-term", "short-term",
    ];

    /// <summary>Deterministic sentences: <paramref name="count"/> of them, seeded by <paramref name="seed"/>.</summary>
    public static string Sentences(int seed, int count)
    {
        var random = new Random(seed);
        var sb = new StringBuilder();
        for (var s = 0; s < count; s++)
        {
            var words = random.Next(9, 24);
            for (var w = 0; w < words; w++)
            {
                var word = Vocabulary[random.Next(Vocabulary.Length)];
                if (w == 0) word = char.ToUpperInvariant(word[0]) + word[1..];
                sb.Append(word);
                if (w < words - 1) sb.Append(w > 2 && random.Next(9) == 0 ? ", " : " ");
            }
            sb.Append(". ");
        }
        return sb.ToString().TrimEnd();
    }

    /// <summary>A paragraph of generated text; its id is unique within one <see cref="Document"/> call.</summary>
    private static Paragraph P(ref int counter, int seed, int sentences) =>
        new($"p{++counter}-{seed}", Inlines.Text(Sentences(seed, sentences)));

    private static Paragraph P(string id, params Inline[] content) => new(id, content);

    private static Heading H(string id, string text) => new(id, Inlines.Text(text));

    private static BulletList Bullets(ref int counter, int seed, int count, bool ordered = false, BulletList? nested = null)
    {
        var items = new List<ListItem>();
        for (var i = 0; i < count; i++)
        {
            var blocks = new List<Block> { P(ref counter, seed * 10 + i, 1 + i % 2) };
            if (nested is not null && i == 1) blocks.Add(nested);
            items.Add(new ListItem(blocks));
        }
        return new BulletList(items, ordered);
    }

    private static readonly string[] ChapterTitles =
    [
        "Introduction: Why Shared Rivers Matter",
        "Historical Foundations of the Basin Agreements",
        "Hydrology, Climate and the Limits of Supply",
        "Infrastructure: Dams, Canals and Reservoirs",
        "Economic Stakes for Upstream and Downstream States",
        "Institutions, Treaties and Dispute Settlement",
        "Data Sharing and Early Warning",
        "Scenarios to 2040",
        "Conclusion: Options for Policy Makers",
    ];

    /// <summary>The document (a fresh instance each call; paragraph ids are unique within it).</summary>
    public static Document Document()
    {
        var n = 0;
        var slugger = new Slugger();
        var chapters = new List<Chapter>();
        for (var c = 0; c < ChapterTitles.Length; c++)
        {
            var chapterId = slugger.Slug(ChapterTitles[c]);
            var intro = new List<Block> { P(ref n, c * 100 + 1, 6), P(ref n, c * 100 + 2, 4) };
            if (c == 0)
                intro.Add(P("intro-links",
                    new TextRun("This briefing draws on the public record; see "),
                    new Link("#" + "scenarios-to-2040", [new TextRun("the scenarios chapter")]),
                    new TextRun(" and the "),
                    new Link("https://example.org/water/treaties?basin=all&format=full", [new TextRun("treaty database")]),
                    new TextRun(" for sources. Terms such as "),
                    new Emphasis([new TextRun("equitable and reasonable utilisation")]),
                    new TextRun(" and "),
                    new Strong([new TextRun("no significant harm")]),
                    new TextRun(" are explained where first used; file names like "),
                    new CodeSpan("basin-flows.csv"),
                    new TextRun(" refer to the annexes. A notoriously long identifier: "),
                    new TextRun(new string('x', 40) + "Pneumonoultramicroscopicsilicovolcanoconiosis" + new string('y', 260)),
                    new TextRun(" and a long address https://example.org/" + string.Join("/", Enumerable.Range(0, 30).Select(i => $"segment{i}")) + " end.")));
            var sections = new List<Section>();
            var sectionCount = 2 + c % 3;
            for (var s = 0; s < sectionCount; s++)
            {
                var title = s == 0 ? "Background and Context" : s == 1 ? "Key Developments" : s == 2 ? "Assessment" : "Outlook";
                var blocks = new List<Block> { P(ref n, c * 100 + 10 + s, 5 + s) };
                if (s == 1)
                {
                    blocks.Add(new Label(H(slugger.Slug("Upstream view"), "Upstream view:"), [P(ref n, c * 100 + 30, 3)]));
                    blocks.Add(new Label(H(slugger.Slug("Downstream view"), "Downstream view:"), [P(ref n, c * 100 + 31, 4)]));
                    blocks.Add(Bullets(ref n, c * 100 + 40, 4, nested: c % 2 == 0 ? Bullets(ref n, c * 100 + 50, 2, nested: Bullets(ref n, c * 100 + 60, 2)) : null));
                }
                if (s == 2)
                {
                    blocks.Add(Bullets(ref n, c * 100 + 70, 3, ordered: true));
                    blocks.Add(P(ref n, c * 100 + 71, 7));
                }
                if (c == 3 && s == 0)
                {
                    blocks.Add(new Quote([P(ref n, c * 100 + 80, 3)]));
                    blocks.Add(new CodeBlock("station_id,date,flow_m3s\n  KX-104,2024-03-01,1820.5\n  KX-105,2024-03-01,  944.0\n\t# a comment that is long enough to wrap around the measure of the code block when it is set in the monospaced face\n", "csv"));
                }
                if (c == 4 && s == 0)
                    blocks.Add(new Table(
                        [[Inlines.Text("Country"), Inlines.Text("Share of flow"), Inlines.Text("Irrigated area (thousand ha)")]],
                        [
                            [Inlines.Text("Upstream A"), Inlines.Text("42%"), Inlines.Text("310")],
                            [Inlines.Text("Midstream B"), Inlines.Text("35%"), Inlines.Text("1,240, most of it in the lower valley")],
                            [Inlines.Text("Downstream C"), Inlines.Text("23%"), Inlines.Text("2,050")],
                        ]));
                if (c == 5 && s == 0) blocks.Add(new Rule());
                sections.Add(new Section(H(slugger.Slug(title), title), blocks));
            }
            chapters.Add(new Chapter(new Heading(chapterId, Inlines.Text(ChapterTitles[c])), intro, sections));
        }

        string[] questions =
        [
            "Is there a single treaty for the whole basin?",
            "Who decides how much water each state receives?",
            "Why do dams upstream worry downstream states?",
            "How is data on river flows shared?",
            "What happens in a drought year?",
            "Could the dispute go to international arbitration?",
        ];
        var faq = new Faq(H(slugger.Slug("Frequently Asked Questions"), "Frequently Asked Questions"),
            questions.Select((q, i) => new FaqEntry(H(slugger.Slug(q), q), [P(ref n, 900 + i, 3 + i % 3)], QuestionSource.Source)).ToList());

        var lede = new List<Block> { P(ref n, 7, 5) };
        var meta = new Metadata(Title, "Allocation, infrastructure and the politics of a shared basin", "Briefing Desk",
            "Briefing", "2025-01-15", "en", ["water", "rivers", "treaties", "climate"]);
        return new Document(meta, lede, chapters, faq, ImportReport.Empty("fixture.md"));
    }

    /// <summary>The bundled style (styles/briefing.yaml beside the test assembly).</summary>
    public static Style Style() => StyleLoader.Load(StyleLoader.BundledStylePath);
}
