using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace Briefing.Tests.Support;

/// <summary>A tagged PDF's structure elements, read with PDFsharp.</summary>
internal static class StructureTree
{
    /// <summary>Every structure element under the catalog's /StructTreeRoot, in document order.</summary>
    public static IEnumerable<PdfDictionary> Elements(PdfDocument pdf) =>
        Elements(pdf.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot")
                 ?? throw new InvalidOperationException("the PDF is not tagged"));

    /// <summary>Every structure element under <paramref name="root"/> (itself left out), in document order.</summary>
    public static IEnumerable<PdfDictionary> Elements(PdfDictionary root)
    {
        var stack = new Stack<PdfDictionary>([root]);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element != root) yield return element;
            foreach (var kid in Kids(element).OfType<PdfDictionary>().Reverse())
                if (kid.Elements.ContainsKey("/S")) stack.Push(kid);
        }
    }

    /// <summary>An element's /K: its kids (elements, marked-content ids as <see cref="PdfInteger"/>, object
    /// references), references resolved.</summary>
    public static IEnumerable<PdfItem> Kids(PdfDictionary element)
    {
        var kids = element.Elements["/K"] is PdfReference r ? r.Value : element.Elements["/K"];
        return kids switch
        {
            PdfArray a => a.Elements.Select(k => (k as PdfReference)?.Value ?? k),
            PdfItem single => [single],
            _ => [],
        };
    }
}
