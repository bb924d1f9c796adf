using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace Briefing.Pdf;

/// <summary>
/// Puts our own text operators into a page's content stream where PDFsharp left markers (comments). PDFsharp has no
/// way to write operators, but it must still see the text: it embeds only glyphs it was asked to draw, lists a font in
/// a page's resources only when it drew with it there, and opens a structure element's marked content (BDC with its
/// MCID) only when something is drawn in it. So the renderer lets PDFsharp draw, between markers, what gives it all
/// that, and the splice takes out of those regions what would show on the page:
/// <list type="bullet">
/// <item><c>% briefing-font F</c> … <c>% briefing-end</c>: face F's characters on the page drawn once inside an
/// artifact (so PDFsharp embeds their glyphs and names the font); the splice reads the font's resource name from it
/// and drops the whole region.</item>
/// <item><c>% briefing-text N</c> … <c>% briefing-end</c>: an empty rectangle drawn in the current structure element
/// in the run's colour, then PDFsharp's begin of text mode; the splice drops the rectangle (its <c>re</c> and <c>f</c>)
/// and keeps the rest (the element's BDC, the colour, mode changes), then puts run N's operators after it.</item>
/// </list>
/// What is dropped changes no state (a font region is balanced q … Q, BT … ET and BMC … EMC; a rectangle only paints),
/// so what PDFsharp believes it wrote stays true and what it draws afterwards is unaffected. Last, text objects that
/// hold nothing but a marked-content operator are unwrapped (see <c>WithoutEmptyTextObjects</c>).
/// </summary>
internal static partial class TextSplice
{
    private static ReadOnlySpan<byte> Prefix => "% briefing-"u8;
    private static ReadOnlySpan<byte> End => "% briefing-end"u8;

    /// <summary>The content with every marked region replaced; <paramref name="writeText"/> appends run N's operators
    /// given the page's resource name of each face.</summary>
    public static byte[] Apply(byte[] content, Action<StringBuilder, int, Func<int, string>> writeText)
    {
        // Bytes throughout (our operators are Latin-1): as text, a page went through five copies of itself, a tenth
        // of all a build allocated.
        var input = content.AsSpan();
        var spliced = new ArrayBufferWriter<byte>(content.Length + content.Length / 2);
        var operators = new StringBuilder();
        var fonts = new Dictionary<int, string>();
        string FontName(int face) => fonts.TryGetValue(face, out var name) ? name
            : throw new InvalidOperationException($"no font resource was recorded for face {face} on this page");

        var at = 0;
        for (int marker; (marker = IndexOf(input, Prefix, at)) >= 0;)
        {
            spliced.Write(input[at..marker]);
            var lineEnd = IndexOf(input, "\n"u8, marker);
            if (lineEnd < 0) lineEnd = input.Length;
            var head = Encoding.Latin1.GetString(input[marker..lineEnd]);
            var close = lineEnd < input.Length ? IndexOf(input, End, lineEnd) : -1;
            if (close < 0) throw new InvalidOperationException($"'{head}' has no end marker");
            var region = input[(lineEnd + 1)..close];
            at = close + End.Length;
            if (at < input.Length && input[at] == (byte)'\n') at++;

            if (head.StartsWith("% briefing-font ", StringComparison.Ordinal))
            {
                var face = int.Parse(head.AsSpan("% briefing-font ".Length), provider: System.Globalization.CultureInfo.InvariantCulture);
                var match = FontSelection().Match(Encoding.Latin1.GetString(region));
                if (!match.Success) throw new InvalidOperationException($"no Tf in the region of '{head}'");
                fonts[face] = match.Groups[1].Value;
            }
            else if (head.StartsWith("% briefing-text ", StringComparison.Ordinal))
            {
                // All but the rectangle itself: what PDFsharp believes it wrote must be there.
                while (!region.IsEmpty)
                {
                    var end = region.IndexOf((byte)'\n');
                    var line = end < 0 ? region : region[..end];
                    region = end < 0 ? [] : region[(end + 1)..];
                    if (line.IsEmpty || line.EndsWith(" re"u8) || line.SequenceEqual("f"u8)) continue;
                    spliced.Write(line);
                    spliced.Write("\n"u8);
                }
                operators.Clear();
                writeText(operators, int.Parse(head.AsSpan("% briefing-text ".Length), provider: System.Globalization.CultureInfo.InvariantCulture), FontName);
                foreach (var chunk in operators.GetChunks())
                    spliced.Advance(Encoding.Latin1.GetBytes(chunk.Span, spliced.GetSpan(chunk.Length)));
            }
            else throw new InvalidOperationException($"unknown marker '{head}'");
        }
        spliced.Write(input[at..]);
        return WithoutEmptyTextObjects(spliced.WrittenSpan);
    }

    private static int IndexOf(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> value, int from)
    {
        var found = bytes[from..].IndexOf(value);
        return found < 0 ? -1 : from + found;
    }

    // PDFsharp begins a page's first marked content inside a text object it ends at once ("BT /P<</MCID 0>>BDC ET")
    // and reopens text mode after that sequence's EMC ("BT ET"): the marked content would cross the text object's end,
    // which the format forbids. Such a text object holds nothing, so it goes and a marked-content operator in it
    // stays: each line "BT", then at most one line "/… BDC" or "/… BMC", then a line "ET", becomes that middle line.
    private static byte[] WithoutEmptyTextObjects(ReadOnlySpan<byte> content)
    {
        var result = new byte[content.Length];
        var length = 0;
        for (var line = 0; line < content.Length;)
        {
            var rest = content[line..];
            if (rest.StartsWith("BT\n"u8))
            {
                var after = rest[3..];
                var middle = 0;
                if (after.StartsWith("/"u8) && after.IndexOf((byte)'\n') is var end and >= 4
                    && (after[(end - 3)..end].SequenceEqual("BDC"u8) || after[(end - 3)..end].SequenceEqual("BMC"u8))
                    && after[(end + 1)..].StartsWith("ET\n"u8))
                    middle = end + 1;
                if (after[middle..].StartsWith("ET\n"u8))
                {
                    after[..middle].CopyTo(result.AsSpan(length));
                    length += middle;
                    line += 3 + middle + 3;
                    continue;
                }
            }
            var next = rest.IndexOf((byte)'\n');
            var take = next < 0 ? rest.Length : next + 1;
            rest[..take].CopyTo(result.AsSpan(length));
            length += take;
            line += take;
        }
        return length == result.Length ? result : result[..length];
    }

    [GeneratedRegex(@"(/[^\s/]+) [0-9.]+ Tf")]
    private static partial Regex FontSelection();
}
