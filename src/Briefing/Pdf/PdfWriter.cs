using Briefing.Layout;

namespace Briefing.Pdf;

/// <summary>Draws laid-out pages as a PDF through PDFsharp.</summary>
public static class PdfWriter
{
    /// <summary>Writes the PDF to a stream.</summary>
    public static void Write(LaidOutDocument layout, Stream output, PdfOptions options) =>
        throw new NotImplementedException("PDF writer: in progress");
}

/// <summary>PDF output options.</summary>
/// <param name="Timestamp">Creation/modification time written into the file (reproducible builds).</param>
public sealed record PdfOptions(DateTimeOffset Timestamp);
