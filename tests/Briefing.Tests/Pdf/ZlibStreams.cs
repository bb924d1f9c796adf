using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;
using Xunit;

namespace Briefing.Tests.Pdf;

/// <summary>
/// Checks of a saved PDF made without the code under test: PdfPig finds the objects and their stream data, the
/// checksum is computed here the slow, obvious way, and the xref table is read with a regular expression.
/// </summary>
internal static partial class ZlibStreams
{
    /// <summary>Every FlateDecode stream of the file (object, dictionary, stored bytes), found by PdfPig.</summary>
    public static List<(IndirectReference Ref, DictionaryToken Dict, byte[] Data)> FlateStreams(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var found = new List<(IndirectReference, DictionaryToken, byte[])>();
        foreach (var reference in document.Structure.CrossReferenceTable.ObjectOffsets.Keys.OrderBy(r => r.ObjectNumber))
        {
            if (document.Structure.GetObject(reference).Data is not StreamToken stream) continue;
            if (!stream.StreamDictionary.TryGet(NameToken.Filter, out var filter)) continue;
            var first = filter is ArrayToken array ? array.Data.FirstOrDefault() : filter;
            if (first is NameToken { Data: "FlateDecode" })
                found.Add((reference, stream.StreamDictionary, stream.Data.ToArray()));
        }
        return found;
    }

    /// <summary>Why <paramref name="zlib"/> is not a complete zlib stream, or null when it is.</summary>
    public static string? Problem(byte[] zlib)
    {
        if (zlib.Length < 6) return "too short";
        byte[] content;
        try
        {
            using var inflater = new ZLibStream(new MemoryStream(zlib), CompressionMode.Decompress);
            using var output = new MemoryStream();
            inflater.CopyTo(output);
            content = output.ToArray();
        }
        catch (InvalidDataException e)
        {
            return "does not decode: " + e.Message;
        }
        var trailer = (uint)(zlib[^4] << 24 | zlib[^3] << 16 | zlib[^2] << 8 | zlib[^1]);
        var sum = Adler32(content);
        return trailer == sum ? null : $"ends with {trailer:X8}, not the Adler-32 {sum:X8} of its {content.Length} bytes";
    }

    /// <summary>RFC 1950's definition, one byte at a time.</summary>
    public static uint Adler32(byte[] data)
    {
        ulong a = 1, b = 0;
        foreach (var x in data)
        {
            a = (a + x) % 65521;
            b = (b + a) % 65521;
        }
        return (uint)(b << 16 | a);
    }

    /// <summary>Asserts that startxref points at "xref" and every in-use entry at "N G obj" for its own N and G.</summary>
    public static void AssertXrefPointsAtObjects(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var startxref = StartXref().Match(text, Math.Max(0, text.Length - 64));
        Assert.True(startxref.Success, "no startxref at the end");
        var table = int.Parse(startxref.Groups[1].Value);
        Assert.StartsWith("xref", text[table..]);
        var end = text.IndexOf("trailer", table, StringComparison.Ordinal);
        var checkedEntries = 0;
        foreach (Match section in Subsection().Matches(text[table..end]))
        {
            var first = int.Parse(section.Groups[1].Value);
            var entries = section.Groups[3].Captures;
            Assert.Equal(int.Parse(section.Groups[2].Value), entries.Count);
            for (var i = 0; i < entries.Count; i++)
            {
                var entry = entries[i].Value;
                if (entry[17] != 'n') continue;
                var offset = int.Parse(entry[..10]);
                var generation = int.Parse(entry[11..16]);
                var expected = $"{first + i} {generation} obj";
                Assert.True(text.AsSpan(offset).StartsWith(expected), $"entry {first + i} points at offset {offset}, not at \"{expected}\"");
                checkedEntries++;
            }
        }
        Assert.True(checkedEntries > 0, "no in-use xref entries");
    }

    [GeneratedRegex(@"startxref\s+(\d+)\s+%%EOF")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"(\d+) (\d+)\r?\n(?:(\d{10} \d{5} [nf])(?: \r| \n|\r\n))*")]
    private static partial Regex Subsection();
}
