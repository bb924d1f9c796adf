using System.Buffers.Binary;
using Briefing.Model;

namespace Briefing.Readers.Images;

/// <summary>
/// A JPEG, checked as PDFsharp 6.2.4 and a PDF viewer will read it: it opens with a JFIF or Exif header (PDFsharp
/// looks for one right after the start marker), its frame is baseline or progressive, 8-bit, grey or RGB, and its
/// data runs to the end marker (a cut-short file leaves a picture viewers cannot decode). The Exif orientation of a
/// phone photograph is kept, so the PDF turns it as browsers do; a mirrored one is refused.
/// </summary>
internal static class JpegHeader
{
    public static ImageData? Read(byte[] b, out string? reason)
    {
        reason = "a damaged JPEG (no frame header)";
        // PDFsharp reads the header at offset 2 itself: no fill bytes before it.
        var jfif = b.Length > 20 && b[2] == 0xFF && b[3] == 0xE0 && b.AsSpan(6).StartsWith("JFIF\0"u8);
        var exif = b.Length > 20 && b[2] == 0xFF && b[3] == 0xE1 && b.AsSpan(6).StartsWith("Exif\0"u8);
        if (!jfif && !exif) return ImageHeader.Refuse("a JPEG without a JFIF or Exif header is not placed (save it again as an ordinary JPEG)", out reason);
        double dpiX = ImageData.DefaultDpi, dpiY = ImageData.DefaultDpi;
        var orientation = 1;
        (int Width, int Height)? frame = null;
        var at = 2;
        while (at + 4 <= b.Length)
        {
            if (b[at] != 0xFF) return null;
            var marker = b[at + 1];
            if (marker == 0xFF) { at++; continue; }   // fill byte
            if (marker is >= 0xD0 and <= 0xD7 or 0x01) { at += 2; continue; }
            if (marker == 0xD9) return null;          // the end before any scan
            var length = BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(at + 2));
            if (length < 2 || at + 2 + length > b.Length) return ImageHeader.Refuse("a damaged JPEG (a segment is cut short)", out reason);
            var segment = b.AsSpan(at + 4, length - 2);
            if (marker == 0xE0 && at == 2)
            {
                if (length < 16) return ImageHeader.Refuse("a damaged JPEG (its JFIF header is cut short)", out reason);
                if (segment[7] is 1 or 2)
                {
                    var perCm = segment[7] == 2 ? 2.54 : 1;
                    dpiX = ImageHeader.Dpi(BinaryPrimitives.ReadUInt16BigEndian(segment[8..]) * perCm);
                    dpiY = ImageHeader.Dpi(BinaryPrimitives.ReadUInt16BigEndian(segment[10..]) * perCm);
                }
            }
            else if (marker == 0xE1 && segment.StartsWith("Exif\0\0"u8))
                orientation = ExifOrientation(segment[6..]);
            else if (marker is >= 0xC0 and <= 0xCF && marker is not (0xC4 or 0xC8 or 0xCC))
            {
                if (marker is not (0xC0 or 0xC1 or 0xC2))
                    return ImageHeader.Refuse("a lossless or arithmetic-coded JPEG is not placed (save it as baseline or progressive)", out reason);
                if (segment.Length < 6) return ImageHeader.Refuse("a damaged JPEG (its frame header is cut short)", out reason);
                if (segment[0] != 8) return ImageHeader.Refuse($"a {segment[0]}-bit JPEG is not placed (save it with 8 bits per channel)", out reason);
                int height = BinaryPrimitives.ReadUInt16BigEndian(segment[1..]);
                int width = BinaryPrimitives.ReadUInt16BigEndian(segment[3..]);
                int components = segment[5];
                if (width == 0 || height == 0) return null;
                if (ImageHeader.TooLarge(width, height, ImageHeader.MaxJpegPixels) is { } large) return ImageHeader.Refuse(large, out reason);
                if (components is not (1 or 3))
                    return ImageHeader.Refuse(components == 4 ? "a CMYK JPEG is not placed (save it as RGB)" : $"a JPEG of {components} components is not placed", out reason);
                frame = (width, height);
            }
            else if (marker == 0xDA)
            {
                if (frame is not { } f) return null;
                // The scans run to the end marker; a file cut short has none after them.
                if (b.AsSpan(at).LastIndexOf([(byte)0xFF, (byte)0xD9]) < 0) return ImageHeader.Refuse("a damaged JPEG (it is cut short)", out reason);
                if (orientation is 2 or 4 or 5 or 7)
                    return ImageHeader.Refuse("a JPEG whose Exif orientation mirrors it is not placed (save it turned as it should be seen)", out reason);
                reason = null;
                return new ImageData(b, ImageFormat.Jpeg, f.Width, f.Height, dpiX, dpiY, orientation is >= 1 and <= 8 ? orientation : 1);
            }
            at += 2 + length;
        }
        return frame is not null ? ImageHeader.Refuse("a damaged JPEG (it is cut short)", out reason) : null;
    }

    /// <summary>The Orientation tag (0x0112) of the TIFF block in an Exif segment; 1 when absent or unreadable.</summary>
    private static int ExifOrientation(ReadOnlySpan<byte> tiff)
    {
        if (tiff.Length < 8) return 1;
        var little = tiff[0] == (byte)'I';
        if (!little && tiff[0] != (byte)'M') return 1;
        ushort U16(ReadOnlySpan<byte> s) => little ? BinaryPrimitives.ReadUInt16LittleEndian(s) : BinaryPrimitives.ReadUInt16BigEndian(s);
        uint U32(ReadOnlySpan<byte> s) => little ? BinaryPrimitives.ReadUInt32LittleEndian(s) : BinaryPrimitives.ReadUInt32BigEndian(s);
        var ifd = U32(tiff[4..]);
        if (ifd + 2 > tiff.Length) return 1;
        int count = U16(tiff[(int)ifd..]);
        for (var i = 0; i < count; i++)
        {
            var entry = (int)ifd + 2 + i * 12;
            if (entry + 12 > tiff.Length) return 1;
            if (U16(tiff[entry..]) == 0x0112) return U16(tiff[(entry + 8)..]);
        }
        return 1;
    }
}
