using System.Globalization;
using System.Text;
using Briefing.Layout;
using Briefing.Layout.Fonts;

namespace Briefing.Pdf;

/// <summary>
/// Writes laid-out text as PDF text operators: the items of one look on one baseline (a justified line's words, a
/// label, a link) as one TJ after a text matrix that places the first (its x, its baseline, and its glyphs'
/// horizontal scale for font expansion); the TJ's numbers put every other word and kerned piece where layout put it.
/// PDFsharp 6.2.4 writes one Tj per call and no TJ, so each justified word and each kerned piece cost a whole
/// DrawString (about half of all PDF writing time); here they cost a few glyph ids and numbers. Glyph ids are the
/// font's own (PDFsharp embeds subsets that keep them, Identity-H).
/// </summary>
internal sealed class TextOperators(IReadOnlyList<string> fontPaths)
{
    private readonly TrueTypeFont?[] _faces = new TrueTypeFont?[fontPaths.Count];

    private TrueTypeFont Face(int face) => _faces[face] ??= FontCache.Get(fontPaths[face]);

    /// <summary>Appends the operators drawing <paramref name="items"/> (none empty) on a page of the given height,
    /// inside a text object the caller has begun with the fill colour of the first item; <paramref name="fontName"/>
    /// gives the page's resource name of a face (such as "/F0"). The fill colour is left as it was on entry.</summary>
    public void Write(StringBuilder pdf, IReadOnlyList<TextItem> items, double pageHeight, Func<int, string> fontName)
    {
        int face = -1;
        double size = -1;
        var entry = items[0].Colour;
        var colour = entry;
        TextItem? line = null; // the first item of the TJ being written
        double pen = 0;        // where its glyphs have taken the pen, in unscaled points from the line's x
        foreach (var item in items)
        {
            // Items of one look on one baseline share a TJ: the gap to the next word is one more number in it.
            if (line is not null && (item.Face != line.Face || item.Size != line.Size || item.Colour != line.Colour
                                     || item.Scale != line.Scale || item.Y != line.Y))
            {
                pdf.Append("] TJ\n");
                line = null;
            }
            if (line is null)
            {
                if (colour != item.Colour)
                {
                    colour = item.Colour;
                    Fill(pdf, colour);
                }
                if (face != item.Face || size != item.Size)
                {
                    (face, size) = (item.Face, item.Size);
                    pdf.Append(fontName(face)).Append(' ').Append(CultureInfo.InvariantCulture, $"{size:0.####} Tf\n");
                }
                // Layout's y runs down from the top of the page; PDF's up from the bottom.
                pdf.Append(CultureInfo.InvariantCulture, $"{item.Scale:0.#####} 0 0 1 {item.X:0.####} {pageHeight - item.Y:0.####} Tm\n[");
                (line, pen) = (item, 0);
            }
            pen = Show(pdf, item, Face(face), pen, (item.X - line.X) / item.Scale);
        }
        if (line is not null) pdf.Append("] TJ\n");
        // PDFsharp believes the fill colour is the one it set last: leave it so.
        if (colour != entry) Fill(pdf, entry);
    }

    // The item's glyphs, each kerned piece moved to where layout put it: a TJ number n (thousandths of the size,
    // positive to the left) takes the pen from where the glyphs before left it. Offsets are in scaled points from the
    // line's x, the pen runs in unscaled text space, which the text matrix scales. Returns the pen after the item.
    private static double Show(StringBuilder pdf, TextItem item, TrueTypeFont font, double pen, double at)
    {
        var text = item.Text;
        var pieces = item.Pieces;
        var count = pieces is { Count: > 0 } ? pieces.Count : 1;
        for (var k = 0; k < count; k++)
        {
            var start = pieces is { Count: > 0 } ? pieces[k].Start : 0;
            var end = k + 1 < count ? pieces![k + 1].Start : text.Length;
            var target = at + (pieces is { Count: > 0 } ? pieces[k].X / item.Scale : 0);
            var adjust = Math.Round((pen - target) / item.Size * 1000, 3);
            if (adjust != 0)
            {
                AppendThousandths(pdf, adjust);
                pen -= adjust / 1000 * item.Size;
            }
            if (end <= start) continue;
            pdf.Append('<');
            for (var i = start; i < end;)
            {
                Rune.DecodeFromUtf16(text.AsSpan(i, end - i), out var rune, out var consumed); // unpaired surrogates read as U+FFFD
                var glyph = font.Glyph(rune.Value);
                AppendHex4(pdf, glyph);
                // The viewer's advance, from the width array: with units per em other than 1000 it is cut short of
                // the font's own, and a line of relative moves would drift by the difference.
                pen += font.AdvanceThousandths(glyph) / 1000.0 * item.Size;
                i += consumed;
            }
            pdf.Append('>');
        }
        return pen;
    }

    // Per glyph and per kerned piece, "x4" and "0.###" through the formatter were 3 % of a batch's CPU: the
    // formatter parses its pattern on every call. These write the same characters (TextOperatorTests checks that).

    /// <summary>Appends a glyph id as "x4" does: at least four lowercase hex digits.</summary>
    internal static void AppendHex4(StringBuilder pdf, int glyph)
    {
        if ((uint)glyph > 0xFFFF)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{glyph:x4}");
            return;
        }
        const string digits = "0123456789abcdef";
        pdf.Append(digits[glyph >> 12]).Append(digits[glyph >> 8 & 0xF]).Append(digits[glyph >> 4 & 0xF]).Append(digits[glyph & 0xF]);
    }

    /// <summary>Appends a number already rounded to three decimals as "0.###" does: no trailing zeros, no point
    /// for a whole number.</summary>
    internal static void AppendThousandths(StringBuilder pdf, double value)
    {
        var scaled = Math.Round(value * 1000);
        if (!(Math.Abs(scaled) < 1e15) || scaled == 0)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{value:0.###}");
            return;
        }
        var n = (long)scaled;
        if (n < 0)
        {
            pdf.Append('-');
            n = -n;
        }
        pdf.Append(n / 1000);
        var fraction = (int)(n % 1000);
        if (fraction == 0) return;
        pdf.Append('.').Append((char)('0' + fraction / 100));
        if ((fraction %= 100) == 0) return;
        pdf.Append((char)('0' + fraction / 10));
        if ((fraction %= 10) != 0) pdf.Append((char)('0' + fraction));
    }

    private static void Fill(StringBuilder pdf, Rgb c) =>
        pdf.Append(CultureInfo.InvariantCulture, $"{c.R / 255.0:0.###} {c.G / 255.0:0.###} {c.B / 255.0:0.###} rg\n");
}
