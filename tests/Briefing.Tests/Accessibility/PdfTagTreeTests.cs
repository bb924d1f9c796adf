using System.Globalization;
using System.Text.RegularExpressions;
using Briefing.Publishing;
using Briefing.Readers;
using Briefing.Styles;
using Briefing.Tests.Integration;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Accessibility;

/// <summary>
/// The tag tree of the seed's and every corpus input's PDF, as pdf.js (Firefox's engine, not ours) reads it: every
/// text is tagged or an artifact, the tree owns the content in the order it is drawn and down the page, headings and
/// lists have the standard roles in the model's order, the text in tag order is the model's text in order, page
/// furniture is artifact only, and language, title and DisplayDocTitle are set.
/// </summary>
public sealed partial class PdfTagTreeTests
{
    public static TheoryData<string> Inputs() => [.. BuiltOutputs.AllInputs().Select(p => Path.GetFileName(p))];

    private static string PathOf(string name) => BuiltOutputs.AllInputs().Single(p => Path.GetFileName(p) == name);

    private static PdfStructure Structure(string input) => PdfStructure.Of(BuiltOutputs.Of(PathOf(input)).Pdf());

    private const string PdfJs = "/tmp/validator-clients/node_modules/pdfjs-dist/legacy/build/pdf.mjs";

    private static readonly HashSet<string> BlockRoles = ["H", "H1", "H2", "H3", "H4", "H5", "H6", "P", "Lbl", "TOCI", "TR", "Caption"];

    [ToolTheory("node", PdfJs)]
    [MemberData(nameof(Inputs))]
    public void Every_text_is_tagged_or_an_artifact_and_the_tree_owns_it_in_drawing_order(string input)
    {
        var pdf = Structure(input);
        Assert.Empty(pdf.Warnings);
        var problems = new List<string>();
        foreach (var page in pdf.Pages)
        {
            var treeIds = page.Tree?.ContentIds().ToList() ?? [];
            var owned = treeIds.ToHashSet();
            foreach (var run in page.Content.Where(r => r.Text.Trim().Length > 0))
            {
                if (run.Artifact && run.Id is not null && owned.Contains(run.Id))
                    problems.Add($"page {page.Number}: artifact text inside structure element content: \"{run.Text.Trim()}\"");
                else if (!run.Artifact && (run.Id is null || !owned.Contains(run.Id)))
                    problems.Add($"page {page.Number}: text neither tagged nor artifact: \"{run.Text.Trim()}\"");
            }
            // Depth-first through the tree, the marked content with text comes in the order the page draws it.
            var drawn = page.Content.Where(r => r.Id is not null && !r.Artifact && r.Text.Trim().Length > 0)
                .Select(r => r.Id!).Distinct().ToList();
            var walked = treeIds.Where(id => page.TextById.TryGetValue(id, out var t) && t.Trim().Length > 0).ToList();
            if (!walked.SequenceEqual(drawn))
                problems.Add($"page {page.Number}: tag order [{string.Join(' ', walked)}] differs from drawing order [{string.Join(' ', drawn)}]");
        }
        Assert.True(problems.Count == 0, $"{problems.Count} problem(s):\n" + string.Join('\n', problems.Take(20)));
    }

    [ToolTheory("node", PdfJs)]
    [MemberData(nameof(Inputs))]
    public void Blocks_in_tag_order_run_down_the_page(string input)
    {
        var pdf = Structure(input);
        var problems = new List<string>();
        foreach (var page in pdf.Pages.Where(p => p.Tree is not null))
        {
            var firstRun = page.Content.Where(r => r.Id is not null && r.Y is not null).GroupBy(r => r.Id!).ToDictionary(g => g.Key, g => g.First());
            (double X, double Y, string Role, string Text)? previous = null;
            foreach (var block in Blocks(page.Tree!))
            {
                var start = block.ContentIds().Select(id => firstRun.GetValueOrDefault(id)).FirstOrDefault(r => r is not null);
                if (start is null) continue;
                var here = (X: start.X!.Value, Y: start.Y!.Value, block.Role!, Text: start.Text.Trim());
                // PDF y grows upwards: the next block starts lower, or on the same line further right.
                if (previous is { } p && !(here.Y < p.Y - 1 || (Math.Abs(here.Y - p.Y) <= 1 && here.X > p.X)))
                    problems.Add($"page {page.Number}: {here.Item3} \"{Short(here.Text)}\" at ({here.X:0},{here.Y:0}) follows {p.Role} \"{Short(p.Text)}\" at ({p.X:0},{p.Y:0})");
                previous = here;
            }
        }
        Assert.True(problems.Count == 0, $"{problems.Count} block(s) out of visual order:\n" + string.Join('\n', problems.Take(20)));
    }

    /// <summary>Block-level elements depth first, not descending into a block (a paragraph's links stay inside it).</summary>
    private static IEnumerable<StructNode> Blocks(StructNode node)
    {
        if (node.Role is { } role && BlockRoles.Contains(role)) { yield return node; yield break; }
        foreach (var kid in node.Kids)
            foreach (var b in Blocks(kid)) yield return b;
    }

    [ToolTheory("node", PdfJs)]
    [MemberData(nameof(Inputs))]
    public void Headings_are_H1_to_H6_in_the_models_order_without_skipped_levels(string input)
    {
        var pdf = Structure(input);
        var headings = pdf.Pages.Where(p => p.Tree is not null)
            .SelectMany(p => p.Tree!.DepthFirst().Where(n => PdfStructure.HeadingLevel(n.Role) is not null)
                .Select(n => (Level: PdfStructure.HeadingLevel(n.Role)!.Value, Text: Collapse(p.TextOf(n)))))
            .ToList();
        Assert.NotEmpty(headings);
        Assert.DoesNotContain(headings, h => h.Level == 0);  // numbered levels, not the level-less H
        Assert.Equal(1, headings[0].Level);
        for (var i = 1; i < headings.Count; i++)
            Assert.True(headings[i].Level <= headings[i - 1].Level + 1,
                $"H{headings[i - 1].Level} \"{headings[i - 1].Text}\" is followed by H{headings[i].Level} \"{headings[i].Text}\"");

        // The body's headings (after the cover and front matter) are the model's, level for level, in order.
        var expected = ModelOutline.Headings(SourceReader.Read(PathOf(input))).Select(h => (h.Level, Text: Collapse(h.Text))).ToList();
        Assert.True(headings.Count >= expected.Count, $"{headings.Count} headings in the PDF, {expected.Count} in the model");
        var body = headings.Skip(headings.Count - expected.Count).Select(h => (h.Level, Text: LeadingNumber().Replace(h.Text, ""))).ToList();
        for (var i = 0; i < expected.Count; i++)
            Assert.True(expected[i] == body[i], $"heading {i + 1} of the body: model H{expected[i].Level} \"{expected[i].Text}\", PDF H{body[i].Level} \"{body[i].Text}\"");
    }

    [ToolTheory("node", PdfJs)]
    [MemberData(nameof(Inputs))]
    public void Lists_are_L_of_LI_of_Lbl_and_LBody(string input)
    {
        var pdf = Structure(input);
        var problems = new List<string>();
        var items = 0;
        foreach (var page in pdf.Pages.Where(p => p.Tree is not null))
        {
            foreach (var node in page.Tree!.DepthFirst().Where(n => n.Role is not null))
            {
                var kidRoles = node.Kids.Select(k => k.Role ?? (k.ContentId is null ? "annotation" : "content")).ToList();
                if (node.Role == "L" && kidRoles.Any(r => r != "LI"))
                    problems.Add($"page {page.Number}: L holds {string.Join(",", kidRoles)}");
                if (node.Role == "LI")
                {
                    items++;
                    if (!kidRoles.Contains("LBody") || kidRoles.Any(r => r is not ("Lbl" or "LBody")))
                        problems.Add($"page {page.Number}: LI holds {string.Join(",", kidRoles)}");
                }
                foreach (var kid in node.Kids.Where(k => k.Role is "LI" && node.Role != "L" || k.Role is "Lbl" or "LBody" && node.Role != "LI"))
                    problems.Add($"page {page.Number}: {kid.Role} inside {node.Role}");
            }
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(20)));
        var modelItems = Model.BlockWalk.Descendants(AllBlocks(SourceReader.Read(PathOf(input)))).OfType<Model.ListItem>().Count();
        // A list item split over two pages shows on both, so the PDF may count more, never fewer.
        Assert.True(items >= modelItems, $"{items} LI in the PDF, {modelItems} list items in the model");
    }

    private static IEnumerable<Model.Block> AllBlocks(Model.Document d) =>
        d.Lede.Concat(d.Chapters.SelectMany(c => c.Blocks.Concat(c.Sections.SelectMany(s => s.Blocks))))
            .Concat(d.Faq?.Entries.SelectMany(e => e.Answer) ?? []);

    [ToolTheory("node", PdfJs)]
    [MemberData(nameof(Inputs))]
    public void The_text_in_tag_order_is_the_models_text_in_order(string input)
    {
        var pdf = Structure(input);
        // The whole document's tagged text, walking each page's tree depth first.
        var tagged = string.Concat(pdf.Pages.Where(p => p.Tree is not null)
            .SelectMany(p => p.Tree!.ContentIds().Select(id => p.TextById.GetValueOrDefault(id, ""))));
        var at = 0;
        var notFound = new List<string>();
        var blocks = 0;
        // Characters no font has are drawn as '?' (the build warns with their code points): left out on both sides.
        var missing = PdfStructure.MissingGlyphs(BuiltOutputs.Of(PathOf(input)));
        tagged = PdfStructure.Comparable(tagged, missing);
        foreach (var text in ModelOutline.Text(SourceReader.Read(PathOf(input))))
        {
            var needle = PdfStructure.Comparable(text, missing);
            if (needle.Length == 0) continue;
            needle = needle[..Math.Min(needle.Length, 40)];
            blocks++;
            var found = tagged.IndexOf(needle, at, StringComparison.Ordinal);
            if (found < 0) notFound.Add($"\"{Short(text)}\"{(tagged.Contains(needle, StringComparison.Ordinal) ? " (earlier)" : " (absent)")}");
            else at = found + needle.Length;
        }
        Assert.True(blocks > 0);
        Assert.True(notFound.Count == 0, $"{notFound.Count} of {blocks} model blocks not found in tag order:\n" + string.Join('\n', notFound.Take(20)));
    }

    [ToolTheory("node", PdfJs)]
    [MemberData(nameof(Inputs))]
    public void Running_heads_and_page_numbers_are_artifacts_and_nothing_else(string input)
    {
        var pdf = Structure(input);
        var source = PathOf(input);
        var document = SourceReader.Read(source);
        var margins = StyleLoader.Load(StyleResolver.PathFor(null, document)).Margins;
        var problems = new List<string>();
        int? numbered = null;
        var runningHeads = 0;
        // A running head names the document or the chapter (shortened with an ellipsis when long).
        var names = document.Chapters.Select(c => c.Heading.Text).Prepend(document.Metadata.Title)
            .Select(n => Collapse(n)).Select(n => n[..Math.Min(n.Length, 12)]).ToList();
        foreach (var page in pdf.Pages)
        {
            var text = page.Content.Where(r => r.Text.Trim().Length > 0 && r.Y is not null).ToList();
            bool InMargin(ContentRun r) => r.Y > page.Height - margins.Top || r.Y < margins.Bottom;
            var furniture = text.Where(r => r.Artifact && InMargin(r)).Select(r => Collapse(r.Text)).ToList();
            // Where a page has running heads or folios, its margins hold nothing else (the cover sets its byline there).
            if (furniture.Count > 0)
                foreach (var r in text.Where(r => !r.Artifact && InMargin(r)))
                    problems.Add($"page {page.Number}: tagged text in the margin: \"{Short(r.Text)}\"");
            var number = page.Number.ToString(CultureInfo.InvariantCulture);
            var folios = furniture.Where(f => Regex.IsMatch(f, $@"(?<![\d.]){number}(?![\d.])")).ToList();
            // The folio is not read out as content: no tagged text on the page says it.
            var tagged = Collapse(string.Concat(page.Content.Where(r => !r.Artifact).Select(r => r.Text)));
            foreach (var folio in folios.Where(f => tagged.Contains(f, StringComparison.Ordinal)))
                problems.Add($"page {page.Number}: folio \"{folio}\" is also tagged text");
            // Once the pages are numbered, every page shows its number, as an artifact.
            if (furniture.Any(f => names.Any(n => f.Contains(n, StringComparison.Ordinal)))) runningHeads++;
            if (folios.Count > 0) numbered ??= page.Number;
            else if (numbered is not null) problems.Add($"page {page.Number}: no page number among the artifacts [{string.Join(" | ", furniture)}]");
        }
        Assert.True(numbered is not null, "no page shows its number as an artifact");
        Assert.True(runningHeads > 0, "no page has a running head naming the document or a chapter as an artifact");
        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(20)));
    }

    [ToolTheory("node", PdfJs)]
    [MemberData(nameof(Inputs))]
    public void Language_title_and_DisplayDocTitle_are_set(string input)
    {
        var pdf = Structure(input);
        var document = SourceReader.Read(PathOf(input));
        Assert.True(pdf.Marked);
        Assert.Equal(string.IsNullOrWhiteSpace(document.Metadata.Language) ? "en" : document.Metadata.Language, pdf.Lang);
        Assert.False(string.IsNullOrWhiteSpace(pdf.Title));
        Assert.Equal(Briefing.Pdf.MetadataText.Clean(document.Metadata.Title), pdf.Title);
        Assert.Equal(pdf.Title, pdf.XmpTitle);
        Assert.True(pdf.DisplayDocTitle, "viewers show the file name, not the title: /ViewerPreferences lacks /DisplayDocTitle true");
    }

    private static string Collapse(string s) => Regex.Replace(s.Replace("\u00AD", "", StringComparison.Ordinal), @"\s+", " ").Trim();

    private static string Short(string s)
    {
        s = Collapse(s);
        return s.Length <= 60 ? s : s[..60] + "…";
    }

    [GeneratedRegex(@"^\d+(\.\d+)*\s+")]
    private static partial Regex LeadingNumber();
}
