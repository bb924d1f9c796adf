using System.Buffers.Binary;
using System.IO.Compression;
using Briefing.Model;

namespace Briefing.Readers.Images;

/// <summary>
/// A PNG, checked as PDFsharp 6.2.4's decoder will read it: 8 bits per channel (palettes of 1, 4 or 8), grey, RGB,
/// RGBA or palette colour, not interlaced; every chunk whole and its checksum right, no critical chunk it does not
/// know, one header, a palette and transparency that fit; and pixel data that inflates to exactly the rows the
/// header promises (streamed: a large picture is never held decoded here).
/// </summary>
internal static class PngHeader
{
    public static ImageData? Read(byte[] b, out string? reason)
    {
        reason = "a damaged PNG (no IHDR header)";
        if (b.Length < 33 || Be32(b, 8) != 13 || !b.AsSpan(12, 4).SequenceEqual("IHDR"u8)) return null;
        var width = Be32(b, 16);
        var height = Be32(b, 20);
        int depth = b[24], colour = b[25], compression = b[26], filter = b[27], interlace = b[28];
        if (width is <= 0 or > int.MaxValue || height is <= 0 or > int.MaxValue) return null;
        if (ImageHeader.TooLarge(width, height, ImageHeader.MaxPngPixels) is { } large) return ImageHeader.Refuse(large, out reason);
        var supported = colour switch
        {
            0 or 2 or 6 => depth == 8,
            3 => depth is 1 or 4 or 8,
            _ => false,
        };
        if (!supported)
            return ImageHeader.Refuse(colour == 4 ? "a grey PNG with an alpha channel is not placed (save it as RGBA or without alpha)"
                : $"a {depth}-bit PNG is not placed (save it with 8 bits per channel)", out reason);
        if (interlace != 0) return ImageHeader.Refuse("an interlaced PNG is not placed (save it without interlacing)", out reason);
        if (compression != 0 || filter != 0) return ImageHeader.Refuse("a damaged PNG (an unknown compression or filter method)", out reason);

        double dpiX = ImageData.DefaultDpi, dpiY = ImageData.DefaultDpi;
        var pixels = new List<(int Start, int Length)>();
        var paletteEntries = -1;
        for (long at = 8; at < b.Length;)
        {
            if (at + 12 > b.Length) return ImageHeader.Refuse("a damaged PNG (a chunk is cut short)", out reason);
            var length = Be32(b, (int)at);
            if (at + 12 + length > b.Length) return ImageHeader.Refuse("a damaged PNG (a chunk is cut short)", out reason);
            var type = b.AsSpan((int)at + 4, 4);
            var data = b.AsSpan((int)at + 8, (int)length);
            if (Crc32.Of(b.AsSpan((int)at + 4, (int)length + 4)) != Be32(b, (int)(at + 8 + length)))
                return ImageHeader.Refuse($"a damaged PNG (the checksum of its {System.Text.Encoding.ASCII.GetString(type)} chunk is wrong)", out reason);
            if (type.SequenceEqual("IEND"u8)) break;
            if (type.SequenceEqual("IHDR"u8) && at != 8) return ImageHeader.Refuse("a damaged PNG (two headers)", out reason);
            else if (type.SequenceEqual("IDAT"u8)) pixels.Add(((int)at + 8, (int)length));
            else if (type.SequenceEqual("PLTE"u8))
            {
                if (length % 3 != 0 || length == 0 || length / 3 > 256 || (colour == 3 && length / 3 > 1 << depth))
                    return ImageHeader.Refuse("a damaged PNG (its palette has a wrong size)", out reason);
                paletteEntries = (int)length / 3;
            }
            else if (type.SequenceEqual("tRNS"u8))
            {
                var fits = colour switch { 3 => paletteEntries > 0 && length <= paletteEntries, 0 => length == 2, 2 => length == 6, _ => false };
                if (!fits) return ImageHeader.Refuse("a damaged PNG (its transparency does not fit its colours)", out reason);
            }
            else if (type.SequenceEqual("pHYs"u8) && length == 9 && data[8] == 1)
            {
                dpiX = ImageHeader.Dpi(BinaryPrimitives.ReadUInt32BigEndian(data) * 0.0254);
                dpiY = ImageHeader.Dpi(BinaryPrimitives.ReadUInt32BigEndian(data[4..]) * 0.0254);
            }
            else if (char.IsAsciiLetterUpper((char)type[0]) && !type.SequenceEqual("IHDR"u8))
                return ImageHeader.Refuse($"a PNG with a chunk no reader knows ({System.Text.Encoding.ASCII.GetString(type)})", out reason);
            at += 12 + length;
        }
        if (colour == 3 && paletteEntries < 0) return ImageHeader.Refuse("a damaged PNG (a palette picture without its palette)", out reason);
        var channels = colour switch { 0 or 3 => 1, 2 => 3, _ => 4 };
        if (!PixelsDecode(b, pixels, (width * channels * depth + 7) / 8, height))
            return ImageHeader.Refuse("a damaged PNG (its pixel data is cut short or does not decompress)", out reason);
        reason = null;
        return new ImageData(b, ImageFormat.Png, (int)width, (int)height, dpiX, dpiY);
    }


    /// <summary>Whether the IDAT stream inflates to exactly one filter byte (0–4) and <paramref name="rowBytes"/>
    /// bytes per row.</summary>
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
            using var z = new ZLibStream(joined, CompressionMode.Decompress);
            for (int n; (n = z.Read(buffer)) > 0;)
            {
                if (read + n > expected) return false;
                for (; filter < read + n; filter += rowBytes + 1)
                    if (buffer[filter - read] > 4) return false;
                read += n;
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException) { return false; }   // ZLibException is an IOException
        return read == expected;
    }

    private static long Be32(byte[] b, int at) => BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(at));
}

/// <summary>The CRC-32 of PNG chunks (ISO 3309), by table.</summary>
internal static class Crc32
{
    private static readonly uint[] Table = Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        return c;
    }).ToArray();

    public static uint Of(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes) crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return ~crc;
    }
}
