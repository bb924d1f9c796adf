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
    /// <summary>Compresses every not yet filtered content stream of every page.</summary>
    public static void Apply(PdfDocument document)
    {
        foreach (var page in document.Pages)
        {
            var contents = page.Contents;
            for (var i = 0; i < contents.Elements.Count; i++)
            {
                if (contents.Elements.GetDictionary(i) is not { Stream: { } stream } content) continue;
                if (content.Elements.GetName("/Filter").Length > 0) continue;
                var packed = Deflate(stream.Value);
                stream.Value = packed;
                content.Elements.SetName("/Filter", "/FlateDecode");
                content.Elements.SetInteger("/Length", packed.Length);
            }
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
