using System.Text.RegularExpressions;
using Briefing.Readers;
using Briefing.Tests.Integration;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Accessibility;

/// <summary>
/// MuPDF, a second reader besides pdf.js, shows the seed's and every corpus input's bookmarks as the model's tree
/// (the lede's labels, chapters with their sections and labels, the FAQ appendix and its questions), each pointing at the page whose
/// tagged heading (as pdf.js reads the tag tree) holds its title.
/// </summary>
public sealed partial class MutoolOutlineTests
{
    public static TheoryData<string> Inputs() => [.. BuiltOutputs.AllInputs().Select(p => Path.GetFileName(p))];

    private static string PathOf(string name) => BuiltOutputs.AllInputs().Single(p => Path.GetFileName(p) == name);

    [ToolTheory("mutool", "node", "/tmp/validator-clients/node_modules/pdfjs-dist/legacy/build/pdf.mjs")]
    [MemberData(nameof(Inputs))]
    public void Mutool_shows_the_models_outline_tree(string input)
    {
        var pdf = BuiltOutputs.Of(PathOf(input)).Pdf();
        var run = ToolRun.Of("mutool", "show", pdf, "outline");
        Assert.True(run.ExitCode == 0 && run.Err.Trim().Length == 0, run.Err);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var entries = new List<(int Depth, string Title, int Page)>();
        foreach (var line in lines)
        {
            // "|" or "+" (has children), one tab per level, the quoted title, a tab, "#page=N&...".
            var m = OutlineLine().Match(line);
            Assert.True(m.Success, "unreadable outline line: " + line);
            entries.Add((m.Groups[1].Value.Length, Unescape(m.Groups[2].Value), int.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture)));
        }

        // Labels in the lede (front matter, before any chapter) come first, at the top level.
        var document = SourceReader.Read(PathOf(input));
        var expected = Model.BlockWalk.Descendants(document.Lede).OfType<Model.Label>().Select(l => (Level: 1, Text: l.Heading.LabelName))
            .Concat(ModelOutline.Headings(document, outline: true)).ToList();
        Assert.Equal(expected.Count, entries.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var (depth, title, _) = entries[i];
            Assert.True(expected[i].Level == depth && expected[i].Text == LeadingNumber().Replace(title, ""),
                $"entry {i + 1}: model depth {expected[i].Level} \"{expected[i].Text}\", mutool depth {depth} \"{title}\"");
        }

        // Each bookmark lands on the page whose tag tree has a heading that starts with its title.
        var structure = PdfStructure.Of(pdf);
        var missing = PdfStructure.MissingGlyphs(BuiltOutputs.Of(PathOf(input)));
        foreach (var (_, title, page) in entries)
        {
            Assert.InRange(page, 1, structure.Pages.Count);
            var p = structure.Pages[page - 1];
            var headings = p.Tree?.DepthFirst().Where(n => PdfStructure.HeadingLevel(n.Role) is not null)
                .Select(n => PdfStructure.Comparable(LeadingNumber().Replace(Collapse(p.TextOf(n)), ""), missing)).ToList() ?? [];
            var wanted = PdfStructure.Comparable(LeadingNumber().Replace(title, ""), missing);
            Assert.True(headings.Any(h => h.StartsWith(wanted, StringComparison.Ordinal)),
                $"\"{title}\" → page {page}, whose headings are: {string.Join(" | ", headings)}");
        }
    }

    private static string Collapse(string s) => Regex.Replace(s, @"\s+", " ").Trim();

    private static string Unescape(string s) => Regex.Replace(s, @"\\(.)", "$1");

    [GeneratedRegex(@"^[|+](\t+)""(.*)""\t#page=(\d+)")]
    private static partial Regex OutlineLine();

    [GeneratedRegex(@"^\d+(\.\d+)*\s+")]
    private static partial Regex LeadingNumber();
}
