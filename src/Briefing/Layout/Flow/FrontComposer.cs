using Briefing.Layout.Fonts;
using Briefing.Layout.Text;
using Briefing.Model;

namespace Briefing.Layout.Flow;

/// <summary>
/// The front matter's vertical list: without a cover, a title block; the lede when the cover had no room for it;
/// then the contents — chapters, their sections and the appendix, each entry a link with dot leaders and a
/// right-aligned page number.
/// </summary>
internal sealed partial class FrontComposer(LayoutContext ctx)
{
    /// <summary>The tightest contents: its line spacing and the gaps between chapters at this share of the style's.
    /// The briefing style's 10.5 pt type on 14.6 pt leading may go to 12 pt: short lines read well that close.</summary>
    public const double TightestContents = 0.82;

    /// <summary>The heading of the contents.</summary>

    private readonly Dictionary<(string Anchor, int Level, double Width), List<SetLine>> _entryLines = [];

    /// <summary>The heading of the lede when it is set apart from the title.</summary>

    /// <summary>The front matter; <paramref name="pageOf"/> gives the printed page of a heading id;
    /// <paramref name="contentsSpacing"/> scales the contents' line spacing (1 = the style's).</summary>
    public FrontFlow Compose(Document document, bool titleBlock, bool lede, Func<string, int> pageOf, double contentsSpacing = 1)
    {
        var flow = new FlowBuilder();
        var blocks = new BlockComposer(ctx, flow);
        if (titleBlock) TitleBlock(flow, blocks, document.Metadata);
        if (lede && document.Lede.Count > 0)
        {
            flow.Space(ctx.Style.Spacing.BeforeSection * 1.5);
            flow.Begin(StructureTag.Section);
            var style = new TextStyle(Family.Heading, true, false, ctx.Style.Sizes.Section, ctx.Heading);
            blocks.HeadingLines(Inlines.Text(ctx.Words.Summary), style, StructureTag.Heading2, null, 0, ctx.FrameWidth, style.Size * 1.25);
            flow.Space(ctx.Style.Spacing.AfterSection);
            blocks.Blocks(document.Lede, 0, ctx.FrameWidth);
            flow.End();
        }
        var contentsStart = -1;
        if (document.Chapters.Count > 0 || document.Faq is not null)
        {
            contentsStart = flow.Items.Count;
            Contents(flow, blocks, document, pageOf, newPage: titleBlock || lede, contentsSpacing);
        }
        flow.Finish();
        return new FrontFlow(flow.Items, contentsStart);
    }

    private void TitleBlock(FlowBuilder flow, BlockComposer blocks, Metadata meta)
    {
        var sizes = ctx.Style.Sizes;
        flow.Begin(StructureTag.Section);
        var kind = new TextStyle(Family.Heading, true, false, sizes.Small + 1, ctx.Accent);
        Plain(flow, ctx.Words.Briefing.ToUpperInvariant(), kind, StructureTag.Paragraph, sizes.Small * 2);
        flow.Space(6);
        var title = new TextStyle(Family.Heading, true, false, sizes.Title, ctx.Heading);
        blocks.HeadingLines(Inlines.Text(meta.Title), title, StructureTag.Heading1, null, 0, ctx.FrameWidth, sizes.Title * 1.15);
        if (meta.Subtitle is { Length: > 0 } subtitle)
        {
            flow.Space(6);
            var sub = new TextStyle(Family.Heading, false, false, sizes.Subtitle, ctx.Muted);
            Plain(flow, subtitle, sub, StructureTag.Paragraph, sizes.Subtitle * 1.3);
        }
        if (CoverComposer.MetaLine(meta) is { } line)
        {
            flow.Space(10);
            Plain(flow, line, new TextStyle(Family.Heading, false, false, sizes.Small + 1, ctx.Muted), StructureTag.Paragraph, (sizes.Small + 1) * 1.4);
        }
        flow.End();
    }

    private void Plain(FlowBuilder flow, string text, TextStyle style, StructureTag tag, double leading)
    {
        var lines = ParagraphSetter.Set(ctx, [new Span(text, style, null, tag, Hyphenate: false)], new ParagraphShape(ctx.FrameWidth, Justify: false));
        flow.Lines(lines, 0, leading, int.MaxValue);
    }

    private void Contents(FlowBuilder flow, BlockComposer blocks, Document document, Func<string, int> pageOf, bool newPage,
        double spacing)
    {
        var sizes = ctx.Style.Sizes;
        if (newPage) flow.PageBreak();
        flow.Begin(StructureTag.Section);
        flow.Chapter(ctx.Words.Contents);
        var style = new TextStyle(Family.Heading, true, false, sizes.Chapter, ctx.Heading);
        var lines = blocks.HeadingLines(Inlines.Text(ctx.Words.Contents), style, StructureTag.Heading1, null, 0, ctx.FrameWidth, sizes.Chapter * 1.22);
        if (lines.Count > 0)
        {
            var last = lines[^1];
            var y = last.Height - last.Baseline + 5;
            last.Items.AddRange(Place.Artifact(new RuleItem(0, y, 36, y, 2.4, ctx.Accent)));
        }
        flow.Space(ctx.Style.Spacing.AfterChapter);
        flow.Begin(StructureTag.TableOfContents);
        var numbered = ctx.Style.Chapters.Numbered || ctx.Style.NumberSections;
        var firstEntry = true;
        foreach (var (chapter, n) in document.ReadingOrder())
        {
            if (chapter is null)
            {
                var faq = document.Faq!;
                Entry(flow, document.FaqHeading(ctx.Words)!.Content, faq.Heading.Id, null, 1, pageOf, !firstEntry, spacing);
                // A page that is all questions would list one line; its questions are its contents.
                if (!document.FaqIsAppendix)
                    foreach (var entry in faq.Entries)
                        Entry(flow, entry.Question.Content, entry.Question.Id, null, 2, pageOf, false, spacing);
                firstEntry = false;
                continue;
            }
            Entry(flow, chapter.Heading.Content, chapter.Heading.Id, numbered && n > 0 ? $"{n}" : null, 1, pageOf, !firstEntry, spacing);
            firstEntry = false;
            for (var s = 0; s < chapter.Sections.Count; s++)
            {
                var section = chapter.Sections[s];
                Entry(flow, section.Heading.Content, section.Heading.Id, ctx.Style.NumberSections && n > 0 ? $"{n}.{s + 1}" : null, 2, pageOf, false, spacing);
            }
        }
        flow.End();
        flow.End();
    }

    /// <summary>Fewest leader dots an entry's last line leaves room for.</summary>
    private const int MinLeaders = 3;

    /// <summary>A title's own number or letter ("2. ", "IV. ", "b) ") when the style does not number it.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[0-9]{1,3}|[IVXLCDM]{1,6}|[A-Za-z])[.)]\s+")]
    private static partial System.Text.RegularExpressions.Regex Enumerator();

    /// <summary>One contents entry as an unbreakable flow line: TOCI › Link › title, leaders (artifact) and page number.</summary>
    private void Entry(FlowBuilder flow, IReadOnlyList<Inline> title, string anchor, string? number, int level,
        Func<string, int> pageOf, bool spaceBefore, double spacing)
    {
        var sizes = ctx.Style.Sizes;
        var width = ctx.FrameWidth;
        var style = level == 1
            ? new TextStyle(Family.Heading, true, false, sizes.Body + 0.5, ctx.Heading)
            : ctx.BodyStyle;
        var leading = ctx.Leading * spacing;
        var indent = level == 1 ? 0 : 16.0;
        var page = pageOf(anchor).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var pageWidth = ctx.Measure(page, style);
        var numberColumn = Math.Max(ctx.Measure("0000", ctx.BodyStyle), pageWidth);
        var textWidth = width - indent - numberColumn - 14;
        // The front matter is set several times (until its page numbers hold; closer when that saves a page): an
        // entry's lines depend only on its title and measure, so they are set once.
        var dots = ctx.BodyStyle with { Colour = ctx.Muted };
        var cell = ctx.Measure(". ", dots);
        if (!_entryLines.TryGetValue((anchor, level, textWidth), out var set))
        {
            var spans = new List<Span>();
            var hang = 0.0;
            if (number is not null)
            {
                var n = number + "\u00A0\u00A0";
                spans.Add(new Span(n, style, null, null, Hyphenate: false));
                hang = ctx.Measure(n, style);
            }
            else if (Enumerator().Match(Inlines.PlainText(title, notes: false)) is { Success: true } m)
                hang = ctx.Measure(m.Value, style);   // "2. In a series …": the wrapped line hangs under the text
            spans.AddRange(InlineFlattener.Flatten(Inlines.WithoutNotes(title), style, null, ctx.Link, BlockComposer.CodeScale, live: ctx.IsLive)
                .Select(s => s with { Link = null, Group = null, Hyphenate = false, Style = s.Style with { Colour = style.Colour } }));
            set = ParagraphSetter.Set(ctx, spans, new ParagraphShape(textWidth, 0, hang, Justify: false));
            // A last line that leaves no room for leaders is set narrower, so every entry leads to its number.
            if (set.Count > 0 && textWidth - set[^1].Width < MinLeaders * cell)
                set = ParagraphSetter.Set(ctx, spans, new ParagraphShape(textWidth - MinLeaders * cell, 0, hang, Justify: false));
            _entryLines[(anchor, level, textWidth)] = set;
        }
        if (set.Count == 0) return;

        var face = ctx.Fonts[ctx.FaceOf(style)];
        var ascent = face.Ascender * style.Size;
        var descent = face.Descender * style.Size;
        var baseline = FlowBuilder.HalfLeading(leading, ascent, descent);
        var height = set.Count * leading;
        var items = new List<PageItem>
        {
            new BeginTag(StructureTag.TableOfContentsItem),
            new BeginTag(StructureTag.Link, new LinkArea(indent, -baseline, width - indent, height, anchor, null,
                $"{Inlines.PlainText(title, notes: false)}, {ctx.Words.Page} {page}")),
        };
        for (var k = 0; k < set.Count; k++)
            foreach (var item in set[k].Items)
                items.Add(Place.Shift(item, indent, k * leading));

        // Leaders: dots on a grid anchored at the right, so every entry's dots line up; a title's own full stop
        // stands a cell further off, so it does not read as the first dot.
        var lastY = (set.Count - 1) * leading;
        var endsInStop = Inlines.PlainText(title, notes: false).TrimEnd().EndsWith('.');
        var from = indent + set[^1].Width + cell * (endsInStop ? 2 : 1);
        var to = width - numberColumn - cell * 0.5;
        var count = cell > 0 ? (int)Math.Floor((to - from) / cell) : 0;
        if (count >= 2)
        {
            var text = string.Join(" ", Enumerable.Repeat(".", count));
            var w = ctx.Measure(text, dots);
            items.AddRange(Place.Artifact(new TextItem(text, ctx.FaceOf(dots), dots.Size, dots.Colour, to - w, lastY, w)));
        }
        foreach (var run in ctx.Fonts.Runs(page, ctx.FaceOf(style), style.Size))
            items.Add(run.Item(style.Size, style.Colour, width - pageWidth, lastY));
        items.Add(EndTag.Instance);
        items.Add(EndTag.Instance);

        if (spaceBefore) flow.Space(level == 1 ? 7 * spacing : 0);
        var line = flow.Line(height, baseline, items);
        line.KeepWithPrevious |= level > 1;
    }
}

/// <summary>The front matter's vertical list; <see cref="ContentsStart"/> is the index of the contents' first item
/// (−1 without contents).</summary>
internal sealed record FrontFlow(List<FlowItem> Items, int ContentsStart);
