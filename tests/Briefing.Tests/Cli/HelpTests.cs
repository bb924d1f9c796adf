using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Cli;

public sealed class HelpTests
{
    [Theory]
    [InlineData("build")]
    [InlineData("inspect")]
    [InlineData("import")]
    [InlineData("check")]
    [InlineData("new")]
    public void Every_command_has_help_with_runnable_examples(string command)
    {
        var run = CliRun.Of(command, "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Out);
        var examples = run.Out[run.Out.IndexOf("Examples:", StringComparison.Ordinal)..].Split('\n').Skip(1)
            .TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal)).Select(l => l.Trim()).ToList();
        Assert.NotEmpty(examples);
        Assert.Contains(examples, e => e.StartsWith($"briefing {command}", StringComparison.Ordinal));
        // Every example parses: the command line it shows is one the program accepts.
        foreach (var example in examples)
            Assert.Empty(Briefing.Cli.Cli.Parse(example.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]).Errors);
    }

    [Fact]
    public void The_root_help_lists_the_commands_and_examples()
    {
        var run = CliRun.Of("--help");
        Assert.Equal(0, run.ExitCode);
        foreach (var command in new[] { "build", "inspect", "import", "check", "new", "Examples:" })
            Assert.Contains(command, run.Out);
    }
}
