using Briefing.Model;

namespace Briefing.Readers.Images;

/// <summary>
/// Reads what a PNG or JPEG file says of itself — size, resolution, encoding, orientation — and refuses, with a reason
/// an editor can act on, every file the PDF stage could not place as it is: PDFsharp 6.2.4 decodes PNGs only when the
/// PDF is drawn and passes JPEGs through to the viewer, so what it or a viewer would choke on is found here, with
/// the source's line, instead of failing the build or leaving a picture no reader can show.
/// </summary>
internal static class ImageHeader
{
    /// <summary>PNG pixels above this are refused: PDFsharp holds a PNG decoded, four bytes a pixel, twice.</summary>
    public const long MaxPngPixels = 25_000_000;

    /// <summary>JPEG pixels above this are refused (a JPEG is passed through, but a viewer decodes it whole).</summary>
    public const long MaxJpegPixels = 100_000_000;

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The image, or null with <paramref name="reason"/> saying why it cannot be placed.</summary>
    public static ImageData? Read(byte[] bytes, out string? reason) =>
        bytes.AsSpan().StartsWith(PngSignature) ? PngHeader.Read(bytes, out reason)
        : bytes.Length > 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF ? JpegHeader.Read(bytes, out reason)
        : Unknown(bytes, out reason);

    /// <summary>Why a picture this large is refused, or null.</summary>
    public static string? TooLarge(long width, long height, long max) =>
        width * height > max ? $"{width} × {height} pixels is more than {max / 1_000_000} megapixels" : null;

    /// <summary>No image, and why.</summary>
    public static ImageData? Refuse(string why, out string? reason)
    {
        reason = why;
        return null;
    }

    /// <summary>A declared resolution, unless it is absurd (some tools write 1 or 65535).</summary>
    public static double Dpi(double declared) => declared is >= 24 and <= 4800 ? declared : ImageData.DefaultDpi;

    private static ImageData? Unknown(byte[] bytes, out string? reason)
    {
        var head = System.Text.Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 256)).TrimStart();
        reason = head.StartsWith("<svg", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<?xml", StringComparison.Ordinal)
                ? "SVG is not placed (only PNG and JPEG are)"
            : head.StartsWith("GIF8", StringComparison.Ordinal) ? "GIF is not placed (only PNG and JPEG are)"
            : head.StartsWith("RIFF", StringComparison.Ordinal) ? "WebP is not placed (only PNG and JPEG are)"
            : "not a PNG or JPEG file";
        return null;
    }
}
