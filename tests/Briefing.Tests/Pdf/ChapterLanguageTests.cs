using Briefing.Layout;
using Briefing.Publishing;
using Briefing.Tests.Integration;
using Briefing.Tests.Layout;
using Briefing.Tests.Support;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using Xunit;

namespace Briefing.Tests.Pdf;

/// <summary>A chapter in another language than the book's (Project Gutenberg's English licence in a French book) is
/// hyphenated with its own patterns and tagged with its own /Lang in the PDF, as its EPUB page carries lang="en".</summary>
public sealed class ChapterLanguageTests
{
    private const string FrenchBook = """
        The Project Gutenberg eBook of Contes choisis, by Alphonse Daudet

        This ebook is for the use of anyone anywhere in the United States and most other parts of the world at no cost and with almost no restrictions whatsoever.

        Title: Contes choisis

        Author: Alphonse Daudet

        Language: French

        *** START OF THE PROJECT GUTENBERG EBOOK CONTES CHOISIS ***

        LA DERNIÈRE CLASSE

        Ce matin-là j'étais très en retard pour aller à l'école, et j'avais grand'peur d'être grondé, d'autant que M. Hamel nous avait dit qu'il nous interrogerait sur les participes.

        LA CHÈVRE DE M. SEGUIN

        M. Seguin n'avait jamais eu de bonheur avec ses chèvres. Il les perdait toutes de la même façon.

        *** END OF THE PROJECT GUTENBERG EBOOK CONTES CHOISIS ***

        Creating the works from print editions not protected by U.S. copyright law means that no one owns a United States copyright in these works.
        """;

    [Fact]
    public void The_English_chapter_of_a_French_book_is_a_Sect_with_its_own_language()
    {
        using var dir = new TempDir();
        var build = Publisher.Build(new BuildRequest(dir.File("contes.txt", FrenchBook), Path.Combine(dir.Path, "out")));
        using var pdf = PdfReader.Open(build.Pdf(), PdfDocumentOpenMode.Import);
        Assert.Equal("fr", pdf.Internals.Catalog.Elements.GetString("/Lang"));
        var sections = StructureTree.Elements(pdf).Where(e => e.Elements.GetName("/S") == "/Sect").ToList();
        Assert.True(sections.Count >= 3, $"{sections.Count} sections");
        Assert.Equal(["en"], sections.Select(s => s.Elements.GetString("/Lang")).Where(l => l.Length > 0));
        Assert.Equal("en", sections[^1].Elements.GetString("/Lang"));   // the licence is the last chapter
    }

    [Fact]
    public void A_chapter_is_hyphenated_in_its_own_language_until_it_ends()
    {
        var ctx = new LayoutContext(BriefingFixture.Style(), "a4", "fr", new HashSet<string>());
        Assert.StartsWith("fr", ctx.Hyphenator!.Language, StringComparison.Ordinal);
        using (ctx.InLanguage("en"))
        {
            Assert.StartsWith("en", ctx.Hyphenator!.Language, StringComparison.Ordinal);
            Assert.True(ctx.IsLanguage("en-GB"));
        }
        Assert.StartsWith("fr", ctx.Hyphenator!.Language, StringComparison.Ordinal);
        Assert.Equal("fr", ctx.Language);
    }
}
