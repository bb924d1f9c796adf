using Briefing.Tests.Support;

namespace Briefing.Tests.Markdown;

/// <summary>A Markdown article with pictures beside it: a PNG with a title, a 300 dpi PNG with alpha, a JPEG, a
/// 4-bit palette PNG, an 8-bit grey PNG, and the first PNG again without alt text (decorative).</summary>
internal static class FigureFixture
{
    public static string Jpeg => Path.Combine(Repo.Root, "tests", "Briefing.Tests", "Markdown", "figures", "photo.jpg");

    public const string Text = """
        # Pictures in a Briefing

        A short article that shows pictures.

        ## Charts

        The chart below is set at its natural size.

        ![A gradient from blue to green](img/chart.png "Figure 1: a gradient chart")

        The next picture declares 300 dpi, so it is printed two inches wide.

        ![Checked bands at 300 dpi](img/hires.png)

        ## Photographs

        A photograph:

        ![The word Briefing on a gradient](photo.jpg)

        A palette picture, a grey one, and the chart again, as decoration:

        ![Four-bit palette](img/palette.png)

        ![Eight-bit grey](img/grey.png)

        ![](img/chart.png)

        The end.
        """;

    /// <summary>The fixture JPEG with its JFIF header replaced by an Exif one whose Orientation (0x0112) is 6: seen a
    /// quarter turned clockwise from how it is stored, as a phone held upright records it.</summary>
    public static byte[] TurnedJpeg()
    {
        var jpeg = File.ReadAllBytes(Jpeg);
        var app0 = 4 + ((jpeg[4] << 8) | jpeg[5]);
        byte[] tiff = [(byte)'M', (byte)'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0, 0, 0];
        byte[] exif = [.. "Exif\0\0"u8, .. tiff];
        return [0xFF, 0xD8, 0xFF, 0xE1, (byte)((exif.Length + 2) >> 8), (byte)(exif.Length + 2), .. exif, .. jpeg[app0..]];
    }

    /// <summary>Writes the article and its pictures into <paramref name="dir"/>; returns the article's path.</summary>
    public static string Write(TempDir dir)
    {
        dir.File("img/chart.png", TestPng.Make(480, 270));
        dir.File("img/hires.png", TestPng.Make(600, 300, colour: 6, dpi: 300));
        dir.File("img/palette.png", TestPng.Make(64, 32, depth: 4, colour: 3));
        dir.File("img/grey.png", TestPng.Make(32, 16, colour: 0));
        dir.File("photo.jpg", File.ReadAllBytes(Jpeg));
        return dir.File("pictures.md", Text);
    }
}
