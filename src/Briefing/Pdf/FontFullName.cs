using System.Buffers.Binary;
using System.Text;

namespace Briefing.Pdf;

/// <summary>
/// A TrueType font's full name (name ID 4) as PDFsharp 6.2.4 reads it: the first US-English record of the Unicode
/// or Windows platform, in UTF-16BE. PDFsharp keeps one font per such name for the whole process.
/// </summary>
internal static class FontFullName
{
    /// <summary>The name, or null when the font has none PDFsharp would read (or the table is malformed).</summary>
    public static string? Read(ReadOnlySpan<byte> font)
    {
        if (font.Length < 12) return null;
        int tableCount = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        for (var i = 0; i < tableCount; i++)
        {
            var entry = 12 + 16 * i;
            if (entry + 16 > font.Length) return null;
            if (!font.Slice(entry, 4).SequenceEqual("name"u8)) continue;
            var offset = (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(font[(entry + 8)..]), int.MaxValue);
            return offset < font.Length ? FromNameTable(font[offset..]) : null;
        }
        return null;
    }

    private static string? FromNameTable(ReadOnlySpan<byte> table)
    {
        if (table.Length < 6) return null;
        int count = BinaryPrimitives.ReadUInt16BigEndian(table[2..]);
        int strings = BinaryPrimitives.ReadUInt16BigEndian(table[4..]);
        for (var i = 0; i < count; i++)
        {
            var record = 6 + 12 * i;
            if (record + 12 > table.Length) return null;
            int platform = BinaryPrimitives.ReadUInt16BigEndian(table[record..]);
            int language = BinaryPrimitives.ReadUInt16BigEndian(table[(record + 4)..]);
            int nameId = BinaryPrimitives.ReadUInt16BigEndian(table[(record + 6)..]);
            int length = BinaryPrimitives.ReadUInt16BigEndian(table[(record + 8)..]);
            int start = strings + BinaryPrimitives.ReadUInt16BigEndian(table[(record + 10)..]);
            if (platform is not (0 or 3) || nameId != 4 || language != 0x0409) continue;
            return start + length <= table.Length ? Encoding.BigEndianUnicode.GetString(table.Slice(start, length)) : null;
        }
        return null;
    }
}
