using System.Xml.Linq;
using Briefing.Model;
using static Briefing.Epub.EpubXml;

namespace Briefing.Epub;

/// <summary>An in-document link waiting for its target's file: resolved once every document is built.</summary>
internal sealed record PendingAnchor(string ModelId, LinkRole Role);

/// <summary>Model inlines → XHTML phrasing content. Iterative, so deeply nested emphasis cannot overflow the stack.</summary>
internal static class XhtmlInlines
{
    /// <summary>Deeper inline nesting is flattened (text kept, wrappers dropped): no reader needs 32 nested &lt;em&gt;.</summary>
    public const int MaxDepth = 32;

    /// <summary>Appends the inlines' XHTML to <paramref name="parent"/>.</summary>
    public static void AppendTo(XElement parent, IEnumerable<Inline> inlines)
    {
        var stack = new Stack<(IEnumerator<Inline> It, XElement Target, int Depth, bool InLink)>();
        stack.Push((inlines.GetEnumerator(), parent, 0, parent.Name == H("a")));
        while (stack.Count > 0)
        {
            var (it, target, depth, inLink) = stack.Peek();
            if (!it.MoveNext())
            {
                stack.Pop();
                continue;
            }
            switch (it.Current)
            {
                case TextRun t: target.Add(XmlText.Clean(t.Text)); break;
                case CodeSpan c: target.Add(new XElement(H("code"), XmlText.Clean(c.Text))); break;
                case LineBreak: target.Add(new XElement(H("br"))); break;
                case Emphasis e: Open(H("em"), e.Content); break;
                case Strong s: Open(H("strong"), s.Content); break;
                case Strikethrough del: Open(H("del"), del.Content); break;
                case Subscript sub: Open(H("sub"), sub.Content); break;
                case Superscript sup: Open(H("sup"), sup.Content); break;
                case Link l: OpenLink(l); break;
            }

            void Open(XName name, IReadOnlyList<Inline> content)
            {
                if (depth >= MaxDepth)
                {
                    stack.Push((content.GetEnumerator(), target, depth, inLink));
                    return;
                }
                var element = new XElement(name);
                target.Add(element);
                stack.Push((content.GetEnumerator(), element, depth + 1, inLink));
            }

            void OpenLink(Link link)
            {
                // A link inside a link is invalid HTML; unsafe or unknown schemes are dropped. Either way the text stays.
                var text = Inlines.PlainText(link.Content).Trim();
                var external = inLink ? null : ExternalHref(link.Target);
                var anchor = inLink || external is not null ? null : InternalAnchor(link.Target);
                if (depth >= MaxDepth || (external is null && anchor is null))
                {
                    stack.Push((link.Content.GetEnumerator(), target, depth, inLink));
                    return;
                }
                var a = new XElement(H("a"));
                if (external is not null) a.SetAttributeValue("href", external);
                else a.AddAnnotation(new PendingAnchor(anchor!, link.Role));
                // An address shown as its own text may break anywhere, so it starts where the line has room.
                var shown = text.Length == 0 && external is not null ? link.Target : text;
                if (!shown.Any(char.IsWhiteSpace) && (shown.Contains("://", StringComparison.Ordinal) || shown.StartsWith("www.", StringComparison.OrdinalIgnoreCase)))
                    a.SetAttributeValue("class", "url");
                target.Add(a);
                // A link must say something: an empty external link shows its address.
                if (text.Length == 0 && external is not null) a.Add(XmlText.Clean(link.Target));
                stack.Push((link.Content.GetEnumerator(), a, depth + 1, true));
            }
        }
    }

    /// <summary>The href for an http, https or mailto target, normalised; null for anything else.</summary>
    public static string? ExternalHref(string target)
    {
        var t = XmlText.Clean(target).Trim();
        if (!Uri.TryCreate(t, UriKind.Absolute, out var uri)) return null;
        return uri.Scheme switch
        {
            "http" or "https" when uri.Host.Length > 0 => uri.AbsoluteUri,
            "mailto" when t.Length > "mailto:".Length => uri.AbsoluteUri,
            _ => null,
        };
    }

    private static string? InternalAnchor(string target)
    {
        var t = target.Trim();
        return t.Length > 1 && t[0] == '#' ? Uri.UnescapeDataString(t[1..]) : null;
    }

    /// <summary>Names the links between the text and its notes (before <see cref="ResolveAnchors"/>): a citation is a
    /// note reference, a note's link to where it is cited is a way back; any other link is just a link.</summary>
    public static void MarkNoteLinks(XDocument document, UiText ui)
    {
        foreach (var a in document.Descendants(H("a")))
        {
            switch (a.Annotation<PendingAnchor>()?.Role)
            {
                case LinkRole.NoteReference:
                    a.SetAttributeValue(EpubType, "noteref");
                    a.SetAttributeValue("role", "doc-noteref");
                    break;
                case LinkRole.NoteBack:
                    a.SetAttributeValue("role", "doc-backlink");
                    ui.Mark(a).SetAttributeValue("aria-label", ui.Words.BackToText);
                    break;
            }
        }
    }

    /// <summary>Points every pending in-document link at the file holding its target; links to unknown anchors become plain text.</summary>
    public static void ResolveAnchors(XDocument document, string file, IdRegistry ids)
    {
        foreach (var a in document.Descendants(H("a")).Where(a => a.Annotation<PendingAnchor>() is not null).ToList())
        {
            var pending = a.Annotation<PendingAnchor>()!;
            a.RemoveAnnotations<PendingAnchor>();
            if (ids.TryResolve(pending.ModelId, out var target) && a.Value.Trim().Length > 0)
                a.SetAttributeValue("href", target.HrefFrom(file));
            else
                a.ReplaceWith(a.Nodes());
        }
    }
}
