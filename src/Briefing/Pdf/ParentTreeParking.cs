using PdfSharp.Pdf;

namespace Briefing.Pdf;

/// <summary>
/// Keeps PDFsharp's structure parent tree short while pages are drawn. PDFsharp 6.2.4 scans the whole
/// /ParentTree /Nums array (three times) for every marked-content sequence it opens, looking for the current page's
/// entry, so drawing cost grows with the number of pages and links already drawn: quadratic, and most of the time
/// of a 1,000-page PDF. Entries of finished pages and of links never change again (drawing is forward-only), so
/// before each page they are moved aside, and put back in front, in their order, before the file is saved: the
/// array ends up exactly as PDFsharp would have built it.
/// </summary>
internal sealed class ParentTreeParking(PdfDocument document)
{
    private readonly List<PdfItem> _parked = [];

    /// <summary>Moves the entries built so far out of the array (call before drawing each page).</summary>
    public void Park()
    {
        if (Nums() is not { } nums) return;
        for (var i = 0; i < nums.Elements.Count; i++) _parked.Add(nums.Elements[i]);
        nums.Elements.Clear();
    }

    /// <summary>Puts every parked entry back in front of the current ones (call once drawing is done).</summary>
    public void Restore()
    {
        if (_parked.Count == 0) return;
        var nums = Nums() ?? throw new InvalidOperationException("The structure parent tree lost its /Nums array.");
        var current = new List<PdfItem>(nums.Elements.Count);
        for (var i = 0; i < nums.Elements.Count; i++) current.Add(nums.Elements[i]);
        nums.Elements.Clear();
        foreach (var item in _parked) nums.Elements.Add(item);
        foreach (var item in current) nums.Elements.Add(item);
        _parked.Clear();
    }

    private PdfArray? Nums() =>
        document.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot")?
            .Elements.GetDictionary("/ParentTree")?
            .Elements.GetArray("/Nums");
}
