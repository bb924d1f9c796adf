using System.Text.Json;
using Briefing.Model;
using Briefing.Publishing;
using Briefing.Readers;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Readers;

/// <summary>
/// Spec-style tests: each Specs/NAME.txt or NAME.md has NAME.expected.json beside it, holding the parts of
/// `briefing inspect --json` it fixes. Every key in the expected file must match (arrays element by element);
/// keys it leaves out are not checked. An expected "error" object instead says the input must be refused.
/// </summary>
public sealed class SpecTests
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Specs");

    public static TheoryData<string> Specs() =>
        [.. Directory.EnumerateFiles(Folder).Where(SourceReader.IsSource).Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Specs))]
    public void Inspect_json_matches_the_expected_file(string name)
    {
        var source = Path.Combine(Folder, name);
        var expected = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(source, ".expected.json"))).RootElement;
        if (expected.TryGetProperty("error", out var error))
        {
            var e = Assert.Throws<InputException>(() => SourceReader.Read(source));
            Assert.EndsWith(error.GetProperty("file").GetString()!, e.Diagnostic.File);
            Assert.Equal(error.GetProperty("line").GetInt32(), e.Diagnostic.Line);
            Assert.Contains(error.GetProperty("message").GetString()!, e.Diagnostic.Message);
            return;
        }
        var actual = JsonDocument.Parse(StructureReport.Json(SourceReader.Read(source))).RootElement;
        AssertSubset(expected, actual, "$");
    }

    private static void AssertSubset(JsonElement expected, JsonElement actual, string path)
    {
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in expected.EnumerateObject())
                {
                    Assert.True(actual.TryGetProperty(p.Name, out var value), $"{path}.{p.Name} missing in {actual}");
                    AssertSubset(p.Value, value, $"{path}.{p.Name}");
                }
                break;
            case JsonValueKind.Array:
                Assert.True(expected.GetArrayLength() == actual.GetArrayLength(), $"{path}: expected {expected.GetArrayLength()} items, got {actual.GetArrayLength()}: {actual}");
                var i = 0;
                foreach (var (e, a) in expected.EnumerateArray().Zip(actual.EnumerateArray())) AssertSubset(e, a, $"{path}[{i++}]");
                break;
            default:
                Assert.True(expected.ToString() == actual.ToString(), $"{path}: expected {expected}, got {actual}");
                break;
        }
    }
}
