using System.IO.Compression;
using Briefing.Tests.Support;
using UglyToad.PdfPig;
using Xunit;

namespace Briefing.Tests.Packaging;

/// <summary>
/// `dotnet pack` makes a .NET tool that installs and builds the seed from any folder (styles and fonts travel inside
/// it), and a library package another project can reference and call.
/// </summary>
[Collection(nameof(PackagingCollection))]
public sealed class PackageTests(PackedTool packed) : IClassFixture<PackedTool>
{
    [Fact]
    public void The_tool_installs_from_the_pack_and_builds_the_seed_from_an_empty_folder()
    {
        var tools = Path.Combine(packed.Root, "tools");
        packed.Dotnet(packed.Root, "tool", "install", "--tool-path", tools, "--add-source", packed.Feed,
            "--configfile", packed.NuGetConfig, "briefing");
        var work = Directory.CreateDirectory(Path.Combine(packed.Root, "work")).FullName; // no styles/ here

        var run = packed.Run(Path.Combine(tools, "briefing"), work, "build", Repo.SeedText, "-o", "out");
        Assert.Contains("built 1 of 1", run.Out);
        AssertValid(Path.Combine(work, "out", "russia-iran-relations.pdf"), Path.Combine(work, "out", "russia-iran-relations.epub"));

        // A bundled style by name, and check, from the installed tool.
        var memo = packed.Run(Path.Combine(tools, "briefing"), work, "build", Repo.SeedText, "-o", "memo", "--style", "memo", "--format", "pdf");
        Assert.Contains("built 1 of 1", memo.Out);
        Assert.Contains("0 error(s)", packed.Run(Path.Combine(tools, "briefing"), work, "check", Repo.SeedText).Out);
    }

    [Theory]
    [InlineData("briefing")]
    [InlineData("Briefing.Core")]
    public void Each_package_carries_the_readme_as_its_page(string id)
    {
        var nupkg = Assert.Single(Directory.GetFiles(packed.Feed, $"{id}.*.nupkg"),
            f => System.Text.RegularExpressions.Regex.IsMatch(Path.GetFileName(f), $@"^{System.Text.RegularExpressions.Regex.Escape(id)}\.\d"));
        using var zip = ZipFile.OpenRead(nupkg);
        using (var readme = new StreamReader(Assert.Single(zip.Entries, e => e.FullName == "README.md").Open()))
            Assert.StartsWith("# Briefing", readme.ReadToEnd(), StringComparison.Ordinal);
        using var nuspec = new StreamReader(Assert.Single(zip.Entries, e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        Assert.Contains("<readme>README.md</readme>", nuspec.ReadToEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_library_package_works_from_another_project()
    {
        var app = Directory.CreateDirectory(Path.Combine(packed.Root, "consumer")).FullName;
        File.WriteAllText(Path.Combine(app, "Consumer.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Briefing.Core" Version="*" />
              </ItemGroup>
            </Project>
            """);
        // The README's example, reading the source named on the command line.
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using Briefing;

            var source = BriefingSource.Read(args[0]);
            using var pdf = File.Create("briefing.pdf");
            using var epub = File.Create("briefing.epub");
            var result = BriefingBuilder.Build(source, pdf, epub, new BriefingOptions { Style = "report" });
            Console.WriteLine($"{source.Title}: {result.Pages} pages");
            foreach (var warning in result.Warnings) Console.Error.WriteLine(warning);

            BriefingBuilder.BuildFiles(args[0], "output", new BriefingOptions { Style = "memo" });
            """);
        File.Copy(packed.NuGetConfig, Path.Combine(app, "nuget.config"));
        var run = packed.Dotnet(app, "run", "-c", "Release", "--", Repo.SeedText);
        Assert.Contains("Russia–Iran Relations: Does Russia Support Iran?: ", run.Out);
        AssertValid(Path.Combine(app, "briefing.pdf"), Path.Combine(app, "briefing.epub"));
        using var pdf = PdfDocument.Open(Path.Combine(app, "briefing.pdf"));
        Assert.Equal(612, pdf.GetPage(1).Width, 0.5); // report: US Letter, so the bundled styles came with the package
        AssertValid(Path.Combine(app, "output", "russia-iran-relations.pdf"), Path.Combine(app, "output", "russia-iran-relations.epub"));
    }

    private static void AssertValid(string pdfPath, string epubPath)
    {
        using (var pdf = PdfDocument.Open(pdfPath))
        {
            Assert.True(pdf.NumberOfPages > 10);
            Assert.Contains("Russia", string.Concat(pdf.GetPage(1).Letters.Select(l => l.Value)), StringComparison.Ordinal);
        }
        using var zip = ZipFile.OpenRead(epubPath);
        Assert.Equal("mimetype", zip.Entries[0].FullName);
        using var reader = new StreamReader(zip.Entries[0].Open());
        Assert.Equal("application/epub+zip", reader.ReadToEnd());
        Assert.Contains(zip.Entries, e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal));
    }
}

/// <summary>Packing compiles the whole product: run it alone, so it cannot slow the timing checks of other tests.</summary>
[CollectionDefinition(nameof(PackagingCollection), DisableParallelization = true)]
public sealed class PackagingCollection;
