using System.Text.Json;
using Briefing.Readers;
using Briefing.Tests.Integration;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Accessibility;

/// <summary>
/// The document-level accessibility entries of the seed's and every corpus input's PDF, as qpdf (not ours) dumps the
/// objects: language, tagged, structure tree, title shown in the window, tab order by structure where a page has links, and link
/// annotations that belong to the tree and say where they go.
/// </summary>
public sealed class PdfCatalogTests
{
    public static TheoryData<string> Inputs() => [.. BuiltOutputs.AllInputs().Select(p => Path.GetFileName(p))];

    private static string PathOf(string name) => BuiltOutputs.AllInputs().Single(p => Path.GetFileName(p) == name);

    [ToolTheory("qpdf")]
    [MemberData(nameof(Inputs))]
    public void Catalog_pages_and_links_carry_the_accessibility_entries(string input)
    {
        var pdf = BuiltOutputs.Of(PathOf(input)).Pdf();
        var run = ToolRun.Of("qpdf", "--json", "--json-key=qpdf", pdf);
        Assert.True(run.ExitCode == 0, run.Err);
        using var json = JsonDocument.Parse(run.Out);
        var objects = json.RootElement.GetProperty("qpdf")[1];
        JsonElement Resolve(JsonElement e) =>
            e.ValueKind == JsonValueKind.String && e.GetString()!.EndsWith(" R", StringComparison.Ordinal)
                ? objects.GetProperty("obj:" + e.GetString()).GetProperty("value")
                : e;
        JsonElement Get(JsonElement dict, string key)
        {
            Assert.True(dict.TryGetProperty(key, out var v), $"{key} missing in {dict}");
            return Resolve(v);
        }

        var document = SourceReader.Read(PathOf(input));
        var trailer = objects.GetProperty("trailer").GetProperty("value");
        var catalog = Get(trailer, "/Root");
        var language = string.IsNullOrWhiteSpace(document.Metadata.Language) ? "en" : document.Metadata.Language;
        Assert.Equal("u:" + language, Get(catalog, "/Lang").GetString());
        Assert.True(Get(Get(catalog, "/MarkInfo"), "/Marked").GetBoolean());
        Assert.True(Get(Get(catalog, "/ViewerPreferences"), "/DisplayDocTitle").GetBoolean());
        var structRoot = Get(catalog, "/StructTreeRoot");
        Assert.Equal("/StructTreeRoot", Get(structRoot, "/Type").GetString());
        Get(structRoot, "/ParentTree");
        Get(structRoot, "/K");
        Assert.True(catalog.TryGetProperty("/Metadata", out _), "no XMP metadata stream");
        Assert.Equal("u:" + Briefing.Pdf.MetadataText.Clean(document.Metadata.Title), Get(Get(trailer, "/Info"), "/Title").GetString());

        var pages = 0;
        var links = 0;
        foreach (var entry in objects.EnumerateObject())
        {
            if (!entry.Value.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.Object) continue;
            var type = value.TryGetProperty("/Type", out var t) ? t.GetString() : null;
            var subtype = value.TryGetProperty("/Subtype", out var s) ? s.GetString() : null;
            if (type == "/Page")
            {
                pages++;
                Assert.True(value.TryGetProperty("/StructParents", out _), $"{entry.Name} has no /StructParents");
                // PDF/UA: a page with annotations moves focus through them in structure order.
                if (value.TryGetProperty("/Annots", out _))
                    Assert.True(value.TryGetProperty("/Tabs", out var tabs) && tabs.GetString() == "/S", $"{entry.Name}: tab order does not follow the structure");
            }
            else if (subtype == "/Link")
            {
                links++;
                Assert.True(value.TryGetProperty("/StructParent", out _), $"{entry.Name}: link outside the structure tree");
                Assert.True(value.TryGetProperty("/Contents", out var alt) && alt.GetString()!.Length > 2, $"{entry.Name}: link without a description");
            }
        }
        Assert.Equal(BuiltOutputs.Of(PathOf(input)).Pages, pages);
        Assert.True(links > 0, "no link annotation (the contents page links every chapter)");
    }
}
