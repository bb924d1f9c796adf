using System.Buffers.Binary;
using Briefing.Pdf;
using Briefing.Publishing;
using Briefing.Tests.Integration;
using Briefing.Tests.Support;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using Xunit;

namespace Briefing.Tests.Pdf;

/// <summary>Every glyph an embedded font subset draws has its whole outline: the parts of composite glyphs, and their
/// parts in turn, are in the subset (Noto's mono "ü" is "u" plus a diaeresis that is itself made of a dot glyph; its
/// serif "½" is made of made-up figures). Before, the PDF printed "Munchen", "naıve" and "/" without a word.</summary>
public sealed class GlyphClosureTests
{
    private const string Text = """
        ---
        title: Accents in Code
        ---

        ## Config

        Set `greeting = "Grüße aus München"` and add ½ cup, ¾ cup or ⅓ of it.

        ```yaml
        name: Café Zürich
        city: São Paulo
        note: "naïve élève, ёлка, ǘ ệ"
        ```
        """;

    [Fact]
    public void Embedded_subsets_hold_every_part_of_every_composite_glyph()
    {
        using var dir = new TempDir();
        var build = Publisher.Build(new BuildRequest(dir.File("accents.md", Text), Path.Combine(dir.Path, "out")));
        using var pdf = PdfReader.Open(build.Pdf(), PdfDocumentOpenMode.Import);
        var programs = new List<byte[]>();
        for (var i = 0; i < pdf.Internals.GetAllObjects().Length; i++)
            if (pdf.Internals.GetAllObjects()[i] is PdfDictionary { Stream: { } stream } d && d.Elements.ContainsKey("/Length1"))
                programs.Add(stream.UnfilteredValue);
        Assert.True(programs.Count >= 3, $"{programs.Count} embedded font programs");

        var composites = 0;
        foreach (var bytes in programs)
        {
            var font = Sfnt.Read(bytes)!;
            Assert.Equal(bytes.Length, (int)pdf.Internals.GetAllObjects().OfType<PdfDictionary>()
                .First(d => d.Stream?.UnfilteredValue.AsSpan().SequenceEqual(bytes) == true).Elements.GetInteger("/Length1"));
            for (var g = 0; g < font.NumGlyphs; g++)
            {
                var data = font.Glyph(g);
                if (data.Length < 10 || BinaryPrimitives.ReadInt16BigEndian(data) >= 0) continue;
                composites++;
                foreach (var part in Parts(data))
                    Assert.True(font.GlyphLength(part) > 0, $"glyph {g} is drawn with glyph {part}, which the subset left empty");
            }
        }
        Assert.True(composites > 5, $"{composites} composite glyphs: the text should need several");
    }

    /// <summary>The glyph ids a composite glyph's components name (per the OpenType glyf table).</summary>
    private static IEnumerable<int> Parts(ReadOnlySpan<byte> data)
    {
        var parts = new List<int>();
        for (var at = 10; at + 4 <= data.Length;)
        {
            var flags = BinaryPrimitives.ReadUInt16BigEndian(data[at..]);
            parts.Add(BinaryPrimitives.ReadUInt16BigEndian(data[(at + 2)..]));
            at += 4 + ((flags & 1) != 0 ? 4 : 2) + ((flags & 8) != 0 ? 2 : (flags & 0x40) != 0 ? 4 : (flags & 0x80) != 0 ? 8 : 0);
            if ((flags & 0x20) == 0) break;
        }
        return parts;
    }
}
