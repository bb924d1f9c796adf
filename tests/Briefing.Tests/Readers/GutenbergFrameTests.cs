using Briefing.Model;
using Briefing.Readers;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Readers;

/// <summary>A made-up Project Gutenberg book: fields into metadata (the sidecar wins), frame after the book.</summary>
public sealed class GutenbergFrameTests
{
    private const string Book = """
        The Project Gutenberg EBook of Les Contes, by Jeanne Exemple

        This eBook is for the use of anyone anywhere at no cost.

        Title: Les Contes
               du Lundi

        Author: Jeanne Exemple

        Release Date: May 1, 2001 [EBook #9]
        Language: French

        *** START OF THIS PROJECT GUTENBERG EBOOK LES CONTES ***

        Produced by A. Volunteer and the Online Distributed
        Proofreading Team.

        LES CONTES DU LUNDI

        par Jeanne Exemple

        CHAPTER I. Le Premier

        Il était une fois un conte qui commençait ici, et qui allait longtemps sans s'arrêter du tout.

        CHAPTER II. Le Second

        Et voici la suite du conte, qui finissait là, comme tous les contes finissent un jour ou l'autre.

        End of the Project Gutenberg EBook of Les Contes, by Jeanne Exemple

        *** END OF THIS PROJECT GUTENBERG EBOOK LES CONTES ***

        THE FULL PROJECT GUTENBERG LICENSE
        """;

    private static Document Read(string text, string? sidecar = null)
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "contes.txt");
        File.WriteAllText(path, text);
        if (sidecar is not null) File.WriteAllText(Path.Combine(dir.Path, "contes.yaml"), sidecar);
        return SourceReader.Read(path);
    }

    [Fact]
    public void Fields_give_title_author_and_language()
    {
        var doc = Read(Book);
        Assert.Equal("Les Contes du Lundi", doc.Metadata.Title);
        Assert.Equal("Jeanne Exemple", doc.Metadata.Author);
        Assert.Equal("fr", doc.Metadata.Language);
        Assert.Equal(["CHAPTER I. Le Premier", "CHAPTER II. Le Second", "About This E-Book"], doc.Chapters.Select(c => c.Heading.Text));
        // The title page's title repeat goes; "par NAME" is not the English "by NAME", so it stays as the lede.
        Assert.Contains("LES CONTES DU LUNDI", doc.Report.NoiseRemoved);
        Assert.Equal(["par Jeanne Exemple"], BodyText.Blocks(doc.Lede));
    }

    [Fact]
    public void The_sidecar_wins_over_the_fields()
    {
        var doc = Read(Book, "author: Someone Else\nlanguage: fr-CA\n");
        Assert.Equal("Someone Else", doc.Metadata.Author);
        Assert.Equal("fr-CA", doc.Metadata.Language);
    }

    [Fact]
    public void The_back_chapter_holds_header_credit_and_licence_in_order()
    {
        var doc = Read(Book);
        Assert.True(doc.Chapters[^1].BackMatter);
        Assert.Equal(0, doc.ReadingOrder().Last().Number);   // last, and never numbered as a chapter of the book
        var back = BodyText.Blocks(doc.Chapters[^1].Blocks).ToList();
        Assert.Equal([
            "The Project Gutenberg EBook of Les Contes, by Jeanne Exemple",
            "This eBook is for the use of anyone anywhere at no cost.",
            "Title: Les Contes du Lundi",
            "Author: Jeanne Exemple",
            "Release Date: May 1, 2001 [EBook #9]",
            "Language: French",
            "Produced by A. Volunteer and the Online Distributed Proofreading Team.",
            "End of the Project Gutenberg EBook of Les Contes, by Jeanne Exemple",
            "THE FULL PROJECT GUTENBERG LICENSE"], back);
    }

    [Fact]
    public void A_text_without_the_markers_is_all_article()
    {
        var doc = Read(Book.Replace("*** START OF", "START OF", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Chapters, c => c.Heading.Text == "About This E-Book");
        Assert.Null(doc.Metadata.Author);
    }
}
