using System.Buffers.Binary;
using Briefing.Model;

namespace Briefing.Readers.Images;

/// <summary>
/// Reads what a PNG or JPEG file says of itself — size, resolution, encoding — without decoding a pixel, and
/// refuses, with a reason an editor can act on, the variants the PDF stage cannot place as they are (PDFsharp 6.2.4
/// reads 8-bit PNGs that are not interlaced, and JPEGs that open with a JFIF or Exif header; a PDF viewer shows
/// baseline and progressive JPEG in grey or RGB).
/// </summary>
internal static class ImageHeader
{
    /// <summary>Pixels above this are refused: PDFsharp holds a PNG decoded, four bytes a pixel, twice.</summary>
    public const long MaxPixels = 40_000_000;

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The image, or null with <paramref name="reason"/> saying why it cannot be placed.</summary>
    public static ImageData? Read(byte[] bytes, out string? reason)
    {
        return bytes.AsSpan().StartsWith(PngSignature) ? Png(bytes, out reason)
            : bytes.Length > 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF ? Jpeg(bytes, out reason)
            : Unknown(bytes, out reason);
    }

    /// <summary>Why a picture this large is refused, or null.</summary>
    private static string? TooLarge(long width, long height) =>
        width * height > MaxPixels ? $"{width} × {height} pixels is more than {MaxPixels / 1_000_000} megapixels" : null;

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

    private static ImageData? Png(byte[] b, out string? reason)
    {
        reason = "a damaged PNG (no IHDR header)";
        if (b.Length < 33 || Be32(b, 8) != 13 || !b.AsSpan(12, 4).SequenceEqual("IHDR"u8)) return null;
        var width = Be32(b, 16);
        var height = Be32(b, 20);
        int depth = b[24], colour = b[25], interlace = b[28];
        if (width is <= 0 or > int.MaxValue || height is <= 0 or > int.MaxValue) return null;
        if (TooLarge(width, height) is { } large)
        {
            reason = large;
            return null;
        }
        var supported = colour switch
        {
            0 or 2 or 6 => depth == 8,
            3 => depth is 1 or 4 or 8,
            _ => false,
        };
        if (!supported)
        {
            reason = colour == 4 ? "a grey PNG with an alpha channel is not placed (save it as RGBA or without alpha)"
                : $"a {depth}-bit PNG is not placed (save it with 8 bits per channel)";
            return null;
        }
        if (interlace != 0)
        {
            reason = "an interlaced PNG is not placed (save it without interlacing)";
            return null;
        }
        double dpiX = ImageData.DefaultDpi, dpiY = ImageData.DefaultDpi;
        var pixels = new List<(int Start, int Length)>();
        var palette = colour != 3;
        for (long at = 8; at + 12 <= b.Length;)
        {
            var length = Be32(b, (int)at);
            if (at + 12 + length > b.Length) break;
            var type = b.AsSpan((int)at + 4, 4);
            if (type.SequenceEqual("IEND"u8)) break;
            if (type.SequenceEqual("IDAT"u8)) pixels.Add(((int)at + 8, (int)length));
            else if (type.SequenceEqual("PLTE"u8)) palette = true;
            else if (type.SequenceEqual("pHYs"u8) && length == 9 && b[(int)at + 16] == 1)
            {
                dpiX = Dpi(Be32(b, (int)at + 8) * 0.0254);
                dpiY = Dpi(Be32(b, (int)at + 12) * 0.0254);
            }
            at += 12 + length;
        }
        if (!palette)
        {
            reason = "a damaged PNG (a palette picture without its palette)";
            return null;
        }
        var channels = colour switch { 0 or 3 => 1, 2 => 3, _ => 4 };
        var rowBytes = (width * channels * depth + 7) / 8;
        if (!PixelsDecode(b, pixels, rowBytes, height))
        {
            reason = "a damaged PNG (its pixel data is cut short or does not decompress)";
            return null;
        }
        reason = null;
        return new ImageData(b, ImageFormat.Png, (int)width, (int)height, dpiX, dpiY);
    }

    /// <summary>Whether the IDAT stream inflates to exactly one filter byte (0–4) and <paramref name="rowBytes"/>
    /// bytes per row: PDFsharp decodes the pixels only when the PDF is drawn, and a picture it cannot read there
    /// would fail the build instead of being named here. Streamed, so a large picture is never held decoded.</summary>
    private static bool PixelsDecode(byte[] b, List<(int Start, int Length)> chunks, long rowBytes, long rows)
    {
        if (chunks.Count == 0) return false;
        var joined = new MemoryStream(chunks.Sum(c => c.Length));
        foreach (var (start, length) in chunks) joined.Write(b, start, length);
        joined.Position = 0;
        var expected = rows * (rowBytes + 1);
        var buffer = new byte[65536];
        long read = 0, filter = 0;   // filter: where the next row's filter byte is
        try
        {
            using var z = new System.IO.Compression.ZLibStream(joined, System.IO.Compression.CompressionMode.Decompress);
            for (int n; (n = z.Read(buffer)) > 0;)
            {
                if (read + n > expected) return false;
                for (; filter < read + n; filter += rowBytes + 1)
                    if (buffer[filter - read] > 4) return false;
                read += n;
            }
        }
        catch (InvalidDataException) { return false; }
        return read == expected;
    }

    private static ImageData? Jpeg(byte[] b, out string? reason)
    {
        reason = "a damaged JPEG (no frame header)";
        double dpiX = ImageData.DefaultDpi, dpiY = ImageData.DefaultDpi;
        var at = 2;
        var first = true;
        while (at + 4 <= b.Length)
        {
            if (b[at] != 0xFF) return null;
            var marker = b[at + 1];
            if (marker == 0xFF) { at++; continue; }   // fill byte
            if (marker is >= 0xD0 and <= 0xD7 or 0x01) { at += 2; continue; }
            var length = BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(at + 2));
            if (length < 2 || at + 2 + length > b.Length || marker is 0xD9 or 0xDA) return null;
            var segment = b.AsSpan(at + 4, length - 2);
            if (first)
            {
                var jfif = marker == 0xE0 && segment.StartsWith("JFIF\0"u8);
                if (!jfif && !(marker == 0xE1 && segment.StartsWith("Exif\0"u8)))
                {
                    reason = "a JPEG without a JFIF or Exif header is not placed (save it again as an ordinary JPEG)";
                    return null;
                }
                if (jfif && segment.Length >= 12 && segment[7] is 1 or 2)
                {
                    var perCm = segment[7] == 2 ? 2.54 : 1;
                    dpiX = Dpi(BinaryPrimitives.ReadUInt16BigEndian(segment[8..]) * perCm);
                    dpiY = Dpi(BinaryPrimitives.ReadUInt16BigEndian(segment[10..]) * perCm);
                }
                first = false;
            }
            if (marker is >= 0xC0 and <= 0xCF && marker is not (0xC4 or 0xC8 or 0xCC))
            {
                if (marker is not (0xC0 or 0xC1 or 0xC2) || segment.Length < 6)
                {
                    reason = "a lossless or arithmetic-coded JPEG is not placed (save it as baseline or progressive)";
                    return null;
                }
                int height = BinaryPrimitives.ReadUInt16BigEndian(segment[1..]);
                int width = BinaryPrimitives.ReadUInt16BigEndian(segment[3..]);
                int components = segment[5];
                if (width == 0 || height == 0) return null;
                if (TooLarge(width, height) is { } large)
                {
                    reason = large;
                    return null;
                }
                if (components is not (1 or 3))
                {
                    reason = components == 4 ? "a CMYK JPEG is not placed (save it as RGB)" : $"a JPEG of {components} components is not placed";
                    return null;
                }
                reason = null;
                return new ImageData(b, ImageFormat.Jpeg, width, height, dpiX, dpiY);
            }
            at += 2 + length;
        }
        return null;
    }

    private static long Be32(byte[] b, int at) => BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(at));

    /// <summary>A declared resolution, unless it is absurd (some tools write 1 or 65535).</summary>
    private static double Dpi(double declared) => declared is >= 24 and <= 4800 ? declared : ImageData.DefaultDpi;
}
