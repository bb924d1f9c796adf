using System.Xml.Linq;
using static Briefing.Epub.EpubXml;

namespace Briefing.Epub;

/// <summary>
/// A list item whose source set a symbol in place of its bullet ("✅ Fast", "❌ No colour"): the symbol stands where the
/// bullet would, as in print. It is text, not decoration: in a list that mixes ✅ and ❌ it says which is which, so it
/// is read out with the words.
/// </summary>
internal static class ListMarker
{
    /// <summary>Marks a filled <c>li</c> and sets its symbol before the first words.</summary>
    public static void Mark(XElement item, string marker)
    {
        item.SetAttributeValue("class", "marked");
        var symbol = new XElement(H("span"), new XAttribute("class", "list-marker"), marker);
        if (item.FirstNode is XElement { Name.LocalName: "p" } first) first.AddFirst(symbol, " ");
        else item.AddFirst(symbol);
    }
}
