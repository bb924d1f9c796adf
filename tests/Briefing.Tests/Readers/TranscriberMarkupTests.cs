using Briefing.Model;
using Briefing.Readers.PlainText;
using Xunit;

namespace Briefing.Tests.Readers;

/// <summary>Project Gutenberg's _italic_ and =bold= marks, and what must stay as typed.</summary>
public sealed class TranscriberMarkupTests
{
    private static string Show(IEnumerable<Inline> inlines) => string.Concat(inlines.Select(i => i switch
    {
        TextRun t => t.Text,
        Emphasis e => "<i>" + Show(e.Content) + "</i>",
        Strong s => "<b>" + Show(s.Content) + "</b>",
        LineBreak => "|",
        _ => "?",
    }));

    [Theory]
    [InlineData("as in _The Newcomes_; and", "as in <i>The Newcomes</i>; and")]
    [InlineData("=Headings.= Leave a blank line", "<b>Headings.</b> Leave a blank line")]
    [InlineData("adding _'s_", "adding <i>'s</i>")]
    [InlineData("=_Lay_ and _lie_.= These", "<b><i>Lay</i> and <i>lie</i>.</b> These")]
    [InlineData("(_e.g._)", "(<i>e.g.</i>)")]
    [InlineData("snake_case_name stays", "snake_case_name stays")]
    [InlineData("a = b and c = d", "a = b and c = d")]
    [InlineData("a lone _ underscore", "a lone _ underscore")]
    [InlineData("__init__ and ==", "__init__ and ==")]
    [InlineData("_open but never closed", "_open but never closed")]
    [InlineData("t_o bring about_,", "t_o bring about_,")]
    [InlineData("", "")]
    public void Marks_become_faces_only_where_they_open_and_close_at_word_edges(string text, string expected) =>
        Assert.Equal(expected, Show(TranscriberMarkup.Parse(text)));

    [Fact]
    public void A_mark_may_span_the_lines_of_verse() =>
        Assert.Equal("Coleridge wrote <i>The Rime of the Ancient|Mariner</i>, is", Show(TranscriberMarkup.Parse("Coleridge wrote _The Rime of the Ancient\nMariner_, is")));
}
