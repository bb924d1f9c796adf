using Briefing.Tests.Epub;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Integration;

/// <summary>EPUBCheck reports nothing at all for the seed and for every corpus input, built through the real pipeline.</summary>
public sealed class EpubValidatorTests
{
    public static TheoryData<string> Inputs() => [.. BuiltOutputs.AllInputs().Select(p => Path.GetFileName(p))];

    private static string PathOf(string name) =>
        BuiltOutputs.AllInputs().Single(p => Path.GetFileName(p) == name);

    [EpubCheckTheory]
    [MemberData(nameof(Inputs))]
    public void Epubcheck_is_clean(string input)
    {
        var epub = BuiltOutputs.Of(PathOf(input)).Epub();
        var result = EpubCheck.Run(File.ReadAllBytes(epub), Path.GetFileNameWithoutExtension(input));
        Assert.True(result.Fatals + result.Errors + result.Warnings == 0, result.ToString());
    }
}
