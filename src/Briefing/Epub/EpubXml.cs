using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Briefing.Epub;

/// <summary>Namespaces, names and serialisation shared by every XML file of the package.</summary>
internal static class EpubXml
{
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    public static readonly XNamespace Ops = "http://www.idpf.org/2007/ops";
    public static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    public static readonly XNamespace Ncx = "http://www.daisy.org/z3986/2005/ncx/";
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    public static readonly XNamespace Container = "urn:oasis:names:tc:opendocument:xmlns:container";

    /// <summary>xml:lang.</summary>
    public static readonly XName XmlLang = XNamespace.Xml + "lang";
    /// <summary>epub:type.</summary>
    public static readonly XName EpubType = Ops + "type";

    /// <summary>An XHTML element name.</summary>
    public static XName H(string local) => Xhtml + local;

    // HTML void elements: written as <br/>; every other empty element gets an explicit end tag, because some
    // reading systems parse XHTML with an HTML parser, where <span/> swallows what follows.
    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
        { "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr" };

    /// <summary>Serialises a document as UTF-8 without BOM, LF line ends.</summary>
    /// <param name="document">The document.</param>
    /// <param name="indent">Indent elements. Never for XHTML content: the indenter would add whitespace inside &lt;pre&gt;.</param>
    public static byte[] ToBytes(XDocument document, bool indent)
    {
        foreach (var e in document.Descendants().ToList())
            if (e.Name.Namespace == Xhtml && e.IsEmpty && !Void.Contains(e.Name.LocalName))
                e.Add("");
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = indent,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, settings)) document.Save(writer);
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>Sets lang and xml:lang (EPUB content documents want both, equal).</summary>
    public static void SetLanguage(XElement element, string language)
    {
        element.SetAttributeValue("lang", language);
        element.SetAttributeValue(XmlLang, language);
    }
}
