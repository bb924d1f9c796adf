using Briefing.Model;
using Briefing.Styles;

namespace Briefing.Tests.Epub;

/// <summary>
/// A realistic briefing built by hand (the readers are built elsewhere): lede, three chapters with sections, labels,
/// bullets, nested and numbered lists, code, a table, a quote, a rule, links of every kind, a four-entry FAQ,
/// metadata with keywords and a title full of markup characters. Reusable by any test.
/// </summary>
internal static class EpubFixture
{
    /// <summary>The hostile title: every XML-special character.</summary>
    public const string HostileTitle = "Russia & Iran <draft> \"2025\"";

    /// <summary>The fixed timestamp used for reproducible output.</summary>
    public static readonly DateTimeOffset Modified = new(2025, 3, 14, 9, 26, 53, TimeSpan.Zero);

    /// <summary>The bundled style (copied beside the test assembly), loaded fresh so tests may change it.</summary>
    public static Style Style() => StyleLoader.Load(StyleLoader.BundledStylePath);

    /// <summary>The fixture document.</summary>
    public static Document Document()
    {
        var b = new Builder();
        var lede = new List<Block>
        {
            b.P("Two sanctioned economies have spent a decade building ", new Emphasis(T("trade corridors")),
                ", arms deals and a shared dislike of the dollar. This briefing sets out what changed, what did not, and what to watch."),
            b.P("It draws on public statements, customs data and the ", new Link("https://example.org/report?id=7&lang=en", T("2024 corridor report")), "."),
        };

        var ch1 = new Chapter(b.H("Background & context"),
        [
            b.P("Relations were cool for most of the 1990s. ", new Strong(T("Three shifts")), " changed that."),
            b.List(false, b.Item("Sanctions on both sides pushed trade away from Western banks."),
                          b.Item("The war in Syria made them military partners."),
                          b.Item("Energy markets rewarded coordination.")),
        ],
        [
            new Section(b.H("Early contacts"),
            [
                b.P("The first agreements covered nuclear fuel and rail. See ", new Link("#the-north-south-corridor", T("the corridor section")),
                    " for the route, and the ", new Link("#what-is-the-corridor", T("FAQ entry on the corridor")), "."),
                b.Label("Turkey:", b.P("Ankara watched both capitals and kept its own channels open.")),
                b.Label("Caspian states:", b.P("Smaller neighbours hedged between the two."),
                    b.P("Their ports still matter for the northern route.")),
                new Quote([b.P("We are not allies; we are neighbours with the same problems.")]),
            ]),
            new Section(b.H("The turn after 2015"),
            [
                b.P("Military cooperation deepened.", new LineBreak(), "Joint exercises followed in 2019 and 2021."),
                b.List(true, b.Item("Air defence systems", b.List(false, b.Item("S-300 deliveries"), b.Item("Radar upgrades",
                        b.List(false, b.Item("Early-warning links"))))),
                    b.Item("Drones"), b.Item("Satellite launches")) with { Start = 3 },
                new Rule(),
                b.P("Unsafe links keep their text: ", new Link("javascript:alert(1)", T("this script")), ", ",
                    new Link("relative/page.html", T("this relative page")), " and ", new Link("mailto:desk@example.org", T("the desk's mail")), "."),
            ]),
        ]);

        var ch2 = new Chapter(b.H("Trade and the corridor"),
        [
            b.P("Trade remains small next to either side's trade with China."),
        ],
        [
            new Section(b.H("The North–South corridor"),
            [
                b.P("The route links St Petersburg with Bandar Abbas by rail, road and the Caspian Sea."),
                new Table(
                    [[T("Year"), T("Trade (US$ bn)"), T("Main goods")]],
                    [
                        [T("2021"), T("4.0"), T("grain, steel")],
                        [T("2022"), T("4.9"), [new Emphasis(T("grain")), new TextRun(", machinery")]],
                        [T("2023"), T("4.4"), T("grain, fuel")],
                    ]),
                b.P("Customs codes used for the table:"),
                new CodeBlock("HS 1001  wheat and meslin\nHS 7208  flat-rolled iron <hot-rolled> & steel\n\tHS 2710  petroleum oils", "text"),
            ]),
            new Section(b.H("Payments"),
            [
                b.P("Banks connected their messaging systems so payments avoid SWIFT."),
                b.Label("Mir and Shetab:", b.P("The two card networks were linked in stages."),
                    b.List(false, b.Item("Stage one: cash withdrawals"), b.Item("Stage two: payments in shops"))),
            ]),
        ]);

        var ch3 = new Chapter(b.H("Outlook"),
        [
            b.Label("Short term:", b.P("Expect more announcements than deliveries.")),
            b.Label("Long term:", b.P("Much depends on the corridor's last missing rail link.")),
        ],
        [
            new Section(b.H("What to watch"),
            [
                b.List(false, b.Item("Rail construction at Rasht–Astara"), b.Item("Arms deliveries"), b.Item("Oil swap volumes")),
                b.P("Back to ", new Link("#background-context", T("the background chapter")), "."),
            ]),
        ]);

        var faq = new Faq(b.H("Frequently asked questions"),
        [
            new FaqEntry(b.H("What is the corridor?"), [b.P("A 7,200 km multimodal route from Russia to the Indian Ocean.")], QuestionSource.Sidecar),
            new FaqEntry(b.H("Are Russia & Iran allies?"), [b.P("Not formally: the 2025 treaty has no mutual-defence clause.")], QuestionSource.Sidecar),
            new FaqEntry(b.H("How big is their trade?"), [b.P("About four billion dollars a year; see the table in ", new Link("#the-north-south-corridor", T("the corridor section")), ".")], QuestionSource.Source),
            new FaqEntry(b.H("What should readers watch?"), [b.P("Rail, arms and oil."), b.List(false, b.Item("Rail first"))], QuestionSource.Inferred),
        ]);

        var meta = new Metadata(HostileTitle,
            Subtitle: "Partnership <without> alliance & what it means",
            Author: "Briefing Desk & Partners",
            Publisher: "Example Press <test>",
            Date: "2025-03-01",
            Language: "en",
            Keywords: ["Russia", "Iran", "trade & sanctions", "<security>"]);
        return new Document(meta, lede, [ch1, ch2, ch3], faq, ImportReport.Empty("fixture.md"));
    }

    /// <summary>A simulated print layout: anchors in reading order, three per page from page 2 (page 1 is the cover).</summary>
    public static IReadOnlyDictionary<string, int> Pages(Document document)
    {
        var pages = new Dictionary<string, int>();
        var i = 0;
        foreach (var id in ModelAnchors.InReadingOrder(document)) pages[id] = 2 + i++ / 3;
        return pages;
    }

    /// <summary>Options with the fixed timestamp and the simulated pages.</summary>
    public static Briefing.Epub.EpubOptions Options(Document document) => new(Modified, Pages(document));

    private static IReadOnlyList<Inline> T(string text) => Inlines.Text(text);

    /// <summary>Makes headings with unique slugs and paragraphs with sequential ids.</summary>
    internal sealed class Builder
    {
        private readonly Slugger _slugger = new();
        private int _paragraphs;

        public Heading H(string text) => new(_slugger.Slug(text), T(text));

        public Paragraph P(params object[] parts) =>
            new($"p{++_paragraphs}", parts.Select(p => p as Inline ?? new TextRun((string)p)).ToList());

        public BulletList List(bool ordered, params ListItem[] items) => new(items, ordered);

        public ListItem Item(string text, params Block[] more) => new([P(text), .. more]);

        public Label Label(string text, params Block[] blocks) => new(H(text), blocks);
    }
}

/// <summary>The model's anchor ids (headings and paragraphs) in reading order: lede, chapters, FAQ.</summary>
internal static class ModelAnchors
{
    public static IEnumerable<string> InReadingOrder(Document document)
    {
        foreach (var id in Blocks(document.Lede)) yield return id;
        foreach (var c in document.Chapters)
        {
            yield return c.Heading.Id;
            foreach (var id in Blocks(c.Blocks)) yield return id;
            foreach (var s in c.Sections)
            {
                yield return s.Heading.Id;
                foreach (var id in Blocks(s.Blocks)) yield return id;
            }
        }
        if (document.Faq is { } faq)
        {
            yield return faq.Heading.Id;
            foreach (var e in faq.Entries)
            {
                yield return e.Question.Id;
                foreach (var id in Blocks(e.Answer)) yield return id;
            }
        }
    }

    /// <summary>Paragraph, figure and label ids of blocks, depth first.</summary>
    public static IEnumerable<string> Blocks(IEnumerable<Block> blocks) =>
        BlockWalk.Descendants(blocks).Select(b => b switch { Paragraph p => p.Id, Figure f => f.Id, Label l => l.Heading.Id, _ => null })
            .OfType<string>();
}
