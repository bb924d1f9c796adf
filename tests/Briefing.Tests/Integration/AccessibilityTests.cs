using System.Text.Json;
using System.Text.RegularExpressions;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Integration;

/// <summary>
/// Independent checkers on what the real pipeline builds for the seed and the corpus: Ace by DAISY on the EPUBs,
/// pdf.js (Firefox's engine) on the PDFs. Their verdict, not ours, says the output is accessible and readable.
/// </summary>
public sealed class AccessibilityTests
{
    public static TheoryData<string> Inputs() => [.. BuiltOutputs.AllInputs().Select(p => Path.GetFileName(p))];

    private static string PathOf(string name) => BuiltOutputs.AllInputs().Single(p => Path.GetFileName(p) == name);

    [ToolTheory("bash", "node", "/tmp/validator-clients/node_modules/.bin/ace-cli")]
    [MemberData(nameof(Inputs))]
    public void Ace_reports_no_violation(string input)
    {
        var epub = BuiltOutputs.Of(PathOf(input)).Epub();
        var run = ToolRun.Of("bash", Tool.AceScript, epub);
        var m = Regex.Match(run.Out, @"ace: critical=(\d+) serious=(\d+) moderate=(\d+) minor=(\d+)");
        Assert.True(m.Success, "Ace did not run: " + run.Out + run.Err);
        Assert.True(m.Groups.Values.Skip(1).All(g => g.Value == "0"), m.Value + "\n" + run.Err);
    }

    [ToolTheory("node", "/tmp/validator-clients/node_modules/pdfjs-dist/legacy/build/pdf.mjs")]
    [MemberData(nameof(Inputs))]
    public void Pdfjs_reads_the_pdf_cleanly_and_every_target_resolves(string input)
    {
        var pdf = BuiltOutputs.Of(PathOf(input)).Pdf();
        // Into a file, not a pipe: the script exits right after writing, and node cuts a piped stdout short.
        var json = Path.ChangeExtension(pdf, ".pdfjs.json");
        var run = ToolRun.Of("bash", "-c", "node \"$0\" \"$1\" > \"$2\"", Tool.PdfJsFacts, pdf, json);
        Assert.True(run.ExitCode == 0, File.ReadAllText(json) + run.Err);
        using var facts = JsonDocument.Parse(File.ReadAllText(json));
        var root = facts.RootElement;
        Assert.False(root.GetProperty("hadWarnings").GetBoolean(), root.GetProperty("warnings").ToString());
        var pages = root.GetProperty("pages").GetInt32();
        var perPage = root.GetProperty("perPage").EnumerateArray().ToList();
        foreach (var entry in root.GetProperty("outline").EnumerateArray())
        {
            var title = entry.GetProperty("title").GetString()!;
            Assert.True(entry.GetProperty("page").ValueKind == JsonValueKind.Number, $"outline entry \"{title}\" has no target page");
            var page = entry.GetProperty("page").GetInt32();
            Assert.InRange(page, 1, pages);
            // The heading's words are on the page the outline says (pdf.js's own text extraction).
            var text = Normalise(perPage[page - 1].GetProperty("text").GetString()!);
            var firstWords = string.Join(' ', Normalise(title).Split(' ').Take(3));
            Assert.True(text.Contains(firstWords, StringComparison.Ordinal), $"\"{title}\" not found on page {page}");
        }
        foreach (var p in perPage)
            foreach (var link in p.GetProperty("links").EnumerateArray())
                Assert.True(link.TryGetProperty("url", out _) || (link.TryGetProperty("page", out var target) && target.ValueKind == JsonValueKind.Number),
                    $"unresolved link on page {p.GetProperty("page")}: {link}");
        Assert.Equal("true", root.GetProperty("markInfo").GetProperty("Marked").ToString().ToLowerInvariant());
    }

    private static string Normalise(string s) =>
        Regex.Replace(s.Replace('\u00AD', ' ').Replace("-\n", "", StringComparison.Ordinal), @"\s+", " ").Trim();
}
