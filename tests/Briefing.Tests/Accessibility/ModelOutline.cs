using Briefing.Model;

namespace Briefing.Tests.Accessibility;

/// <summary>What the model says a reader should meet, in order: its headings with their levels (chapter 1, section 2,
/// label one below its parent; the FAQ appendix 1, its questions 2; the notes after the appendix) and the text of every block.</summary>
internal static class ModelOutline
{
    /// <summary>Headings in reading order with their level in the document's hierarchy; with <paramref name="outline"/>,
    /// labels by their name in an outline (without the run-in colon).</summary>
    public static IEnumerable<(int Level, string Text)> Headings(Document document, bool outline = false)
    {
        IEnumerable<string> Labels(IEnumerable<Block> blocks) =>
            BlockWalk.Descendants(blocks).OfType<Label>().Select(l => outline ? l.Heading.LabelName : l.Heading.Text);
        foreach (var (chapter, _) in document.ReadingOrder())
        {
            if (chapter is null)
            {
                var faq = document.Faq!;
                yield return (1, document.FaqHeading(document.Metadata.Words)!.Text);
                foreach (var entry in faq.Entries)
                {
                    yield return (2, entry.Question.Text);
                    foreach (var label in Labels(entry.Answer)) yield return (3, label);
                }
                continue;
            }
            yield return (1, chapter.Heading.Text);
            foreach (var label in Labels(chapter.Blocks)) yield return (2, label);
            foreach (var section in chapter.Sections)
            {
                yield return (2, section.Heading.Text);
                foreach (var label in Labels(section.Blocks)) yield return (3, label);
            }
        }
    }

    /// <summary>Every heading and block text in reading order: lede, chapters, then the FAQ questions with their answers.</summary>
    public static IEnumerable<string> Text(Document document)
    {
        foreach (var t in BodyText.Blocks(document.Lede)) yield return t;
        foreach (var (chapter, _) in document.ReadingOrder())
        {
            if (chapter is not null)
            {
                foreach (var t in BodyText.Of(chapter)) yield return t;
                continue;
            }
            yield return document.FaqHeading(document.Metadata.Words)!.Text;
            foreach (var entry in document.Faq!.Entries)
            {
                yield return entry.Question.Text;
                foreach (var t in BodyText.Blocks(entry.Answer)) yield return t;
            }
        }
    }
}
