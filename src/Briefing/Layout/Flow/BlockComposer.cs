using Briefing.Layout.Fonts;
using Briefing.Layout.Text;
using Briefing.Model;

namespace Briefing.Layout.Flow;

/// <summary>
/// Turns model blocks into the vertical list: paragraphs, run-in or stand-alone labels, lists with hanging
/// labels, quotes, code, tables and rules, each tagged for the structure tree. Positions are relative to the
/// text block; <c>x</c> and <c>width</c> give the measure of the current container.
/// </summary>
internal sealed class BlockComposer(LayoutContext ctx, FlowBuilder flow, TextStyle? text = null, double? leading = null, bool? ragged = null)
{
    /// <summary>Running text style of this composer (the body's unless given, e.g. the cover's larger standfirst).</summary>
    private readonly TextStyle _text = text ?? ctx.BodyStyle;
    private readonly double _leading = leading ?? ctx.Leading;
    /// <summary>Set paragraphs ragged-right without hyphenation (the cover's standfirst) instead of the style's way.</summary>
    private readonly bool _ragged = ragged ?? false;

    /// <summary>Nesting beyond this many list levels stops indenting further (1,000-deep lists still fit).</summary>
    private const int MaxIndentLevels = 6;
    /// <summary>Space between list items.</summary>
    private const double ItemGap = 2;
    /// <summary>Inline code is set smaller: monospaced faces look large next to text faces.</summary>
    public const double CodeScale = 0.9;

    private double ParagraphGap => ctx.Style.Spacing.Paragraph;

    /// <summary>Space around blocks set apart from the text (quotes, figures, rules) and between two lists in a row:
    /// more than between paragraphs, so two such blocks in a row read as two (the EPUB's margins are the same).</summary>
    private double BetweenBlocks => ParagraphGap * 2;

    /// <summary>Heading level of labels: one below the heading they sit under (2 straight under a chapter, 3 under a
    /// section or an FAQ question), so the tag tree never skips a level.</summary>
    public int LabelLevel { get; set; } = 3;

    private StructureTag LabelTag => LabelLevel == 2 ? StructureTag.Heading2 : StructureTag.Heading3;

    /// <summary>Work still to do, innermost first: containers push their steps instead of recursing, so a
    /// 1,000-deep list needs no deep call stack.</summary>
    private readonly Stack<Action> _agenda = new();

    /// <summary>Lays out blocks in order.</summary>
    public void Blocks(IReadOnlyList<Block> blocks, double x, double width, int listDepth = 0)
    {
        var mark = _agenda.Count;
        PushBlocks(blocks, x, width, listDepth);
        while (_agenda.Count > mark) _agenda.Pop()();
    }

    private void PushBlocks(IReadOnlyList<Block> blocks, double x, double width, int listDepth)
    {
        for (var i = blocks.Count - 1; i >= 0; i--)
        {
            var block = blocks[i];
            // A list straight after another stands further off than its items do, or the two read as one list.
            var nextList = i > 0 && block is BulletList && blocks[i - 1] is BulletList;
            _agenda.Push(() =>
            {
                if (nextList) flow.Space(BetweenBlocks);
                Block(block, x, width, listDepth);
            });
        }
    }

    /// <summary>Schedules steps to run in the given order, before anything already scheduled.</summary>
    private void Then(params Action[] steps)
    {
        for (var i = steps.Length - 1; i >= 0; i--) _agenda.Push(steps[i]);
    }

    private void Block(Block block, double x, double width, int listDepth)
    {
        switch (block)
        {
            case Paragraph p: Paragraph(p, x, width); break;
            case Label l: Label(l, x, width, listDepth); break;
            case BulletList list: List(list, x, width, listDepth); break;
            case ListItem item: PushBlocks(item.Blocks, x, width, listDepth); break;
            case Quote q: Quote(q, x, width, listDepth); break;
            case CodeBlock c: Code(c, x, width); break;
            case Table t: new TableComposer(ctx, flow).Table(t, x, width); break;
            case Model.Rule: Rule(x, width); break;
            case Figure f: Figure(f, x, width); break;
        }
    }

    /// <summary>A body paragraph, optionally led by run-in spans (a label).</summary>
    public void Paragraph(Paragraph p, double x, double width, List<Span>? runIn = null)
    {
        var spans = runIn ?? [];
        spans.AddRange(InlineFlattener.Flatten(p.Content, _text, StructureTag.Paragraph, ctx.Link, CodeScale, ctx.Style.LinkAddresses, live: ctx.IsLive));
        if (_ragged) spans = spans.Select(s => s with { Hyphenate = false }).ToList();
        var lines = ParagraphSetter.Set(ctx, spans, new ParagraphShape(width, Justify: ctx.Style.Justify && !_ragged));
        if (lines.Count == 0) return;
        flow.Space(ParagraphGap);
        flow.Anchor(p.Id);
        flow.Lines(lines, x, _leading, ctx.KeepLines);
    }

    private void Label(Label label, double x, double width, int listDepth)
    {
        var sizes = ctx.Style.Sizes;
        flow.Space(ctx.Style.Spacing.BeforeLabel);
        flow.Anchor(label.Heading.Id);
        flow.Outline(label.Heading.LabelName, LabelLevel, label.Heading.Id);
        var rest = label.Blocks;
        if (ctx.Style.RunInLabels && rest.Count > 0 && rest[0] is Paragraph first)
        {
            var style = new TextStyle(Family.Heading, true, false, _text.Size, ctx.Heading);
            var runIn = InlineFlattener.Flatten(label.Heading.Content, style, LabelTag, ctx.Link, CodeScale, live: ctx.IsLive)
                .Select(s => s with { Hyphenate = false }).ToList();
            runIn.Add(new Span(" ", style, null, LabelTag));
            Paragraph(first, x, width, runIn);
            rest = rest.Skip(1).ToList();
        }
        else
        {
            var style = new TextStyle(Family.Heading, true, false, sizes.Label, ctx.Heading);
            // The style's small heads drop the run-in colon; a lead-in set apart ("Compare:" before examples) keeps it.
            HeadingLines(ctx.Style.RunInLabels ? label.Heading.Content : label.Heading.StandingContent, style, LabelTag, null, x, width, sizes.Label * 1.3);
            flow.Space(ParagraphGap * 0.6);
        }
        PushBlocks(rest, x, width, listDepth);
    }

    /// <summary>Sets heading text (ragged, never hyphenated, lines kept together) and keeps it with what follows.</summary>
    public List<FlowLine> HeadingLines(IReadOnlyList<Inline> content, TextStyle style, StructureTag tag, string? number,
        double x, double width, double leading)
    {
        var spans = new List<Span>();
        var indent = 0.0;
        if (number is not null)
        {
            // No-break spaces tie the number to the first word; later lines hang under the text.
            var numberText = number + "\u00A0\u00A0";
            spans.Add(new Span(numberText, style with { Colour = ctx.Accent }, null, tag, Hyphenate: false));
            indent = ctx.Measure(numberText, style);
            if (indent > width / 3) indent = 0;
        }
        spans.AddRange(InlineFlattener.Flatten(content, style, tag, ctx.Link, CodeScale, live: ctx.IsLive).Select(s => s with { Hyphenate = false }));
        var lines = ParagraphSetter.Set(ctx, spans, new ParagraphShape(width, 0, indent, Justify: false));
        var added = new List<FlowLine>();
        var start = flow.Mark;
        flow.Lines(lines, x, leading, int.MaxValue);
        for (var i = start; i < flow.Items.Count; i++)
            if (flow.Items[i] is FlowLine l) added.Add(l);
        flow.KeepNext(ctx.KeepLines);
        return added;
    }

    private void List(BulletList list, double x, double width, int listDepth)
    {
        var body = _text;
        var labels = new List<string>(list.Items.Count);
        for (var i = 0; i < list.Items.Count; i++)
        {
            // A task's box (☑ done, ☐ to do) stands for a bullet, or follows a number (a numbered step keeps its
            // number, as GitHub shows it); the symbols fallback font has both boxes.
            var marker = list.Ordered ? $"{list.Start + i}." : listDepth % 2 == 0 ? "\u2022" : "\u2013";
            labels.Add(list.Items[i].Task switch
            {
                true => list.Ordered ? marker + "\u00A0\u2611" : "\u2611",
                false => list.Ordered ? marker + "\u00A0\u2610" : "\u2610",
                // A symbol the source set in place of a bullet ("✅", "👉") stands where the bullet would.
                null => list.Items[i].Marker is { } symbol && !list.Ordered ? symbol : marker,
            });
        }
        // Bullets take the accent colour; numbers and a source's own symbols the text's.
        var bulletStyle = body with { Colour = ctx.Accent };
        TextStyle LabelStyle(int i) => list.Ordered || list.Items[i].Marker is not null ? body : bulletStyle;
        var widest = labels.Count == 0 ? 0 : labels.Select((l, i) => ctx.Measure(l, LabelStyle(i))).Max();
        var gap = body.Size * 0.5;
        var step = Math.Max(ctx.Style.Spacing.ListIndent, widest + gap);
        // Deep lists stop indenting so the measure never collapses; the labels still hang left of the text.
        if (listDepth >= MaxIndentLevels || width - step < ctx.FrameWidth * 0.4) step = 0;
        var textX = x + step;
        var textWidth = width - step;

        var steps = new List<Action> { () => { flow.Space(ParagraphGap); flow.Begin(StructureTag.List); } };
        for (var i = 0; i < list.Items.Count; i++)
        {
            var item = list.Items[i];
            var label = labels[i];
            var labelStyle = LabelStyle(i);
            var first = i == 0;
            var before = 0;
            steps.Add(() =>
            {
                if (!first) flow.Space(list.Loose ? ParagraphGap : ItemGap);
                flow.Begin(StructureTag.ListItem);
                flow.Begin(StructureTag.Label);
                var labelX = textX - gap - ctx.Measure(label, labelStyle);
                foreach (var run in ctx.Fonts.Runs(label, ctx.FaceOf(labelStyle), labelStyle.Size))
                {
                    flow.Prefix(run.Item(labelStyle.Size, labelStyle.Colour, labelX, 0));
                    labelX += run.Width;
                }
                flow.End();
                flow.Begin(StructureTag.ListBody);
                before = flow.Mark;
                // The first block follows the label directly: item spacing, not paragraph spacing.
                flow.TightNext();
            });
            steps.Add(() => PushBlocks(item.Blocks, textX, textWidth, listDepth + 1));
            steps.Add(() =>
            {
                // An item with nothing to set still shows its label.
                var any = false;
                for (var k = before; k < flow.Items.Count && !any; k++) any = flow.Items[k] is FlowLine;
                if (!any) flow.Line(_leading, FlowBuilder.HalfLeading(_leading, 0, 0), []);
                flow.End();
                flow.End();
            });
        }
        steps.Add(() => { flow.End(); flow.Space(ParagraphGap); });
        Then([.. steps]);
    }

    private void Quote(Quote quote, double x, double width, int listDepth)
    {
        // Deeply nested quotes stop indenting so the measure never collapses.
        var indent = width - 32 >= ctx.FrameWidth * 0.5 ? 16.0 : 0;
        var attribution = QuoteAttribution.Of(quote);
        var start = 0;
        Then(
            () =>
            {
                flow.Space(BetweenBlocks);
                flow.Begin(StructureTag.BlockQuote);
                start = flow.Mark;
            },
            () => PushBlocks(attribution is null ? quote.Blocks : quote.Blocks.SkipLast(1).ToList(), x + indent, width - 2 * indent, listDepth),
            () =>
            {
                if (attribution is not null) Attribution(attribution, x + indent, width - 2 * indent);
                flow.End();
                var bar = ctx.Accent.Mix(new Rgb(255, 255, 255), 0.35);
                DecorateLines(start, (line, extra) => new RuleItem(x + 3, -line.Baseline, x + 3, line.Height - line.Baseline + extra, 1.6, bar));
                flow.Space(BetweenBlocks);
            });
    }

    /// <summary>A quote's attribution ("— Alan Kay"), set apart from the quoted words: smaller, ranged right, kept with
    /// the quote's last line.</summary>
    private void Attribution(Paragraph p, double x, double width)
    {
        var style = _text with { Size = Math.Min(_text.Size, ctx.Style.Sizes.Small + 0.5) };
        var spans = InlineFlattener.Flatten(p.Content, style, StructureTag.Paragraph, ctx.Link, CodeScale, ctx.Style.LinkAddresses, live: ctx.IsLive)
            .Select(s => s with { Hyphenate = false }).ToList();
        flow.Space(ParagraphGap);
        flow.Anchor(p.Id);
        AlignedLines(spans, x, width, style.Size * 1.35, 1);
    }

    /// <summary>Sets ragged lines each kept with the one before, placed <paramref name="share"/> of the way across the
    /// room they leave (½ centred, 1 ranged right).</summary>
    private void AlignedLines(List<Span> spans, double x, double width, double leading, double share)
    {
        foreach (var line in ParagraphSetter.Set(ctx, spans, new ParagraphShape(width, Justify: false)))
        {
            var dx = x + Math.Max(0, (width - line.Width) * share);
            flow.Line(leading, FlowBuilder.HalfLeading(leading, line.Ascent, line.Descent),
                line.Items.Select(item => Place.Shift(item, dx, 0)).ToList(), keepWithPrevious: true);
        }
    }

    /// <summary>Adds a decoration (an artifact) to every line added since <paramref name="start"/>; <c>extra</c> is the
    /// space below the line before the block's next line, so bars and backgrounds run on without gaps.</summary>
    private void DecorateLines(int start, Func<FlowLine, double, PageItem> decoration)
    {
        var items = flow.Items;
        for (var i = start; i < items.Count; i++)
        {
            if (items[i] is not FlowLine line) continue;
            double extra = 0;
            var k = i + 1;
            while (k < items.Count && items[k] is FlowSpace s) { extra += s.Height; k++; }
            if (k >= items.Count) extra = 0;
            line.Items.InsertRange(FirstDrawn(line.Items), Place.Artifact(decoration(line, extra)));
        }
    }

    /// <summary>Index before the first drawn item of a line, so decoration sits inside the tags opened before it.</summary>
    private static int FirstDrawn(List<PageItem> items)
    {
        var i = 0;
        while (i < items.Count && items[i] is BeginTag) i++;
        return i;
    }

    private void Code(CodeBlock code, double x, double width)
    {
        var sizes = ctx.Style.Sizes;
        var style = new TextStyle(Family.Mono, false, false, sizes.Code, ctx.Text);
        var leading = Math.Round(sizes.Code * 1.4, 2);
        const double pad = 5;
        var inner = width - 2 * pad;
        var all = new List<SetLine>();
        var source = code.Text.Replace("\r\n", "\n").Replace('\r', '\n').TrimEnd('\n').Split('\n');
        foreach (var raw in source)
        {
            var text = CodeLine(raw);
            // A line too long for the measure goes on under its own indentation and two more columns, so a
            // continuation never reads as a line of its own (LaTeX listings' breaklines does the same).
            var indent = text.Length - text.TrimStart('\u00A0').Length;
            var hang = Math.Min(ctx.Measure(new string('\u00A0', indent + ContinuationColumns), style), inner / 2);
            var lines = text.Trim().Length == 0
                ? [new SetLine([], 0, 0, 0)]
                : ParagraphSetter.Set(ctx, [new Span(text, style, null, null, Hyphenate: false)],
                    new ParagraphShape(inner, RestIndent: hang, Justify: false, Breaker: Breaking.LineBreakers.Greedy));
            for (var k = 1; k < lines.Count; k++) lines[k].Items.InsertRange(0, ContinuationMark(style, hang));
            all.AddRange(lines);
        }
        if (all.Count == 0) return;
        // The grey box's padding comes on top of the space between blocks, so two code blocks in a row stay two boxes.
        flow.Space(ParagraphGap);
        flow.Padding(pad);
        flow.Begin(StructureTag.Paragraph);
        var start = flow.Mark;
        var f = ctx.Fonts[ctx.FaceOf(style)];
        flow.Lines(all, x + pad, leading, ctx.KeepLines, (_, _) => FlowBuilder.HalfLeading(leading, f.Ascender * style.Size, f.Descender * style.Size));
        flow.End();
        var first = true;
        var lineCount = all.Count;
        var n = 0;
        DecorateLines(start, (line, _) =>
        {
            n++;
            var top = -line.Baseline - (first ? pad : 0);
            var bottom = line.Height - line.Baseline + (n == lineCount ? pad : 0);
            first = false;
            return new BoxItem(x, top, width, bottom - top, ctx.CodeBackground);
        });
        flow.Padding(pad);
        flow.Space(ParagraphGap);
    }

    /// <summary>"↪" in the margin of a wrapped code line's continuation (as listings' postbreak): a line cut inside a
    /// token otherwise reads as two, and a copied command would be wrong. An artifact, so it is not part of the text.</summary>
    private IEnumerable<PageItem> ContinuationMark(TextStyle style, double hang)
    {
        var runs = ctx.Fonts.Runs(ContinuationSign, ctx.FaceOf(style), style.Size * 0.9);
        var x = hang - runs.Sum(r => r.Width) - ctx.Measure("\u00A0", style) * 0.4;
        var items = new List<PageItem>();
        foreach (var run in runs)
        {
            items.Add(run.Item(style.Size * 0.9, ctx.Muted, x, 0));
            x += run.Width;
        }
        return Place.Artifact([.. items]);
    }

    private const string ContinuationSign = "\u21AA";

    /// <summary>Columns a wrapped code line's continuation is indented beyond the line's own indentation.</summary>
    private const int ContinuationColumns = 2;

    /// <summary>A code line with tabs expanded (<see cref="CodeText"/>, as the EPUB) and its spaces kept: the first space
    /// of a run may break the line, the rest are no-break spaces that keep their width (indentation, alignment).</summary>
    private static string CodeLine(string raw)
    {
        var expanded = CodeText.ExpandTabs(raw);
        var sb = new System.Text.StringBuilder(expanded.Length);
        var previousSpace = true; // leading spaces are all kept
        foreach (var c in expanded)
        {
            var space = c == ' ';
            sb.Append(space && previousSpace ? '\u00A0' : c);
            previousSpace = space;
        }
        return sb.ToString();
    }

    /// <summary>The tallest a picture is set, as a share of the text block: room stays for its caption and for text,
    /// so a tall picture does not leave most of the page before it empty.</summary>
    private const double MaxFigureHeight = 0.6;

    /// <summary>A picture at its natural size (never enlarged), shrunk to the measure and to
    /// <see cref="MaxFigureHeight"/>, centred, with its caption centred under it and kept with it.</summary>
    private void Figure(Figure figure, double x, double width)
    {
        var image = figure.Image;
        var scale = Math.Min(1, Math.Min(width / image.Width, ctx.FrameHeight * MaxFigureHeight / image.Height));
        var (w, h) = (image.Width * scale, image.Height * scale);
        flow.Space(BetweenBlocks);
        flow.Anchor(figure.Id);
        // The baseline near the top, where a list item's number or bullet then stands.
        var baseline = Math.Min(h, _leading * 0.75);
        flow.Line(h, baseline, [new ImageItem(image, x + (width - w) / 2, -baseline, w, h, figure.Alt, $"'{figure.Source}', line {figure.Line}")]);
        if (figure.Caption.Count > 0)
        {
            var sizes = ctx.Style.Sizes;
            var style = new TextStyle(Family.Body, false, true, sizes.Small + 0.5, ctx.Muted);
            // A caption that repeats the alt text is read once, as the figure's alt text.
            var tag = Inlines.PlainText(figure.Caption) == figure.Alt ? StructureTag.Artifact : StructureTag.Paragraph;
            var spans = InlineFlattener.Flatten(figure.Caption, style, tag, ctx.Link, CodeScale, ctx.Style.LinkAddresses, live: ctx.IsLive);
            flow.Space(4);
            AlignedLines(spans, x, width, style.Size * 1.35, 0.5);
        }
        flow.Space(BetweenBlocks);
    }

    private void Rule(double x, double width)
    {
        flow.Space(BetweenBlocks);
        var leading = ctx.Leading;
        var items = Place.Artifact(new RuleItem(x + width * 0.35, 0, x + width * 0.65, 0, 0.6, ctx.RuleColour)).ToList();
        flow.Line(leading, leading / 2, items);
        flow.Space(BetweenBlocks);
    }
}
