using Briefing.Cli;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Cli;

public sealed class SourceExcerptTests
{
    [Fact]
    public void Binary_bytes_and_control_characters_are_escaped_not_sent_to_the_terminal()
    {
        using var dir = new TempDir();
        byte[] line = [.. "ok "u8, 0x1B, .. "[31m "u8, 0xBD, 0x00, 0x07, .. " \u202Eevil"u8, .. "\n"u8];
        var file = dir.File("bad.md", line);
        var shown = SourceExcerpt.Format(new Diagnostic(file, 1, "binary data"));
        Assert.Contains(@"ok \x1B[31m \xBD\x00\x07 \u202Eevil", shown);
        Assert.DoesNotContain(shown, c => (char.IsControl(c) && c != '\n') || c is '\u202E' or '\uFFFD');
    }

    [Fact]
    public void The_caret_stays_under_its_character_after_an_escape()
    {
        using var dir = new TempDir();
        var file = dir.File("tab.md", [.. "\u0001ab\u00e9x"u8, .. "\n"u8]);
        var lines = SourceExcerpt.Format(new Diagnostic(file, 1, "odd", Column: 5)).Split('\n');
        Assert.Equal(@" 1 | \x01abéx", lines[1]);
        Assert.Equal("   |        ^", lines[2]);
    }
}
