using Briefing.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PdfSharp.UniversalAccessibility;

namespace Briefing.Pdf;

/// <summary>
/// Replays laid-out pages through PDFsharp, strictly page after page (tagged PDF is forward-only): every item
/// is drawn inside the structure element or artifact its tags open; links become annotations of their Link
/// element. Text is written by <see cref="TextOperators"/> and put in place by <see cref="TextSplice"/> when the
/// page is closed: PDFsharp draws only what makes it embed the glyphs and open the marked content. One per document.
/// </summary>
internal sealed class PageRenderer(PdfDocument document, IReadOnlyList<string> fonts, DateTime timestamp)
{
    private readonly StructureBuilder _structure = UAManager.ForDocument(document).StructureBuilder;
    private readonly Dictionary<(int, double), XFont> _fonts = [];
    private readonly Dictionary<Rgb, XBrush> _brushes = [];
    private readonly Dictionary<(Rgb, double), XPen> _pens = [];
    private readonly Dictionary<Model.ImageData, XImage> _images = new(ReferenceEqualityComparer.Instance);
    private readonly TextOperators _text = new(fonts);
    private readonly PageRunes _pageRunes = new();
    private XGraphics? _gfx;
    private PdfPage? _page;
    private double _pageHeight;
    private int _links;
    // The page's runs of consecutive text items (a tag, rule or box ends a run); each is written in one text object.
    private readonly List<List<TextItem>> _runs = [];
    private List<TextItem>? _run;

    /// <summary>Adds and draws the next page.</summary>
    public void Render(LaidOutPage page)
    {
        Close();
        var pdfPage = document.AddPage();
        pdfPage.Width = XUnit.FromPoint(page.Width);
        pdfPage.Height = XUnit.FromPoint(page.Height);
        var gfx = XGraphics.FromPdfPage(pdfPage);
        (_gfx, _page, _pageHeight) = (gfx, pdfPage, page.Height);
        // PDFsharp opens the page (its q) at the first drawing: before any marked region, which the splice cuts out.
        PdfRendererExtensions.BeginGraphicMode(gfx);
        // And its first saved state adds one more q that stays: taken here, so the regions' own q … Q balance.
        gfx.Restore(gfx.Save());
        RegisterGlyphs(gfx, page);
        foreach (var item in page.Items)
        {
            if (item is TextItem t)
            {
                DrawText(gfx, t);
                continue;
            }
            _run = null;
            // Marked content and text objects must nest: a tag's EMC or BDC comes after the text object is ended.
            if (item is BeginTag or EndTag or ImageItem) PdfRendererExtensions.BeginGraphicMode(gfx);
            switch (item)
            {
                case RuleItem r:
                    gfx.DrawLine(Pen(r.Colour, r.Thickness), r.X1, r.Y1, r.X2, r.Y2);
                    break;
                case BoxItem b:
                    gfx.DrawRectangle(Brush(b.Colour), b.X, b.Y, b.Width, b.Height);
                    break;
                case ImageItem image:
                    DrawImage(gfx, image);
                    break;
                case BeginTag tag:
                    Begin(tag, gfx, page.Number);
                    break;
                case EndTag:
                    _structure.End();
                    // PDFsharp reopens text mode after the EMC of a sequence it began in text mode: closed at once
                    // (the splice drops the empty text object).
                    PdfRendererExtensions.BeginGraphicMode(gfx);
                    break;
            }
        }
    }

    /// <summary>Each face's characters on the page, drawn once in an artifact between markers: PDFsharp then embeds
    /// their glyphs (with their Unicode values) and lists the font in the page's resources under a name the splice
    /// reads back. The region is cut out of the page.</summary>
    private void RegisterGlyphs(XGraphics gfx, LaidOutPage page)
    {
        foreach (var item in page.Items)
            if (item is TextItem t) _pageRunes.Add(t);
        foreach (var (face, size, chars) in _pageRunes.Take())
        {
            gfx.WriteComment($"briefing-font {face}");
            _structure.BeginArtifact();
            var state = gfx.Save();
            gfx.DrawString(chars, Font(face, size), XBrushes.Black, 0, 0);
            gfx.Restore(state);
            _structure.End();
            gfx.WriteComment("briefing-end");
        }
    }

    /// <summary>Adds text to the current run. A new run first lets PDFsharp open the element's marked content and
    /// set the run's colour (an empty rectangle in that colour between markers; the splice drops the rectangle and
    /// keeps the rest) and begin a text object, in which the splice puts the run's operators, as if PDFsharp had drawn
    /// the text itself: its idea of the colour and of text mode stays true.</summary>
    private void DrawText(XGraphics gfx, TextItem t)
    {
        if (t.Text.Length == 0) return; // nothing to draw: no run, no marked content
        if (_run is null)
        {
            _run = [];
            gfx.WriteComment($"briefing-text {_runs.Count}");
            _runs.Add(_run);
            gfx.DrawRectangle(Brush(t.Colour), 0, 0, 0, 0);
            PdfRendererExtensions.BeginTextMode(gfx);
            gfx.WriteComment("briefing-end");
        }
        _run.Add(t);
    }

    /// <summary>A picture in a Figure element of its own with its alt text and bounding box (an artifact when it has
    /// no alt text), turned as its Exif orientation says. The same picture drawn twice is one image object.</summary>
    private void DrawImage(XGraphics gfx, ImageItem item)
    {
        if (!_images.TryGetValue(item.Image, out var image))
        {
            try { image = XImage.FromStream(new MemoryStream(item.Image.Bytes, writable: false)); }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException or NotSupportedException or IOException)
            {
                // The reader checks what PDFsharp reads; should a picture still fail, say which.
                throw new InvalidOperationException($"picture {item.Origin} could not be placed: {e.Message}", e);
            }
            _images[item.Image] = image;
        }
        var box = new XRect(item.X, item.Y, item.Width, item.Height);
        if (item.Alt.Length > 0)
            _structure.BeginElement(PdfIllustrationElementTag.Figure, item.Alt, gfx.Transformer.WorldToDefaultPage(box));
        else
            _structure.BeginArtifact();
        var state = gfx.Save();
        // Exif orientation: turn about the box's centre; a quarter turn draws the stored picture with its sides swapped.
        var angle = item.Image.Orientation switch { 3 => 180.0, 6 => 90.0, 8 => 270.0, _ => 0.0 };
        var (w, h) = item.Image.QuarterTurned ? (item.Height, item.Width) : (item.Width, item.Height);
        if (angle != 0) gfx.RotateAtTransform(angle, new XPoint(box.X + box.Width / 2, box.Y + box.Height / 2));
        gfx.DrawImage(image, box.X + (box.Width - w) / 2, box.Y + (box.Height - h) / 2, w, h);
        gfx.Restore(state);
        _structure.End();
        PdfRendererExtensions.BeginGraphicMode(gfx);
    }

    /// <summary>Ends the last page's marked content, releases its graphics and puts its text in place.</summary>
    public void Close()
    {
        if (_gfx is null) return;
        // Before the page's graphics go: tagged PDF writes the closing EMC through them, after the last text object.
        PdfRendererExtensions.BeginGraphicMode(_gfx);
        _structure.EndMarkedContentsWithId();
        _gfx.Dispose();
        _gfx = null;
        _run = null;
        var contents = _page!.Contents;
        for (var i = 0; i < contents.Elements.Count; i++)
        {
            if (contents.Elements.GetDictionary(i) is not { Stream: { } stream }) continue;
            stream.Value = TextSplice.Apply(stream.Value, (pdf, run, fontName) => _text.Write(pdf, _runs[run], _pageHeight, fontName));
        }
        _runs.Clear();
    }

    private void Begin(BeginTag tag, XGraphics gfx, int pageNumber)
    {
        switch (tag.Tag)
        {
            case StructureTag.Artifact: _structure.BeginArtifact(); break;
            case StructureTag.Section:
                _structure.BeginElement(PdfGroupingElementTag.Section);
                if (tag.Language is { } language) _structure.SetLanguage(language);
                break;
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
            case StructureTag.StruckText:
                _structure.BeginElement(PdfInlineLevelElementTag.Span);
                _structure.CurrentStructureElement.Elements["/A"] = LineThrough();
                break;
            default: _structure.BeginElement(PdfInlineLevelElementTag.Span); break;
        }
    }

    /// <summary>The layout attributes of struck-through text (ISO 32000-1, 14.8.5.4.5).</summary>
    private static PdfDictionary LineThrough()
    {
        var attributes = new PdfDictionary();
        attributes.Elements.SetName("/O", "/Layout");
        attributes.Elements.SetName("/TextDecorationType", "/LineThrough");
        return attributes;
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
        font = FontFileResolver.Font(fonts[face], size);
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
