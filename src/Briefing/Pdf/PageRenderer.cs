using Briefing.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PdfSharp.UniversalAccessibility;

namespace Briefing.Pdf;

/// <summary>
/// Replays laid-out pages through PDFsharp, strictly page after page (tagged PDF is forward-only): every item
/// is drawn inside the structure element or artifact its tags open; links become annotations of their Link
/// element. One per document.
/// </summary>
internal sealed class PageRenderer(PdfDocument document, IReadOnlyList<string> fonts, DateTime timestamp)
{
    private readonly StructureBuilder _structure = UAManager.ForDocument(document).StructureBuilder;
    private readonly Dictionary<(int, double), XFont> _fonts = [];
    private readonly Dictionary<Rgb, XBrush> _brushes = [];
    private readonly Dictionary<(Rgb, double), XPen> _pens = [];
    private XGraphics? _gfx;
    private int _links;
    // The horizontal scale in force: consecutive expanded runs of one line share it (one q … cm … Q, not one each).
    private (double Scale, double Y, double Origin)? _scaled;

    /// <summary>Adds and draws the next page.</summary>
    public void Render(LaidOutPage page)
    {
        Close();
        var pdfPage = document.AddPage();
        pdfPage.Width = XUnit.FromPoint(page.Width);
        pdfPage.Height = XUnit.FromPoint(page.Height);
        var gfx = XGraphics.FromPdfPage(pdfPage);
        _gfx = gfx;
        foreach (var item in page.Items)
        {
            // Anything but more text of the same line and scale is drawn, and any tag opened, unscaled.
            if (item is not TextItem { Scale: not 1 } scaledText || _scaled is not { } on || on.Scale != scaledText.Scale || on.Y != scaledText.Y)
                EndScale(gfx);
            switch (item)
            {
                case TextItem t:
                    DrawText(gfx, t);
                    break;
                case RuleItem r:
                    gfx.DrawLine(Pen(r.Colour, r.Thickness), r.X1, r.Y1, r.X2, r.Y2);
                    break;
                case BoxItem b:
                    gfx.DrawRectangle(Brush(b.Colour), b.X, b.Y, b.Width, b.Height);
                    break;
                case BeginTag tag:
                    Begin(tag, gfx, page.Number);
                    break;
                case EndTag:
                    _structure.End();
                    break;
            }
        }
    }

    /// <summary>Draws text; kerned text piece by piece, each at the x layout gave it (PDFsharp writes one string per
    /// call at the font's advances). The pieces of a word touch, so text extraction still reads whole words.
    /// Expanded text (<see cref="TextItem.Scale"/>) is drawn under a horizontal scale.</summary>
    private void DrawText(XGraphics gfx, TextItem t)
    {
        var font = Font(t.Face, t.Size);
        var brush = Brush(t.Colour);
        // Expanded text is drawn under a horizontal scale about the line's first scaled run, so x is given unscaled.
        var x = t.X;
        if (t.Scale != 1)
        {
            if (_scaled is null)
            {
                gfx.Save();
                gfx.ScaleAtTransform(t.Scale, 1, t.X, t.Y);
                _scaled = (t.Scale, t.Y, t.X);
            }
            x = _scaled.Value.Origin + (t.X - _scaled.Value.Origin) / t.Scale;
        }
        if (t.Pieces is not { Count: > 0 } pieces) gfx.DrawString(t.Text, font, brush, x, t.Y);
        else
            for (var k = 0; k < pieces.Count; k++)
            {
                var start = pieces[k].Start;
                var end = k + 1 < pieces.Count ? pieces[k + 1].Start : t.Text.Length;
                if (end > start) gfx.DrawString(t.Text[start..end], font, brush, x + pieces[k].X / t.Scale, t.Y);
            }
    }

    private void EndScale(XGraphics gfx)
    {
        if (_scaled is null) return;
        gfx.Restore();
        _scaled = null;
    }

    /// <summary>Ends the last page's marked content and releases its graphics.</summary>
    public void Close()
    {
        if (_gfx is null) return;
        EndScale(_gfx);
        // Before the page's graphics go: tagged PDF writes the closing EMC through them.
        _structure.EndMarkedContentsWithId();
        _gfx.Dispose();
        _gfx = null;
    }

    private void Begin(BeginTag tag, XGraphics gfx, int pageNumber)
    {
        switch (tag.Tag)
        {
            case StructureTag.Artifact: _structure.BeginArtifact(); break;
            case StructureTag.Section: _structure.BeginElement(PdfGroupingElementTag.Section); break;
            case StructureTag.TableOfContents: _structure.BeginElement(PdfGroupingElementTag.TableOfContents); break;
            case StructureTag.TableOfContentsItem: _structure.BeginElement(PdfGroupingElementTag.TableOfContentsItem); break;
            case StructureTag.BlockQuote: _structure.BeginElement(PdfGroupingElementTag.BlockQuotation); break;
            case StructureTag.Heading1: _structure.BeginElement(PdfBlockLevelElementTag.Heading1); break;
            case StructureTag.Heading2: _structure.BeginElement(PdfBlockLevelElementTag.Heading2); break;
            case StructureTag.Heading3: _structure.BeginElement(PdfBlockLevelElementTag.Heading3); break;
            case StructureTag.Paragraph: _structure.BeginElement(PdfBlockLevelElementTag.Paragraph); break;
            case StructureTag.List: _structure.BeginElement(PdfBlockLevelElementTag.List); break;
            case StructureTag.ListItem: _structure.BeginElement(PdfBlockLevelElementTag.ListItem); break;
            case StructureTag.Label: _structure.BeginElement(PdfBlockLevelElementTag.Label); break;
            case StructureTag.ListBody: _structure.BeginElement(PdfBlockLevelElementTag.ListBody); break;
            case StructureTag.Table: _structure.BeginElement(PdfBlockLevelElementTag.Table); break;
            case StructureTag.TableRow: _structure.BeginElement(PdfBlockLevelElementTag.TableRow); break;
            case StructureTag.TableHeaderCell: _structure.BeginElement(PdfBlockLevelElementTag.TableHeaderCell); break;
            case StructureTag.TableDataCell: _structure.BeginElement(PdfBlockLevelElementTag.TableDataCell); break;
            case StructureTag.Link when tag.Link is { } area:
                _structure.BeginElement(LinkAnnotation(area, gfx, pageNumber), area.Description);
                break;
            default: _structure.BeginElement(PdfInlineLevelElementTag.Span); break;
        }
    }

    private PdfLinkAnnotation LinkAnnotation(LinkArea area, XGraphics gfx, int pageNumber)
    {
        var rect = new PdfRectangle(gfx.Transformer.WorldToDefaultPage(new XRect(area.X, area.Y, area.Width, area.Height)));
        var link = area.Anchor is { } anchor
            ? PdfLinkAnnotation.CreateDocumentLink(rect, anchor)
            : PdfLinkAnnotation.CreateWebLink(rect, area.Url ?? "");
        link.Flags = PdfAnnotationFlags.Print;
        // PDFsharp stamps annotations with a random /NM and the wall clock in /M; both are made reproducible.
        link.Elements.SetString(PdfAnnotation.Keys.NM, $"link-{pageNumber}-{++_links}");
        link.Elements.SetDateTime(PdfAnnotation.Keys.M, timestamp);
        return link;
    }

    private XFont Font(int face, double size)
    {
        if (_fonts.TryGetValue((face, size), out var font)) return font;
        font = new XFont(FontFileResolver.FamilyName(fonts[face]), size, XFontStyleEx.Regular,
            new XPdfFontOptions(PdfFontEncoding.Unicode));
        _fonts[(face, size)] = font;
        return font;
    }

    private XBrush Brush(Rgb c)
    {
        if (!_brushes.TryGetValue(c, out var brush)) _brushes[c] = brush = new XSolidBrush(XColor.FromArgb(c.R, c.G, c.B));
        return brush;
    }

    private XPen Pen(Rgb c, double width)
    {
        if (!_pens.TryGetValue((c, width), out var pen)) _pens[(c, width)] = pen = new XPen(XColor.FromArgb(c.R, c.G, c.B), width);
        return pen;
    }
}
