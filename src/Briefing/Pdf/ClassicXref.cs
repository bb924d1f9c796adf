using System.Text;

namespace Briefing.Pdf;

/// <summary>
/// The cross-reference section of a file saved in one piece with a classic <c>xref</c> table, as PDFsharp 6.2.4
/// writes it. Files with a cross-reference stream (and so object streams) or with incremental updates are
/// refused with an <see cref="InvalidDataException"/>: a pass that moves bytes must know every object's offset.
/// </summary>
internal sealed class ClassicXref
{
    /// <summary>An in-use entry: the object it locates, its offset, and where its 10-digit offset field is.</summary>
    public readonly record struct Entry(int Number, int Generation, int Offset, int Field);

    /// <summary>Offset of the <c>xref</c> keyword.</summary>
    public int TableOffset { get; private init; }

    /// <summary>The in-use entries, in table order.</summary>
    public IReadOnlyList<Entry> Entries { get; private init; } = [];

    /// <summary>The digits after the last <c>startxref</c>.</summary>
    public PdfSyntax.Span StartXref { get; private init; }

    /// <summary>True when the trailer names an /Encrypt dictionary (stream data is then not readable as is).</summary>
    public bool Encrypted { get; private init; }

    /// <summary>Reads the cross-reference table and trailer of a saved file.</summary>
    public static ClassicXref Read(byte[] pdf)
    {
        var keyword = Encoding.ASCII.GetBytes("startxref");
        var tail = Math.Max(0, pdf.Length - 1024);
        var found = pdf.AsSpan(tail).LastIndexOf(keyword);
        if (found < 0) throw new InvalidDataException("saved PDF: no startxref near the end of the file");
        var digits = PdfSyntax.SkipWhite(pdf, tail + found + keyword.Length);
        var digitsEnd = PdfSyntax.ReadInteger(pdf, digits, out var table);
        if (digitsEnd < 0 || table >= pdf.Length) throw PdfSyntax.Malformed(digits, "the offset after startxref");
        var at = (int)table;
        if (!PdfSyntax.IsKeyword(pdf, at, "xref"))
            throw new InvalidDataException("saved PDF: startxref does not point at a classic xref table "
                + "(cross-reference streams and object streams are not supported)");

        var entries = new List<Entry>();
        at = PdfSyntax.SkipWhite(pdf, at + 4);
        while (at < pdf.Length && pdf[at] is >= (byte)'0' and <= (byte)'9')
        {
            at = PdfSyntax.ReadInteger(pdf, at, out var first);
            var countAt = PdfSyntax.SkipWhite(pdf, at);
            at = PdfSyntax.ReadInteger(pdf, countAt, out var count);
            if (at < 0) throw PdfSyntax.Malformed(countAt, "an xref subsection count");
            at = PdfSyntax.SkipWhite(pdf, at);
            for (var i = 0; i < count; i++, at += 20)
                if (ReadEntry(pdf, at, (int)(first + i)) is { } entry) entries.Add(entry);
            at = PdfSyntax.SkipWhite(pdf, at);
        }
        if (!PdfSyntax.IsKeyword(pdf, at, "trailer")) throw PdfSyntax.Malformed(at, "trailer");
        var trailer = new Dictionary<string, PdfSyntax.Span>(StringComparer.Ordinal);
        PdfSyntax.ReadDictionary(pdf, PdfSyntax.SkipWhite(pdf, at + 7), trailer);
        if (trailer.ContainsKey("/Prev") || trailer.ContainsKey("/XRefStm"))
            throw new InvalidDataException("saved PDF: incremental updates and hybrid cross-references are not supported");
        return new ClassicXref
        {
            TableOffset = (int)table, Entries = entries, StartXref = new PdfSyntax.Span(digits, digitsEnd),
            Encrypted = trailer.ContainsKey("/Encrypt"),
        };
    }

    // "oooooooooo ggggg n" and a two-byte end of line: 20 bytes.
    private static Entry? ReadEntry(byte[] pdf, int at, int number)
    {
        if (at + 20 > pdf.Length || pdf[at + 10] != (byte)' ' || pdf[at + 16] != (byte)' ')
            throw PdfSyntax.Malformed(at, "a 20-byte xref entry");
        var offset = Digits(pdf, at, 10);
        var generation = Digits(pdf, at + 11, 5);
        return pdf[at + 17] switch
        {
            (byte)'n' when offset < pdf.Length => new Entry(number, (int)generation, (int)offset, at),
            (byte)'f' => null,
            _ => throw PdfSyntax.Malformed(at, "an xref entry marked n (within the file) or f"),
        };
    }

    private static long Digits(byte[] pdf, int at, int count)
    {
        long value = 0;
        for (var i = 0; i < count; i++)
        {
            var b = pdf[at + i];
            if (b is < (byte)'0' or > (byte)'9') throw PdfSyntax.Malformed(at, "a digit in an xref entry");
            value = value * 10 + (b - '0');
        }
        return value;
    }
}
