using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace Briefing.Tests.Epub;

/// <summary>An EPUB read back with nothing but System.IO.Compression and XDocument: what the tests inspect.</summary>
internal sealed class EpubPackage
{
    public static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    public static readonly XNamespace X = "http://www.w3.org/1999/xhtml";
    public static readonly XNamespace Ops = "http://www.idpf.org/2007/ops";
    public static readonly XNamespace Ncx = "http://www.daisy.org/z3986/2005/ncx/";

    public byte[] Bytes { get; }
    /// <summary>Entry names in zip order.</summary>
    public IReadOnlyList<string> EntryNames { get; }
    /// <summary>Entry contents by name.</summary>
    public IReadOnlyDictionary<string, byte[]> Entries { get; }
    public string OpfPath { get; }
    public XDocument Opf_ { get; }
    /// <summary>Folder of the OPF with trailing '/', or "".</summary>
    public string Base { get; }

    public EpubPackage(byte[] bytes)
    {
        Bytes = bytes;
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var names = new List<string>();
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var e in zip.Entries)
        {
            names.Add(e.FullName);
            using var s = e.Open();
            using var m = new MemoryStream();
            s.CopyTo(m);
            entries.Add(e.FullName, m.ToArray());
        }
        EntryNames = names;
        Entries = entries;
        var container = Xml("META-INF/container.xml");
        XNamespace c = "urn:oasis:names:tc:opendocument:xmlns:container";
        OpfPath = container.Descendants(c + "rootfile").Single().Attribute("full-path")!.Value;
        Opf_ = Xml(OpfPath);
        Base = OpfPath.Contains('/') ? OpfPath[..(OpfPath.LastIndexOf('/') + 1)] : "";
    }

    public static EpubPackage Write(Briefing.Model.Document document, Briefing.Styles.Style style, Briefing.Epub.EpubOptions options)
    {
        using var output = new MemoryStream();
        Briefing.Epub.EpubWriter.Write(document, style, options, output);
        return new EpubPackage(output.ToArray());
    }

    public XDocument Xml(string entry) => XDocument.Parse(Encoding.UTF8.GetString(Entries[entry]), LoadOptions.SetLineInfo);

    public XElement Metadata => Opf_.Root!.Element(Opf + "metadata")!;

    /// <summary>Manifest items: id → (href relative to OPF, media type, properties).</summary>
    public IReadOnlyDictionary<string, (string Href, string MediaType, string Properties)> Manifest =>
        Opf_.Root!.Element(Opf + "manifest")!.Elements(Opf + "item").ToDictionary(
            i => i.Attribute("id")!.Value,
            i => (i.Attribute("href")!.Value, i.Attribute("media-type")!.Value, i.Attribute("properties")?.Value ?? ""));

    /// <summary>Spine hrefs (relative to the OPF) in order.</summary>
    public IReadOnlyList<string> Spine
    {
        get
        {
            var manifest = Manifest;
            return Opf_.Root!.Element(Opf + "spine")!.Elements(Opf + "itemref").Select(r => manifest[r.Attribute("idref")!.Value].Href).ToList();
        }
    }

    /// <summary>The href of the manifest item with a property.</summary>
    public string HrefWithProperty(string property) => Manifest.Values.Single(v => v.Properties.Split(' ').Contains(property)).Href;

    /// <summary>A document by href relative to the OPF.</summary>
    public XDocument Doc(string href) => Xml(Base + href);

    public XDocument Nav => Doc(HrefWithProperty("nav"));

    public XElement NavOf(string type) =>
        Nav.Descendants(X + "nav").Single(n => (string?)n.Attribute(Ops + "type") == type);

    /// <summary>Every XHTML content document (href relative to OPF → document).</summary>
    public IEnumerable<(string Href, XDocument Doc)> ContentDocuments =>
        Manifest.Values.Where(v => v.MediaType == "application/xhtml+xml").Select(v => (v.Href, Doc(v.Href)));

    /// <summary>Whether "file#frag" (relative to <paramref name="fromHref"/>'s folder, here always the OPF's) names an existing file and, if any, id.</summary>
    public bool Resolves(string href, string fromHref, out string why)
    {
        var hash = href.IndexOf('#');
        var file = hash < 0 ? href : href[..hash];
        var fragment = hash < 0 ? null : Uri.UnescapeDataString(href[(hash + 1)..]);
        var target = file.Length == 0 ? fromHref : file;
        if (!Entries.ContainsKey(Base + target)) { why = $"{href} from {fromHref}: no file {target}"; return false; }
        if (fragment is not null && !Doc(target).Descendants().Any(e => (string?)e.Attribute("id") == fragment))
        {
            why = $"{href} from {fromHref}: no id {fragment}";
            return false;
        }
        why = "";
        return true;
    }
}
