using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Briefing.Tests.Support;

/// <summary>PNG files made for a test: any size, bit depth, colour type, resolution and interlace flag; the pixels are
/// a pattern, so a placed picture is not blank.</summary>
internal static class TestPng
{
    public static byte[] Make(int width, int height, int depth = 8, int colour = 2, double? dpi = null, bool interlace = false)
    {
        var channels = colour switch { 0 or 3 => 1, 4 => 2, 6 => 4, _ => 3 };
        var rowBytes = (width * channels * depth + 7) / 8;
        var raw = new byte[(rowBytes + 1) * height];
        for (var y = 0; y < height; y++)
            for (var i = 0; i < rowBytes; i++)
                raw[y * (rowBytes + 1) + 1 + i] = (byte)((i * 7 + y * 3) / 4);
        using var zipped = new MemoryStream();
        using (var z = new ZLibStream(zipped, CompressionLevel.Fastest, leaveOpen: true)) z.Write(raw);

        using var png = Start(width, height, depth, colour, interlace);
        if (colour == 3)
            Chunk(png, "PLTE", [.. Enumerable.Range(0, 1 << depth).SelectMany(i => new[] { (byte)(i * 40), (byte)(255 - i * 20), (byte)90 })]);
        if (dpi is { } d)
        {
            var phys = new byte[9];
            var perMetre = (uint)Math.Round(d / 0.0254);
            BinaryPrimitives.WriteUInt32BigEndian(phys, perMetre);
            BinaryPrimitives.WriteUInt32BigEndian(phys.AsSpan(4), perMetre);
            phys[8] = 1;
            Chunk(png, "pHYs", phys);
        }
        Chunk(png, "IDAT", zipped.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>Only the signature and the header: enough for what is refused before a pixel is read.</summary>
    public static byte[] Header(int width, int height, int depth = 8, int colour = 2)
    {
        using var png = Start(width, height, depth, colour, interlace: false);
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static MemoryStream Start(int width, int height, int depth, int colour, bool interlace)
    {
        var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = (byte)depth;
        header[9] = (byte)colour;
        header[12] = (byte)(interlace ? 1 : 0);
        Chunk(png, "IHDR", header);
        return png;
    }

    private static void Chunk(Stream s, string type, byte[] data)
    {
        var head = new byte[8];
        BinaryPrimitives.WriteInt32BigEndian(head, data.Length);
        Encoding.ASCII.GetBytes(type, head.AsSpan(4));
        s.Write(head);
        s.Write(data);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32([.. head.AsSpan(4).ToArray(), .. data]));
        s.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }
}
