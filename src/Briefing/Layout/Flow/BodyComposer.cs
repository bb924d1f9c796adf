using Briefing.Layout.Fonts;
using Briefing.Layout.Text;
using Briefing.Model;

namespace Briefing.Layout.Flow;

/// <summary>The body's vertical list in <see cref="Document.ReadingOrder"/>: chapters (each a Sect opening on a new
/// page when the style says so) with their sections, then the FAQ (an appendix after a text), then the notes.</summary>
internal sealed class BodyComposer(LayoutContext ctx)
{
    private const double HeadingLeading = 1.22;

    /// <summary>The body as a vertical list.</summary>
    public List<FlowItem> Compose(Document document)
    {
        var flow = new FlowBuilder();
        var blocks = new BlockComposer(ctx, flow);
        var sizes = ctx.Style.Sizes;
        var spacing = ctx.Style.Spacing;
        var width = ctx.FrameWidth;
        var first = true;
        foreach (var (chapter, n) in document.ReadingOrder())
        {
            if (chapter is null)
            {
                Appendix(flow, blocks, document.Faq!, document.FaqHeading(ctx.Words)!, first);
                first = false;
                continue;
            }
            var number = n > 0 && (ctx.Style.Chapters.Numbered || ctx.Style.NumberSections) ? $"{n}" : null;
            var own = chapter.Language is { } l && !ctx.IsLanguage(l) ? l : null;   // a French book's English licence
            using var language = ctx.InLanguage(own);
            OpenChapter(flow, blocks, chapter.Heading, chapter.Heading.Content, number, first, own);
            first = false;
            blocks.LabelLevel = 2;
            blocks.Blocks(chapter.Blocks, 0, width);
            blocks.LabelLevel = 3;
            for (var s = 0; s < chapter.Sections.Count; s++)
            {
                var section = chapter.Sections[s];
                var sectionNumber = n > 0 && ctx.Style.NumberSections ? $"{n}.{s + 1}" : null;
                flow.Space(spacing.BeforeSection);
                flow.Begin(StructureTag.Section);
                flow.Anchor(section.Heading.Id);
                flow.Outline(Numbered(sectionNumber, section.Heading.Text), 2, section.Heading.Id);
                var style = new TextStyle(Family.Heading, true, false, sizes.Section, ctx.Heading);
                blocks.HeadingLines(section.Heading.Content, style, StructureTag.Heading2, sectionNumber, 0, width, sizes.Section * HeadingLeading);
                flow.Space(spacing.AfterSection);
                blocks.Blocks(section.Blocks, 0, width);
                flow.End();
            }
            flow.End();
        }
        flow.Finish();
        return flow.Items;
    }

    private void Appendix(FlowBuilder flow, BlockComposer blocks, Faq faq, Heading heading, bool first)
    {
        var sizes = ctx.Style.Sizes;
        OpenChapter(flow, blocks, faq.Heading, heading.Content, null, first);
        var style = new TextStyle(Family.Heading, true, false, sizes.Label + 0.5, ctx.Heading);
        foreach (var entry in faq.Entries)
        {
            flow.Space(ctx.Style.Spacing.BeforeLabel * 1.6);
            flow.Begin(StructureTag.Section);
            flow.Anchor(entry.Question.Id);
            flow.Outline(entry.Question.Text, 2, entry.Question.Id);
            blocks.HeadingLines(entry.Question.Content, style, StructureTag.Heading2, null, 0, ctx.FrameWidth, style.Size * 1.3);
            flow.Space(ctx.Style.Spacing.Paragraph * 0.6);
            blocks.Blocks(entry.Answer, 0, ctx.FrameWidth);
            flow.End();
        }
        flow.End();
    }

    /// <summary>Opens a chapter-level Sect: page break, heading with an accent bar under it, header title.</summary>
    private void OpenChapter(FlowBuilder flow, BlockComposer blocks, Heading heading, IReadOnlyList<Inline> content, string? number, bool first,
        string? language = null)
    {
        var sizes = ctx.Style.Sizes;
        if (ctx.Style.Chapters.NewPage || first) flow.PageBreak();
        else flow.Space(ctx.Style.Spacing.BeforeSection * 2.5);
        flow.Begin(StructureTag.Section, language);
        var title = Inlines.PlainText(content, notes: false);
        flow.Chapter(title);
        flow.Anchor(heading.Id);
        flow.Outline(Numbered(number, title), 1, heading.Id);
        var style = new TextStyle(Family.Heading, true, false, sizes.Chapter, ctx.Heading);
        var lines = blocks.HeadingLines(content, style, StructureTag.Heading1, number, 0, ctx.FrameWidth, sizes.Chapter * HeadingLeading);
        if (lines.Count > 0)
        {
            var last = lines[^1];
            var y = last.Height - last.Baseline + 5;
            last.Items.AddRange(Place.Artifact(new RuleItem(0, y, 36, y, 2.4, ctx.Accent)));
        }
        flow.Space(ctx.Style.Spacing.AfterChapter);
    }

    private static string Numbered(string? number, string title) => number is null ? title : $"{number} {title}";
}
