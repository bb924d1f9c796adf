using System.Text;

namespace Briefing.Pdf;

/// <summary>
/// Just enough of the PDF token syntax to walk a saved file: white space and comments, whole objects skipped
/// without being built, and a dictionary's top-level entries as byte ranges of their values.
/// </summary>
internal static class PdfSyntax
{
    /// <summary>The byte range of one value in the file.</summary>
    public readonly record struct Span(int Start, int End)
    {
        /// <summary>The value's bytes as text (PDF syntax is ASCII).</summary>
        public string Text(byte[] pdf) => Encoding.Latin1.GetString(pdf, Start, End - Start);
    }

    public static bool IsWhite(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    public static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']'
        or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    /// <summary>Skips white space and comments.</summary>
    public static int SkipWhite(byte[] pdf, int at)
    {
        while (at < pdf.Length)
        {
            if (IsWhite(pdf[at])) at++;
            else if (pdf[at] == (byte)'%')
                while (at < pdf.Length && pdf[at] is not ((byte)'\n' or (byte)'\r')) at++;
            else break;
        }
        return at;
    }

    /// <summary>True when <paramref name="word"/> is at <paramref name="at"/> as a whole token.</summary>
    public static bool IsKeyword(byte[] pdf, int at, string word)
    {
        if (at + word.Length > pdf.Length) return false;
        for (var i = 0; i < word.Length; i++)
            if (pdf[at + i] != word[i]) return false;
        var next = at + word.Length;
        return next == pdf.Length || IsWhite(pdf[next]) || IsDelimiter(pdf[next]);
    }

    /// <summary>Reads an unsigned integer token; returns its end, or -1 when there is none.</summary>
    public static int ReadInteger(byte[] pdf, int at, out long value)
    {
        value = 0;
        var start = at;
        while (at < pdf.Length && pdf[at] is >= (byte)'0' and <= (byte)'9' && at - start < 18)
            value = value * 10 + (pdf[at++] - '0');
        return at > start && (at == pdf.Length || IsWhite(pdf[at]) || IsDelimiter(pdf[at])) ? at : -1;
    }

    /// <summary>
    /// Reads the dictionary starting at <paramref name="at"/> ("&lt;&lt;"): its top-level keys (with the slash) and
    /// the byte ranges of their values; an indirect reference "12 0 R" is one value. Returns the end of the dictionary.
    /// </summary>
    public static int ReadDictionary(byte[] pdf, int at, Dictionary<string, Span> entries)
    {
        Expect(pdf, at, "<<");
        at += 2;
        while (true)
        {
            at = SkipWhite(pdf, at);
            if (at + 1 < pdf.Length && pdf[at] == (byte)'>' && pdf[at + 1] == (byte)'>') return at + 2;
            if (at >= pdf.Length || pdf[at] != (byte)'/') throw Malformed(at, "a name as dictionary key");
            var keyEnd = SkipObject(pdf, at);
            var key = Encoding.Latin1.GetString(pdf, at, keyEnd - at);
            var start = SkipWhite(pdf, keyEnd);
            var end = SkipValue(pdf, start);
            entries[key] = new Span(start, end);
            at = end;
        }
    }

    /// <summary>Skips one value, taking "N G R" as a single value.</summary>
    public static int SkipValue(byte[] pdf, int at)
    {
        var end = SkipObject(pdf, at);
        if (ReadInteger(pdf, at, out _) != end) return end;
        // An integer may start a reference: "N G R".
        var g = SkipWhite(pdf, end);
        var gEnd = ReadInteger(pdf, g, out _);
        if (gEnd < 0) return end;
        var r = SkipWhite(pdf, gEnd);
        return IsKeyword(pdf, r, "R") ? r + 1 : end;
    }

    /// <summary>Skips one token or composite object (string, array, dictionary) starting at <paramref name="at"/>.</summary>
    public static int SkipObject(byte[] pdf, int at)
    {
        if (at >= pdf.Length) throw Malformed(at, "an object");
        switch (pdf[at])
        {
            case (byte)'(':
                return SkipLiteralString(pdf, at);
            case (byte)'<' when at + 1 < pdf.Length && pdf[at + 1] == (byte)'<':
                return ReadDictionary(pdf, at, []);
            case (byte)'<':
                var close = Array.IndexOf(pdf, (byte)'>', at);
                return close < 0 ? throw Malformed(at, "the end of a hex string") : close + 1;
            case (byte)'[':
                at++;
                while (true)
                {
                    at = SkipWhite(pdf, at);
                    if (at >= pdf.Length) throw Malformed(at, "the end of an array");
                    if (pdf[at] == (byte)']') return at + 1;
                    at = SkipObject(pdf, at);
                }
            case (byte)'/':
                at++;
                while (at < pdf.Length && !IsWhite(pdf[at]) && !IsDelimiter(pdf[at])) at++;
                return at;
            default:
                if (IsDelimiter(pdf[at])) throw Malformed(at, "an object");
                while (at < pdf.Length && !IsWhite(pdf[at]) && !IsDelimiter(pdf[at])) at++;
                return at;
        }
    }

    private static int SkipLiteralString(byte[] pdf, int at)
    {
        var depth = 0;
        for (; at < pdf.Length; at++)
        {
            switch (pdf[at])
            {
                case (byte)'\\': at++; break;
                case (byte)'(': depth++; break;
                case (byte)')' when --depth == 0: return at + 1;
            }
        }
        throw Malformed(at, "the end of a string");
    }

    public static void Expect(byte[] pdf, int at, string token)
    {
        if (at + token.Length > pdf.Length || Encoding.Latin1.GetString(pdf, at, token.Length) != token)
            throw Malformed(at, $"\"{token}\"");
    }

    public static InvalidDataException Malformed(int at, string expected) =>
        new($"saved PDF: expected {expected} at offset {at}");
}
