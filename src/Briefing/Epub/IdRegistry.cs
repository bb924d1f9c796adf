using System.Xml;
using System.Xml.Linq;

namespace Briefing.Epub;

/// <summary>Where a model anchor (heading or paragraph id) ended up: file, XHTML id and element.</summary>
internal sealed record AnchorTarget(string File, string Id, XElement Element)
{
    /// <summary>The href to this anchor from a document named <paramref name="fromFile"/>.</summary>
    public string HrefFrom(string fromFile) => fromFile == File ? "#" + Id : File + "#" + Id;

    /// <summary>The href from the package folder (nav, NCX).</summary>
    public string Href => File + "#" + Id;
}

/// <summary>
/// Hands out XHTML ids, unique across the whole publication (so every id is also unique per document), and remembers
/// where each model id lives so in-text '#anchor' links, the toc and the page-list can point to it.
/// A model id keeps its own spelling when it is a valid, unused XML name; otherwise it gets a close unique substitute.
/// </summary>
internal sealed class IdRegistry
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AnchorTarget> _byModelId = new(StringComparer.Ordinal);
    private readonly List<(string ModelId, AnchorTarget Target)> _anchors = [];

    /// <summary>Model anchors in the order they were registered, which is reading order. First occurrence of each id only.</summary>
    public IReadOnlyList<(string ModelId, AnchorTarget Target)> AnchorsInReadingOrder => _anchors;

    /// <summary>Gives <paramref name="element"/> the id for a model anchor; no id when the model has none. Returns the id set, or null.</summary>
    public string? Anchor(string? modelId, XElement element, string file)
    {
        if (string.IsNullOrEmpty(modelId)) return null;
        var id = Take(IsUsableId(modelId) ? modelId : "anchor");
        element.SetAttributeValue("id", id);
        if (!_byModelId.ContainsKey(modelId))
        {
            var target = new AnchorTarget(file, id, element);
            _byModelId.Add(modelId, target);
            _anchors.Add((modelId, target));
        }
        return id;
    }

    /// <summary>Gives <paramref name="element"/> a fresh id based on <paramref name="baseId"/> (a valid XML name).</summary>
    public string Generated(string baseId, XElement element)
    {
        var id = Take(baseId);
        element.SetAttributeValue("id", id);
        return id;
    }

    /// <summary>Where a model id was placed.</summary>
    public bool TryResolve(string modelId, out AnchorTarget target) => _byModelId.TryGetValue(modelId, out target!);

    private string Take(string baseId)
    {
        var id = baseId;
        for (var n = 2; !_used.Add(id); n++) id = $"{baseId}-{n}";
        return id;
    }

    // An XML NCName: valid as an HTML id, as an XPointer-free fragment, and in the NCX (xsd:ID) should it ever be needed.
    private static bool IsUsableId(string id)
    {
        if (id.Length > 200 || !XmlConvert.IsStartNCNameChar(id[0])) return false;
        foreach (var c in id)
            if (!XmlConvert.IsNCNameChar(c)) return false;
        return true;
    }
}
