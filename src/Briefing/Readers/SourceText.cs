using System.Text;
using Briefing.Model;

namespace Briefing.Readers;

/// <summary>Turns an input file's bytes into text, refusing what is not text: empty, binary, invalid UTF-8, too large.</summary>
internal static class SourceText
{
    /// <summary>Default input size limit: 50 MB.</summary>
    public const long DefaultMaxBytes = 50L * 1000 * 1000;

    /// <summary>Reads and decodes a source file (UTF-8, with or without BOM; CRLF folded to LF).</summary>
    public static string Load(string path, long maxBytes = DefaultMaxBytes)
    {
        if (Directory.Exists(path)) throw new InputException(path, 0, "is a directory, not a source file");
        if (!File.Exists(path)) throw new InputException(path, 0, "file not found");
        var length = new FileInfo(path).Length;
        if (length > maxBytes)
            throw new InputException(path, 0, $"file is {length:N0} bytes, over the {maxBytes:N0}-byte limit (--max-input-size)");
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        { throw new InputException(path, 0, $"cannot be read: {e.Message}", e); }
        return Decode(bytes, path);
    }

    /// <summary>Decodes bytes as strict UTF-8; the error names the first bad line.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string path)
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        if (bytes.StartsWith(bom)) bytes = bytes[3..];
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0) throw new InputException(path, LineOf(bytes, nul), "binary data (a NUL byte): not a text file");
        string text;
        try { text = new UTF8Encoding(false, true).GetString(bytes); }
        catch (DecoderFallbackException e)
        {
            var at = e.Index >= 0 ? e.Index : FirstInvalid(bytes);
            throw new InputException(path, LineOf(bytes, at), "invalid UTF-8: save the file as UTF-8", e);
        }
        if (text.Contains('\r')) text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (string.IsNullOrWhiteSpace(text))
            throw new InputException(path, 0, text.Length == 0 ? "file is empty" : "file holds only white space");
        return text;
    }

    /// <summary>The text in Unicode's composed form (NFC): a letter typed with a combining accent ("nai\u0308ve") is set
    /// with the font's own accented glyph, not a mark placed over whatever comes before it. Most text already is
    /// composed, and the check costs far less than the normalisation.</summary>
    public static string Composed(string text) => Unicode.Composition.Composed(text);

    private static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, false);
        return status == System.Buffers.OperationStatus.Done ? 0 : read;
    }

    private static int LineOf(ReadOnlySpan<byte> bytes, int index)
    {
        index = Math.Clamp(index, 0, bytes.Length);
        return bytes[..index].Count((byte)'\n') + 1;
    }
}
