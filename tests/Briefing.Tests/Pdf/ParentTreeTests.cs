using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;
using Xunit;

namespace Briefing.Tests.Pdf;

/// <summary>The structure parent tree, which the writer keeps short while drawing and reassembles before saving
/// (Pdf/ParentTreeParking): every key from 0 up, in order, each page's entry listing one structure element per
/// marked-content id on that page, each link annotation's entry naming its Link element.</summary>
[Collection("pdf")]
public sealed partial class ParentTreeTests
{
    [Fact]
    public void Parent_tree_has_every_key_in_order_and_matches_pages_and_links()
    {
        using var document = PdfReader.Open(new MemoryStream(PdfFixture.A4.Bytes), PdfDocumentOpenMode.Import);
        var root = document.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot")!;
        var nums = root.Elements.GetDictionary("/ParentTree")!.Elements.GetArray("/Nums")!;
        Assert.Equal(0, nums.Elements.Count % 2);
        var entries = nums.Elements.Count / 2;
        Assert.Equal(root.Elements.GetInteger("/ParentTreeNextKey"), entries);
        for (var i = 0; i < entries; i++) Assert.Equal(i, nums.Elements.GetInteger(2 * i));

        var links = 0;
        Assert.True(document.PageCount > 5, "the fixture should span several pages");
        foreach (var page in document.Pages)
        {
            var key = page.Elements.GetInteger("/StructParents");
            var parents = nums.Elements.GetArray(2 * key + 1);
            Assert.NotNull(parents);
            var content = page.Contents.CreateSingleContent().Stream.UnfilteredValue;
            var ids = McidPattern().Matches(System.Text.Encoding.Latin1.GetString(content))
                .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(Enumerable.Range(0, ids.Count), ids);
            Assert.Equal(ids.Count, parents.Elements.Count);
            for (var i = 0; i < parents.Elements.Count; i++)
                Assert.False(string.IsNullOrEmpty(parents.Elements.GetDictionary(i)?.Elements.GetName("/S")), $"page entry {i} is not a structure element");

            for (var a = 0; a < page.Annotations.Count; a++)
            {
                var annotation = page.Annotations[a];
                var element = nums.Elements.GetDictionary(2 * annotation.Elements.GetInteger("/StructParent") + 1)!;
                Assert.Equal("/Link", element.Elements.GetName("/S"));
                var kids = element.Elements.GetArray("/K")!;
                Assert.Contains(Enumerable.Range(0, kids.Elements.Count),
                    k => kids.Elements.GetDictionary(k)?.Elements.GetReference("/Obj")?.ObjectNumber == annotation.Internals.ObjectNumber);
                links++;
            }
        }
        Assert.True(links > 10, "the fixture's contents page should carry links");
    }

    [GeneratedRegex(@"/MCID\s+(\d+)")]
    private static partial Regex McidPattern();
}
