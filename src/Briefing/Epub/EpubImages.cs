using System.Globalization;
using Briefing.Model;

namespace Briefing.Epub;

/// <summary>The pictures the content documents show: each stored once (a file used twice is one image), named in
/// the order they are first shown.</summary>
internal sealed class EpubImages
{
    private readonly Dictionary<ImageData, string> _hrefs = new(ReferenceEqualityComparer.Instance);

    /// <summary>Each picture's href (relative to the package folder, as the content documents are) with its bytes.</summary>
    public List<(string Href, ImageData Image)> Files { get; } = [];

    /// <summary>The href under which a picture is stored.</summary>
    public string Href(ImageData image)
    {
        if (_hrefs.TryGetValue(image, out var href)) return href;
        href = "images/figure-" + (Files.Count + 1).ToString(CultureInfo.InvariantCulture) + "." + image.Extension;
        _hrefs[image] = href;
        Files.Add((href, image));
        return href;
    }
}
