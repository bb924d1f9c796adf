using System.IO.Compression;
using PdfSharp.Pdf;

namespace Briefing.Pdf;

/// <summary>
/// Compresses page content streams with a complete zlib stream. PDFsharp 6.2.4's own Flate encoder leaves out the
/// Adler-32 trailer, which qpdf reports ("input stream is complete but output may still be valid", exit 3) and
/// MuPDF calls a premature end of data; PDFsharp leaves streams alone that already carry a filter.
/// </summary>
internal static class ContentCompression
{
    /// <summary>Compresses every not yet filtered content stream of every page. The streams are deflated on as many
    /// cores as are free (about an eighth of the PDF stage), or as <paramref name="cores"/> allows; PDFsharp's objects
    /// are only touched on this thread.</summary>
    public static void Apply(PdfDocument document, ParallelOptions? cores = null)
    {
        var pending = new List<PdfDictionary>();
        foreach (var page in document.Pages)
        {
            var contents = page.Contents;
            for (var i = 0; i < contents.Elements.Count; i++)
            {
                if (contents.Elements.GetDictionary(i) is not { Stream: not null } content) continue;
                if (content.Elements.GetName("/Filter").Length > 0) continue;
                pending.Add(content);
            }
        }
        var plain = pending.Select(c => c.Stream!.Value).ToArray();
        var packed = new byte[plain.Length][];
        Parallel.For(0, plain.Length, cores ?? new ParallelOptions(), i => packed[i] = Deflate(plain[i]));
        for (var i = 0; i < pending.Count; i++)
        {
            pending[i].Stream!.Value = packed[i];
            pending[i].Elements.SetName("/Filter", "/FlateDecode");
            pending[i].Elements.SetInteger("/Length", packed[i].Length);
        }
    }

    private static byte[] Deflate(byte[] data)
    {
        using var buffer = new MemoryStream(data.Length / 3 + 64);
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
            zlib.Write(data);
        return buffer.ToArray();
    }
}
