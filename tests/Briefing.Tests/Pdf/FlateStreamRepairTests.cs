using System.IO.Compression;
using System.Text;
using Briefing.Pdf;
using Briefing.Tests.Support;
using UglyToad.PdfPig.Tokens;
using Xunit;

namespace Briefing.Tests.Pdf;

/// <summary>
/// The post-save pass on a small hand-made file: streams deflated like PDFsharp 6.2.4 (no Adler-32 trailer) come
/// out complete, the rest is untouched, /Length and every xref offset follow the moved bytes.
/// </summary>
public sealed class FlateStreamRepairTests
{
    private static readonly byte[] Drawing = Encoding.ASCII.GetBytes(string.Concat(
        Enumerable.Range(0, 200).Select(i => $"{i % 190} {i * 7 % 190} m {(i + 3) % 190} {i * 11 % 190} l S\n")));

    // Incompressible, so the repaired stream keeps its data and grows by the checksum: 9,991 stored bytes
    // deflate to 9,996 and the zlib stream without trailer is 9,998 long; with it, /Length needs five digits.
    private static readonly byte[] Noise = RandomBytes(9_991);

    private static byte[] RandomBytes(int n)
    {
        var bytes = new byte[n];
        new Random(7).NextBytes(bytes);
        return bytes;
    }

    private static byte[] Zlib(byte[] data, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var buffer = new MemoryStream();
        using (var z = new ZLibStream(buffer, level, leaveOpen: true)) z.Write(data);
        return buffer.ToArray();
    }

    // PDFsharp 6.2.4's encoding: a zlib stream without its last four bytes.
    private static byte[] NoTrailer(byte[] data) => Zlib(data)[..^4];

    /// <summary>A one-page file written object by object with a classic xref table.</summary>
    private static byte[] Crafted(bool withFaults = true, string trailerExtra = "", bool plainFont = false)
    {
        var objects = new List<byte[]>
        {
            Ascii("<</Type/Catalog/Pages 2 0 R/Extra[5 0 R 6 0 R 7 0 R 9 0 R]>>"),
            Ascii("<</Type/Pages/Kids[3 0 R]/Count 1>>"),
            Ascii("<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]/Resources<<>>/Contents 4 0 R>>"),
            Stream("/Filter/FlateDecode", withFaults ? NoTrailer(Drawing) : Zlib(Drawing)),
            Stream("/Filter[/FlateDecode]/DecodeParms[null]", Zlib(Encoding.ASCII.GetBytes("already complete"))),
            Stream("/Note(endstream >> \\) stream <<)", Encoding.ASCII.GetBytes("stream\nnot compressed >>\nendstream")),
            Stream($"/Length1 {Noise.Length}/Filter [ /FlateDecode ]", withFaults ? NoTrailer(Noise) : Zlib(Noise)),
            Ascii("<</Title(a \\) tricky >> stream \\\\ title)/Subject<FEFF0041>/Keywords(nested (parens) stream)>>"),
            // Deflate data cut short: not ours to complete.
            Stream("/Filter/FlateDecode", withFaults ? NoTrailer(Drawing)[..^50] : Zlib(Drawing)),
        };
        // A font program stored as PDFsharp stores it when told not to compress it (object 10).
        if (plainFont) objects.Add(Stream($"/Length1 {Drawing.Length}", Drawing));
        using var file = new MemoryStream();
        file.Write(Ascii("%PDF-1.7\n%\u00e2\u00e3\n"));
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(file.Position);
            file.Write(Ascii($"{i + 1} 0 obj\n"));
            file.Write(objects[i]);
            file.Write(Ascii("\nendobj\n"));
        }
        var table = file.Position;
        var xref = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) xref.Append($"{offset:D10} 00000 n \n");
        xref.Append($"trailer\n<</Size {objects.Count + 1}/Root 1 0 R/Info 8 0 R{trailerExtra}>>\nstartxref\n{table}\n%%EOF\n");
        file.Write(Ascii(xref.ToString()));
        return file.ToArray();
    }

    private static byte[] Stream(string entries, byte[] data) =>
        [.. Ascii($"<<{entries}/Length {data.Length}>>\nstream\n"), .. data, .. Ascii("\nendstream")];

    private static byte[] Ascii(string s) => Encoding.Latin1.GetBytes(s);

    private static Dictionary<int, (DictionaryToken Dict, byte[] Data)> Streams(byte[] pdf) =>
        ZlibStreams.FlateStreams(pdf).ToDictionary(s => (int)s.Ref.ObjectNumber, s => (s.Dict, s.Data));

    [Fact]
    public void Streams_without_their_checksum_are_completed_and_keep_their_content()
    {
        var before = Crafted();
        Assert.NotNull(ZlibStreams.Problem(Streams(before)[4].Data));
        var after = FlateStreamRepair.Apply(before);
        var streams = Streams(after);
        foreach (var n in new[] { 4, 5, 7 })
            Assert.True(ZlibStreams.Problem(streams[n].Data) is null, $"object {n}: {ZlibStreams.Problem(streams[n].Data)}");
        Assert.Equal(Drawing, Inflate(streams[4].Data));
        Assert.Equal(Noise, Inflate(streams[7].Data));
    }

    [Fact]
    public void Every_xref_entry_and_startxref_still_point_at_their_objects()
    {
        var before = Crafted();
        ZlibStreams.AssertXrefPointsAtObjects(before);
        var after = FlateStreamRepair.Apply(before);
        Assert.NotEqual(before.Length, after.Length);
        ZlibStreams.AssertXrefPointsAtObjects(after);
    }

    [Fact]
    public void Length_follows_the_data_even_when_it_needs_another_digit()
    {
        var before = Streams(Crafted())[7];
        var after = Streams(FlateStreamRepair.Apply(Crafted()))[7];
        Assert.Equal(9_998, LengthOf(before.Dict));
        Assert.Equal(10_002, LengthOf(after.Dict));
        Assert.Equal(10_002, after.Data.Length);
        // The stored bytes end right before the end-of-line and "endstream".
        var text = Encoding.Latin1.GetString(FlateStreamRepair.Apply(Crafted()));
        var data = text.IndexOf("stream\n", text.IndexOf("7 0 obj", StringComparison.Ordinal), StringComparison.Ordinal) + 7;
        Assert.Equal("\nendstream", text.Substring(data + 10_002, 10));
    }

    [Fact]
    public void A_font_program_stored_without_a_filter_is_deflated_once_its_closure_is_complete()
    {
        var before = Crafted(plainFont: true);
        Assert.False(Streams(before).ContainsKey(10));
        var seen = new List<byte[]>();
        var after = FlateStreamRepair.Apply(before, program => { lock (seen) seen.Add(program); return null; });
        // Asked about both programs: the unfiltered one as stored, the deflated one inflated.
        Assert.Equal(2, seen.Count);
        Assert.Contains(seen, p => p.AsSpan().SequenceEqual(Drawing));
        Assert.Contains(seen, p => p.AsSpan().SequenceEqual(Noise));
        var font = Streams(after)[10];
        Assert.Null(ZlibStreams.Problem(font.Data));
        Assert.Equal(Drawing, Inflate(font.Data));
        Assert.Equal(Drawing.Length, ((NumericToken)font.Dict.Data["Length1"]).Int);
        Assert.Contains($"<</Length1 {Drawing.Length}/Filter/FlateDecode/Length {font.Data.Length}>>", Encoding.Latin1.GetString(after));
        ZlibStreams.AssertXrefPointsAtObjects(after);

        // A program the repair replaces is stored instead, and /Length1 gives its length.
        var grown = Drawing.Concat(Drawing).ToArray();
        var replaced = Streams(FlateStreamRepair.Apply(before, p => p.Length == Drawing.Length ? grown : null))[10];
        Assert.Equal(grown, Inflate(replaced.Data));
        Assert.Equal(grown.Length, ((NumericToken)replaced.Dict.Data["Length1"]).Int);
        // With nothing else to repair, the program is still deflated.
        Assert.Equal(Drawing, Inflate(Streams(FlateStreamRepair.Apply(Crafted(withFaults: false, plainFont: true)))[10].Data));
    }

    [Fact]
    public void Complete_uncompressed_and_broken_streams_are_left_as_they_are()
    {
        var before = Crafted();
        var after = FlateStreamRepair.Apply(before);
        var (old, @new) = (Streams(before), Streams(after));
        Assert.Equal(old[5].Data, @new[5].Data);
        Assert.Equal(old[9].Data, @new[9].Data);
        Assert.NotNull(ZlibStreams.Problem(@new[9].Data));
        Assert.Contains("stream\nnot compressed >>\nendstream\nendstream", Encoding.Latin1.GetString(after));
    }

    [Fact]
    public void A_file_with_nothing_to_repair_is_returned_as_it_is()
    {
        var complete = Crafted(withFaults: false);
        Assert.Same(complete, FlateStreamRepair.Apply(complete));
        var repaired = FlateStreamRepair.Apply(Crafted());
        Assert.Same(repaired, FlateStreamRepair.Apply(repaired));
    }

    [Fact]
    public void Files_it_cannot_walk_safely_are_refused()
    {
        // startxref pointing at an object, as with a cross-reference stream.
        var text = Encoding.Latin1.GetString(Crafted());
        var start = text.LastIndexOf("startxref\n", StringComparison.Ordinal) + 10;
        var xrefStream = text[..start] + text.IndexOf("9 0 obj", StringComparison.Ordinal) + "\n%%EOF\n";
        Assert.Throws<InvalidDataException>(() => FlateStreamRepair.Apply(Encoding.Latin1.GetBytes(xrefStream)));
        Assert.Throws<InvalidDataException>(() => FlateStreamRepair.Apply(Crafted(trailerExtra: "/Prev 9")));
        // An xref entry that does not point at its object.
        var shifted = text.Replace("2 0 obj", "2 0 obj ", StringComparison.Ordinal).Replace("3 0 obj\n", "3 0 obj", StringComparison.Ordinal);
        Assert.Throws<InvalidDataException>(() => FlateStreamRepair.Apply(Encoding.Latin1.GetBytes(shifted)));
    }

    [Fact]
    public void Of_several_malformed_streams_the_first_in_the_file_is_reported()
    {
        // Streams are repaired in parallel; the error must not depend on which finishes first.
        static string Unreadable(string pdf, int number)
        {
            // The /Length's last digit becomes a letter: no offset moves, and the length is no longer a number.
            var key = pdf.IndexOf("/Length ", pdf.IndexOf($"\n{number} 0 obj\n", StringComparison.Ordinal), StringComparison.Ordinal) + 8;
            var last = key + pdf[key..].TakeWhile(char.IsAsciiDigit).Count() - 1;
            return pdf[..last] + "x" + pdf[(last + 1)..];
        }
        var text = Encoding.Latin1.GetString(Crafted());
        var broken = Encoding.Latin1.GetBytes(Unreadable(Unreadable(text, 9), 4));
        for (var run = 0; run < 20; run++)
        {
            var e = Assert.Throws<InvalidDataException>(() => FlateStreamRepair.Apply(broken));
            Assert.Contains("FlateDecode stream of object 4 at offset", e.Message, StringComparison.Ordinal);
        }
        Assert.Contains("object 9", Assert.Throws<InvalidDataException>(() => FlateStreamRepair.Apply(Encoding.Latin1.GetBytes(Unreadable(text, 9)))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Encrypted_files_are_left_alone()
    {
        var encrypted = Crafted(trailerExtra: "/Encrypt<</Filter/Standard>>");
        Assert.Same(encrypted, FlateStreamRepair.Apply(encrypted));
    }

    [Fact]
    public void The_checksum_is_adler32()
    {
        Assert.Equal(0x11E60398u, FlateStreamRepair.Adler32("Wikipedia"u8));
        Assert.Equal(ZlibStreams.Adler32(Noise), FlateStreamRepair.Adler32(Noise));
        var long_ = new byte[200_000];
        Array.Fill(long_, (byte)0xFF);
        Assert.Equal(ZlibStreams.Adler32(long_), FlateStreamRepair.Adler32(long_));
        Assert.Equal(ZlibStreams.Adler32(long_), FlateStreamRepair.Adler32(long_.AsSpan(70_000), FlateStreamRepair.Adler32(long_.AsSpan(0, 70_000))));
    }

    [Fact]
    public void PdfPig_reads_the_repaired_file()
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(FlateStreamRepair.Apply(Crafted()));
        Assert.Equal(1, document.NumberOfPages);
        Assert.Equal(200, document.GetPage(1).Width);
    }

    [ToolFact("qpdf")]
    public void Qpdf_warns_about_the_crafted_file_before_the_repair_and_not_after()
    {
        using var dir = new TempDir();
        var before = dir.File("before.pdf", Crafted());
        var repaired = FlateStreamRepair.Apply(Crafted());
        var after = dir.File("after.pdf", repaired);
        var (_, _, beforeErr) = Tools.Run("qpdf", "--qdf", before, dir.File("before-qdf.pdf"));
        Assert.Contains("input stream is complete but output may still be valid", beforeErr);
        // Object 9 stays broken on purpose; everything else must decode cleanly.
        var (exit, stdout, stderr) = Tools.Run("qpdf", "--check", after);
        Assert.True(exit == 0, stdout + stderr);
        var (_, _, afterErr) = Tools.Run("qpdf", "--qdf", after, dir.File("after-qdf.pdf"));
        var warnings = afterErr.Split('\n').Where(l => l.Contains("WARNING", StringComparison.Ordinal)).ToList();
        var text = Encoding.Latin1.GetString(repaired);
        var cutShort = text.IndexOf("stream\n", text.IndexOf("9 0 obj", StringComparison.Ordinal), StringComparison.Ordinal) + 7;
        Assert.True(warnings.Count == 1 && warnings[0].Contains($"(offset {cutShort})", StringComparison.Ordinal), afterErr);
    }

    private static int LengthOf(DictionaryToken dict) =>
        dict.TryGet<NumericToken>(NameToken.Length, out var length) ? length.Int : -1;

    private static byte[] Inflate(byte[] zlib)
    {
        using var z = new ZLibStream(new MemoryStream(zlib), CompressionMode.Decompress);
        using var output = new MemoryStream();
        z.CopyTo(output);
        return output.ToArray();
    }
}
