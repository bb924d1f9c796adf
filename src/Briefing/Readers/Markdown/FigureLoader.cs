using Briefing.Model;
using Briefing.Readers.Images;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Block = Briefing.Model.Block;
using Inline = Briefing.Model.Inline;

namespace Briefing.Readers.Markdown;

/// <summary>
/// Makes figures of a paragraph of pictures and nothing else (pandoc's convention for one: its title, else its alt
/// text, is the caption). The file must sit in the source's folder, be a PNG or JPEG the PDF stage can place,
/// and is read once however often it is used. What it refuses, it remembers, for the warning.
/// </summary>
internal sealed class FigureLoader(string sourcePath)
{
    /// <summary>The largest picture file read.</summary>
    public const long MaxBytes = 20L * 1000 * 1000;

    private readonly string _folder = ImageReferences.Folder(sourcePath);
    private readonly Dictionary<string, (ImageData? Data, string? Error)> _files = new(StringComparer.Ordinal);
    private readonly HashSet<LinkInline> _placed = [];
    private readonly Dictionary<LinkInline, string> _failures = [];

    /// <summary>Whether this picture became a figure.</summary>
    public bool Placed(LinkInline image) => _placed.Contains(image);

    /// <summary>Why this picture, in a paragraph of pictures only, was not placed; null if it was not tried.</summary>
    public string? Failure(LinkInline image) => _failures.GetValueOrDefault(image);

    /// <summary>
    /// The blocks a paragraph of pictures only stands for: a figure per picture that can be placed, and for one that
    /// cannot, its alt text as a paragraph of its own (as inside a line of text). Null when the paragraph has text,
    /// or none of its pictures can be placed (it is then an ordinary paragraph).
    /// </summary>
    public List<Block>? Figures(ParagraphBlock paragraph, Func<string> nextId, Func<IReadOnlyList<Inline>, int, Paragraph> altParagraph)
    {
        if (Pictures(paragraph) is not { } pictures) return null;
        var loaded = pictures.Select(p => (Picture: p, Data: Load(p))).ToList();
        if (loaded.All(l => l.Data is null)) return null;
        var blocks = new List<Block>();
        foreach (var (image, data) in loaded)
        {
            var altInlines = InlineConverter.Convert(image);
            if (data is null)
            {
                if (altInlines.Count > 0) blocks.Add(altParagraph([new Emphasis(altInlines)], image.Line + 1));
                continue;
            }
            _placed.Add(image);
            var alt = Inlines.PlainText(altInlines).Trim();
            var title = image.Title?.Trim();
            var caption = string.IsNullOrEmpty(title) ? alt : title;
            blocks.Add(new Figure(nextId(), data, alt, caption.Length == 0 ? [] : Inlines.Text(caption), image.Url!, image.Line + 1));
        }
        return blocks;
    }

    /// <summary>The picture's data, or null with the reason kept for its warning (none for a refused reference:
    /// the warning works that out itself).</summary>
    private ImageData? Load(LinkInline image)
    {
        if (ImageReferences.Refusal(image.Url, _folder, out var full) is not null) return null;
        if (!_files.TryGetValue(full, out var file))
        {
            var error = Read(full, out var data);
            _files[full] = file = (data, error);
        }
        if (file.Error is { } reason) _failures[image] = reason;
        return file.Data;
    }

    private string? Read(string full, out ImageData? data)
    {
        data = null;
        try
        {
            var info = new FileInfo(full);
            if (!info.Exists) return Directory.Exists(full) ? "it names a folder" : "no such file";
            // Links — of the file or of a folder on its way — may point anywhere: where the bytes are must be inside.
            if (RealPath.Of(full) is not { } real || !RealPath.IsInside(real, _folder)) return "a link to a file outside the source's folder";
            // A pipe, a device or a /proc file has no size: never opened (a pipe would wait for ever, /dev/zero never end).
            var length = new FileInfo(real).Length;
            if (length == 0) return "an empty file, or not a regular file";
            if (length > MaxBytes) return $"the file is {length:N0} bytes, over the {MaxBytes:N0}-byte limit for a picture";
            data = ImageHeader.Read(ReadAtMost(real, length), out var reason);
            return reason;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "it cannot be read: " + e.Message;
        }
    }

    /// <summary>The file's bytes, no more than it said it had (it may have grown since).</summary>
    private static byte[] ReadAtMost(string path, long length)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var bytes = new byte[length];
        var read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        return read == bytes.Length ? bytes : bytes[..read];
    }

    /// <summary>The paragraph's pictures, when nothing but white space and line breaks is beside them.</summary>
    private static List<LinkInline>? Pictures(ParagraphBlock paragraph)
    {
        var pictures = new List<LinkInline>();
        for (var inline = paragraph.Inline?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LinkInline { IsImage: true } l: pictures.Add(l); break;
                case LiteralInline lit when lit.Content.IsEmptyOrWhitespace(): break;
                case LineBreakInline: break;
                default: return null;
            }
        }
        return pictures.Count > 0 ? pictures : null;
    }
}
