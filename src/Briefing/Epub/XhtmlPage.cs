using System.Xml.Linq;
using static Briefing.Epub.EpubXml;

namespace Briefing.Epub;

/// <summary>The skeleton every XHTML content document shares: doctype, html with both lang attributes, head, body.</summary>
internal static class XhtmlPage
{
    /// <summary>The stylesheet's href from a content document (all documents sit in the package folder).</summary>
    public const string StylesheetHref = "css/briefing.css";

    /// <summary>A new page; returns the document and its body.</summary>
    public static (XDocument Document, XElement Body) Create(string title, string language, string? bodyType)
    {
        var body = new XElement(H("body"));
        if (bodyType is not null) body.SetAttributeValue(EpubType, bodyType);
        var html = new XElement(H("html"),
            new XAttribute(XNamespace.Xmlns + "epub", Ops.NamespaceName),
            new XElement(H("head"),
                new XElement(H("meta"), new XAttribute("charset", "utf-8")),
                new XElement(H("title"), title),
                new XElement(H("link"), new XAttribute("rel", "stylesheet"), new XAttribute("type", "text/css"),
                    new XAttribute("href", StylesheetHref))),
            body);
        SetLanguage(html, language);
        return (new XDocument(new XDocumentType("html", null, null, null), html), body);
    }
}

/// <summary>
/// The few words the writer adds itself (headings of the nav, link texts), in the document's language when we have
/// words for it (<see cref="Model.Wording"/>); otherwise English, marked lang="en" so speech synthesis pronounces them right.
/// </summary>
internal sealed class UiText(string documentLanguage)
{
    /// <summary>The words to use.</summary>
    public Model.Wording Words { get; } = Model.Wording.For(documentLanguage);

    private bool Foreign => !Words.Speaks(documentLanguage);

    /// <summary>An element holding generated text, language-marked when it is English in another language's document.</summary>
    public XElement Element(string name, string text, params object[] more)
    {
        var e = new XElement(H(name), more, text);
        if (Foreign) SetLanguage(e, "en");
        return e;
    }

    /// <summary>Marks an element whose text is generated (English in another language's document).</summary>
    public XElement Mark(XElement e)
    {
        if (Foreign) SetLanguage(e, "en");
        return e;
    }
}
