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
/// hold nothing but a marked-content operator are unwrapped (see <see cref="EmptyTextObject"/>).
/// </summary>
internal static partial class TextSplice
{
    private const string Prefix = "% briefing-";
    private const string End = "% briefing-end";

    /// <summary>The content with every marked region replaced; <paramref name="writeText"/> appends run N's operators
    /// given the page's resource name of each face.</summary>
    public static byte[] Apply(byte[] content, Action<StringBuilder, int, Func<int, string>> writeText)
    {
        var text = Encoding.Latin1.GetString(content); // content streams are bytes; Latin-1 keeps each one as it is
        var result = new StringBuilder(text.Length + text.Length / 2);
        var fonts = new Dictionary<int, string>();
        string FontName(int face) => fonts.TryGetValue(face, out var name) ? name
            : throw new InvalidOperationException($"no font resource was recorded for face {face} on this page");

        var at = 0;
        for (int marker; (marker = text.IndexOf(Prefix, at, StringComparison.Ordinal)) >= 0;)
        {
            result.Append(text, at, marker - at);
            var lineEnd = text.IndexOf('\n', marker);
            var head = text[marker..lineEnd];
            var close = text.IndexOf(End, lineEnd, StringComparison.Ordinal);
            if (close < 0) throw new InvalidOperationException($"'{head}' has no end marker");
            var region = text.AsSpan(lineEnd + 1, close - lineEnd - 1);
            at = close + End.Length;
            if (at < text.Length && text[at] == '\n') at++;

            if (head.StartsWith("% briefing-font ", StringComparison.Ordinal))
            {
                var face = int.Parse(head.AsSpan("% briefing-font ".Length), provider: System.Globalization.CultureInfo.InvariantCulture);
                var match = FontSelection().Match(region.ToString());
                if (!match.Success) throw new InvalidOperationException($"no Tf in the region of '{head}'");
                fonts[face] = match.Groups[1].Value;
            }
            else if (head.StartsWith("% briefing-text ", StringComparison.Ordinal))
            {
                // All but the rectangle itself: what PDFsharp believes it wrote must be there.
                foreach (var line in region.EnumerateLines())
                    if (!line.IsEmpty && !line.EndsWith(" re") && !line.SequenceEqual("f")) result.Append(line).Append('\n');
                writeText(result, int.Parse(head.AsSpan("% briefing-text ".Length), provider: System.Globalization.CultureInfo.InvariantCulture), FontName);
            }
            else throw new InvalidOperationException($"unknown marker '{head}'");
        }
        result.Append(text, at, text.Length - at);
        return Encoding.Latin1.GetBytes(EmptyTextObject().Replace(result.ToString(), "$1"));
    }

    // PDFsharp begins a page's first marked content inside a text object it ends at once ("BT /P<</MCID 0>>BDC ET")
    // and reopens text mode after that sequence's EMC ("BT ET"): the marked content would cross the text object's end,
    // which the format forbids. Such a text object holds nothing, so it goes and a marked-content operator in it stays.
    [GeneratedRegex(@"(?m)^BT\n((?:/[^\n]*B[DM]C\n)?)ET\n")]
    private static partial Regex EmptyTextObject();

    [GeneratedRegex(@"(/[^\s/]+) [0-9.]+ Tf")]
    private static partial Regex FontSelection();
}
