using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Runtime.ExceptionServices;
using System.Text;

namespace Briefing.Pdf;

/// <summary>
/// PDFsharp 6.2.4 compresses what it builds at save time (the embedded font programs) as zlib streams without the
/// closing Adler-32 checksum; qpdf warns and MuPDF reports a premature end of data. After saving, every
/// FlateDecode stream is checked: one whose deflate data is complete but ends without its checksum is replaced by
/// the shorter of a fresh zlib encoding of its content (at the smallest size) and the same data with the checksum
/// appended. /Length, the xref table and startxref are rewritten to match. Streams that are complete, or not valid
/// deflate data, are left as they are. One pass over the objects; same input, same bytes. An embedded TrueType
/// program (a stream with /Length1) may also be given to a repair of its own, which then sets /Length1 too; one
/// stored without a filter is deflated here (PDFsharp is told not to compress the programs: each would only be
/// inflated again for that repair: 4–8 % of a build's CPU time spent for nothing).
/// </summary>
internal static class FlateStreamRepair
{
    private readonly record struct Edit(int Start, int End, byte[] Bytes)
    {
        public int Delta => Bytes.Length - (End - Start);
    }

    /// <summary>Returns the file with every incomplete zlib stream completed (the same array when none is).</summary>
    /// <param name="pdf">The saved file.</param>
    /// <param name="fontProgram">Given an embedded font program's bytes, the program to store instead, or null.</param>
    /// <param name="cores">How many cores the streams are repaired on; null for all that are free.</param>
    public static byte[] Apply(byte[] pdf, Func<byte[], byte[]?>? fontProgram = null, ParallelOptions? cores = null)
    {
        var xref = ClassicXref.Read(pdf);
        if (xref.Encrypted) return pdf;
        var objects = xref.Entries.OrderBy(e => e.Offset).ToList();
        // An object runs at most to the next one (or the table): a stream object has "stream" in that range, and
        // most objects (structure elements, annotations) do not, so their dictionaries need no parsing.
        var streams = new List<(ClassicXref.Entry Entry, int Obj)>();
        for (var i = 0; i < objects.Count; i++)
        {
            var obj = ObjectKeyword(pdf, objects[i]); // every entry must point at its object, stream or not
            var end = i + 1 < objects.Count ? objects[i + 1].Offset : Math.Max(xref.TableOffset, objects[i].Offset);
            if (pdf.AsSpan(objects[i].Offset, end - objects[i].Offset).IndexOf("stream"u8) >= 0) streams.Add((objects[i], obj));
        }
        // Inflating and re-deflating is most of the work; the streams are independent, so it runs on the free cores.
        // A malformed stream is reported as before: the first in file order.
        var found = new List<Edit>[streams.Count];
        var failed = new Exception?[streams.Count];
        Parallel.For(0, streams.Count, cores ?? new ParallelOptions(), i =>
        {
            try { RepairObject(pdf, streams[i].Entry, streams[i].Obj, found[i] = [], fontProgram); }
            catch (Exception e) when (e is not OutOfMemoryException) { failed[i] = e; }
        });
        if (failed.FirstOrDefault(e => e is not null) is { } first) ExceptionDispatchInfo.Throw(first);
        var edits = found.SelectMany(x => x).ToList();
        if (edits.Count == 0) return pdf;

        // Offsets move by the growth of every edit before them (edits and objects are both in file order).
        var moved = new List<Edit>();
        int e = 0, shift = 0;
        foreach (var entry in objects)
        {
            while (e < edits.Count && edits[e].Start < entry.Offset) shift += edits[e++].Delta;
            moved.Add(new Edit(entry.Field, entry.Field + 10, Ascii((entry.Offset + shift).ToString("D10", CultureInfo.InvariantCulture))));
        }
        var tableShift = edits.Where(x => x.Start < xref.TableOffset).Sum(x => x.Delta);
        moved.Add(new Edit(xref.StartXref.Start, xref.StartXref.End, Ascii((xref.TableOffset + tableShift).ToString(CultureInfo.InvariantCulture))));
        edits.AddRange(moved);
        edits.Sort((a, b) => a.Start.CompareTo(b.Start));
        return Splice(pdf, edits);
    }

    // obj: where the entry's "obj" keyword is (checked by the caller).
    private static void RepairObject(byte[] pdf, ClassicXref.Entry entry, int obj, List<Edit> edits, Func<byte[], byte[]?>? fontProgram)
    {
        // "N G obj <<...>> stream" — anything else (no dictionary, no stream) is not ours to change.
        var dict = PdfSyntax.SkipWhite(pdf, obj + 3);
        if (!(dict + 1 < pdf.Length && pdf[dict] == (byte)'<' && pdf[dict + 1] == (byte)'<')) return;
        var entries = new Dictionary<string, PdfSyntax.Span>(StringComparer.Ordinal);
        var keyword = PdfSyntax.SkipWhite(pdf, PdfSyntax.ReadDictionary(pdf, dict, entries));
        if (!PdfSyntax.IsKeyword(pdf, keyword, "stream")) return;
        var length1 = entries.GetValueOrDefault("/Length1");
        var isFont = length1.End > 0 && PdfSyntax.ReadInteger(pdf, length1.Start, out _) == length1.End;
        var plainFont = isFont && !entries.ContainsKey("/Filter");
        if (!plainFont && !IsFlate(pdf, entries)) return;

        var data = keyword + 6;
        if (data < pdf.Length && pdf[data] == (byte)'\r') data++;
        if (data < pdf.Length && pdf[data] == (byte)'\n') data++;
        var lengthSpan = entries.GetValueOrDefault("/Length");
        var lengthEnd = PdfSyntax.ReadInteger(pdf, lengthSpan.Start, out var length);
        if (lengthEnd != lengthSpan.End || lengthSpan.End == 0)
            throw PdfSyntax.Malformed(lengthSpan.Start, $"a direct /Length for the FlateDecode stream of object {entry.Number}");
        if (data + length > pdf.Length) throw PdfSyntax.Malformed(data, $"{length} bytes of stream data");

        var stored = new ArraySegment<byte>(pdf, data, (int)length);
        // A deflated program is inflated once, for the font repair and the check below.
        var program = plainFont ? stored.ToArray() : isFont && fontProgram is not null ? InflateLenient(stored) : null;
        if (program is not null && (fontProgram?.Invoke(program) ?? (plainFont ? program : null)) is { } font)
        {
            var packed = Deflate(font);
            // The filter follows /Length1, where PDFsharp puts it when it compresses the program itself.
            var newLength1 = font.Length.ToString(CultureInfo.InvariantCulture) + (plainFont ? "/Filter/FlateDecode" : "");
            var changes = new[]
            {
                new Edit(lengthSpan.Start, lengthSpan.End, Ascii(packed.Length.ToString(CultureInfo.InvariantCulture))),
                new Edit(length1.Start, length1.End, Ascii(newLength1)),
            };
            edits.AddRange(changes.OrderBy(c => c.Start));   // in file order, as the caller's offset arithmetic needs
            edits.Add(new Edit(data, data + (int)length, packed));
            return;
        }
        if (Complete(stored, program) is not { } repaired) return;
        edits.Add(new Edit(lengthSpan.Start, lengthSpan.End, Ascii(repaired.Length.ToString(CultureInfo.InvariantCulture))));
        edits.Add(new Edit(data, data + (int)length, repaired));
    }

    // Where "obj" is in the object header the entry points at: the file is refused if it is not that object's.
    private static int ObjectKeyword(byte[] pdf, ClassicXref.Entry entry)
    {
        var at = PdfSyntax.ReadInteger(pdf, entry.Offset, out var number);
        if (at >= 0 && number == entry.Number)
        {
            at = PdfSyntax.ReadInteger(pdf, PdfSyntax.SkipWhite(pdf, at), out var generation);
            if (at >= 0 && generation == entry.Generation)
            {
                at = PdfSyntax.SkipWhite(pdf, at);
                if (PdfSyntax.IsKeyword(pdf, at, "obj")) return at;
            }
        }
        throw PdfSyntax.Malformed(entry.Offset, $"\"{entry.Number} {entry.Generation} obj\" where the xref table points");
    }

    // The first filter decodes the stored bytes: /FlateDecode or [/FlateDecode ...].
    private static bool IsFlate(byte[] pdf, Dictionary<string, PdfSyntax.Span> entries)
    {
        if (!entries.TryGetValue("/Filter", out var filter)) return false;
        var at = filter.Start;
        if (pdf[at] == (byte)'[') at = PdfSyntax.SkipWhite(pdf, at + 1);
        return at < filter.End && pdf[at] == (byte)'/' && PdfSyntax.IsKeyword(pdf, at + 1, "FlateDecode");
    }

    /// <summary>
    /// The completed zlib stream for <paramref name="zlib"/>, or null when it needs nothing (it is complete) or
    /// cannot be completed (not zlib, not whole deflate data).
    /// </summary>
    /// <param name="zlib">The stored stream.</param>
    /// <param name="content">Its content when already inflated (a font program), so it is not inflated again to sum it.</param>
    internal static byte[]? Complete(ArraySegment<byte> zlib, byte[]? content = null)
    {
        // Header: compression method 8, no preset dictionary, check bits.
        var z = zlib.AsSpan();
        if (z.Length < 6 || (z[0] & 0x0F) != 8 || (z[1] & 0x20) != 0 || (z[0] << 8 | z[1]) % 31 != 0) return null;
        // Most streams are complete: their checksum is computed while inflating, without keeping the content.
        var checksum = content is not null ? Adler32(content) : InflatedChecksum(zlib.Slice(2));
        if (checksum is not { } sum || BinaryPrimitives.ReadUInt32BigEndian(z[^4..]) == sum) return null;

        // zlib reads the appended four bytes as the checksum only if the deflate data ends exactly where the stream
        // does: then it accepts the right sum and rejects a wrong one.
        var withSum = new byte[z.Length + 4];
        z.CopyTo(withSum);
        BinaryPrimitives.WriteUInt32BigEndian(withSum.AsSpan(z.Length), sum ^ 1);
        if (Inflate(withSum) is not null) return null;
        BinaryPrimitives.WriteUInt32BigEndian(withSum.AsSpan(z.Length), sum);
        if (Inflate(withSum) is not { } plain || Adler32(plain) != sum) return null;

        // Re-encoding at the smallest size saves about 2 % on font programs for a millisecond each.
        var packed = Deflate(plain);
        return packed.Length < withSum.Length ? packed : withSum;
    }

    private static byte[] Deflate(byte[] plain)
    {
        using var packed = new MemoryStream(plain.Length / 2);
        using (var deflater = new ZLibStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
            deflater.Write(plain);
        return packed.ToArray();
    }

    // The content of a zlib stream whether or not it ends with its checksum; null when it is not whole deflate data.
    private static byte[]? InflateLenient(ArraySegment<byte> zlib)
    {
        if (zlib.Count < 6 || (zlib[0] & 0x0F) != 8 || (zlib[1] & 0x20) != 0) return null;
        try
        {
            using var inflater = new DeflateStream(new MemoryStream(zlib.Array!, zlib.Offset + 2, zlib.Count - 2, writable: false), CompressionMode.Decompress);
            using var output = new MemoryStream(zlib.Count * 3);
            inflater.CopyTo(output);
            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static uint? InflatedChecksum(ArraySegment<byte> deflate)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            using var inflater = new DeflateStream(new MemoryStream(deflate.Array!, deflate.Offset, deflate.Count, writable: false), CompressionMode.Decompress);
            var sum = 1u;
            for (int n; (n = inflater.Read(buffer)) > 0;) sum = Adler32(buffer.AsSpan(0, n), sum);
            return sum;
        }
        catch (InvalidDataException)
        {
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // A whole zlib stream, its checksum verified; null when it is not valid.
    private static byte[]? Inflate(byte[] zlib)
    {
        try
        {
            using var inflater = new ZLibStream(new MemoryStream(zlib, writable: false), CompressionMode.Decompress);
            using var output = new MemoryStream(zlib.Length * 4);
            inflater.CopyTo(output);
            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>The Adler-32 checksum (RFC 1950) of <paramref name="data"/>, continuing from <paramref name="sum"/>.</summary>
    internal static uint Adler32(ReadOnlySpan<byte> data, uint sum = 1)
    {
        const uint Mod = 65521;
        uint a = sum & 0xFFFF, b = sum >> 16;
        while (!data.IsEmpty)
        {
            // 5552 bytes is the most that can be summed before b could overflow 32 bits.
            var n = Math.Min(5552, data.Length);
            foreach (var x in data[..n]) { a += x; b += a; }
            a %= Mod;
            b %= Mod;
            data = data[n..];
        }
        return b << 16 | a;
    }

    private static byte[] Splice(byte[] pdf, List<Edit> edits)
    {
        var result = new byte[pdf.Length + edits.Sum(x => x.Delta)];
        int from = 0, to = 0;
        foreach (var edit in edits)
        {
            pdf.AsSpan(from, edit.Start - from).CopyTo(result.AsSpan(to));
            to += edit.Start - from;
            edit.Bytes.CopyTo(result, to);
            to += edit.Bytes.Length;
            from = edit.End;
        }
        pdf.AsSpan(from).CopyTo(result.AsSpan(to));
        return result;
    }

    private static byte[] Ascii(string s) => Encoding.ASCII.GetBytes(s);
}
