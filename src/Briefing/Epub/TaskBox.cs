using System.Xml.Linq;
using static Briefing.Epub.EpubXml;

namespace Briefing.Epub;

/// <summary>
/// A task list item's box, as the PDF prints it: ☑ done, ☐ to do, in place of the item's bullet. The box is a
/// picture of a state, so assistive technology is given the state in words ("done", "not done") rather than the
/// symbol's name; a disabled form control would claim to be a control the reader cannot use.
/// </summary>
internal static class TaskBox
{
    /// <summary>Marks a filled <c>li</c> as a task and sets its box before the first words.</summary>
    public static void Mark(XElement item, bool done, Model.Wording words)
    {
        item.SetAttributeValue("class", "task");
        var box = new XElement(H("span"), new XAttribute("class", "task-box"), new XAttribute("role", "img"),
            new XAttribute("aria-label", done ? words.Done : words.NotDone), done ? "\u2611" : "\u2610");
        // Inside the first paragraph the box runs in with the words; an item opening otherwise gets it on its own.
        if (item.FirstNode is XElement { Name.LocalName: "p" } first) first.AddFirst(box, " ");
        else item.AddFirst(box);
    }
}
