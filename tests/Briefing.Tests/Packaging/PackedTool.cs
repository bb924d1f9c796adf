using System.Diagnostics;
using Briefing.Tests.Support;

namespace Briefing.Tests.Packaging;

/// <summary>
/// Packs the library and the tool once per test run into a scratch folder, as a user would with <c>dotnet pack</c>.
/// Everything (bin, obj, packages, the installed tool, NuGet's cache) stays under that folder: nothing of the
/// repository's own build outputs and nothing global is touched.
/// </summary>
public sealed class PackedTool : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("briefing-pack-").FullName;
    public string Feed => Path.Combine(Root, "feed");
    public string NuGetConfig => Path.Combine(Root, "nuget.config");

    public PackedTool()
    {
        // Packing restores from the machine's package folder, which the test build has filled already.
        foreach (var project in new[] { "src/Briefing/Briefing.csproj", "src/Briefing.Cli/Briefing.Cli.csproj" })
            Run(DotnetPath, Repo.Root, privateCache: false, "pack", Path.Combine(Repo.Root, project), "-c", "Release", "-o", Feed,
                "--artifacts-path", Path.Combine(Root, "artifacts"), "-p:TreatWarningsAsErrors=true");
        // Only the packs and the machine's own package folder: no network is needed to install or consume them.
        var locals = Run(DotnetPath, Repo.Root, privateCache: false, "nuget", "locals", "global-packages", "--list").Out;
        var packages = locals[(locals.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
        File.WriteAllText(NuGetConfig, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="packs" value="{Feed}" />
                <add key="machine" value="{packages}" />
              </packageSources>
            </configuration>
            """);
    }

    /// <summary>Runs the dotnet CLI (the one running the tests) with a private NuGet cache, so our packages never land
    /// in the machine's; throws with its output on failure.</summary>
    public ToolRun Dotnet(string workingDirectory, params string[] args) => Run(DotnetPath, workingDirectory, true, args);

    /// <summary>Runs a program; throws with its output when it fails.</summary>
    public ToolRun Run(string program, string workingDirectory, params string[] args) => Run(program, workingDirectory, true, args);

    private ToolRun Run(string program, string workingDirectory, bool privateCache, params string[] args)
    {
        var start = new ProcessStartInfo(program, args)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (privateCache) start.Environment["NUGET_PACKAGES"] = Path.Combine(Root, "nuget-cache");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        using var process = Process.Start(start)!;
        var err = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var run = new ToolRun(process.ExitCode, output, err.Result);
        if (run.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited {run.ExitCode}\n{run.Out}\n{run.Err}");
        return run;
    }

    private static string DotnetPath =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
