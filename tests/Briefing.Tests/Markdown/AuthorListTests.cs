using Briefing.MarkdownExport;
using Briefing.Publishing;
using Briefing.Readers;
using Briefing.Tests.Epub;
using Briefing.Tests.Integration;
using Briefing.Tests.Support;
using PdfSharp.Pdf.IO;
using Xunit;

namespace Briefing.Tests.Markdown;

/// <summary>An author list in front matter (pandoc's usual form) is read as several authors: joined for display in the
/// document's language, one dc:creator each in the EPUB, the joined names as the PDF's /Author, a list again on import.</summary>
public sealed class AuthorListTests
{
    private static string Source(string authors, string language = "en") =>
        $"---\ntitle: Review\nlanguage: {language}\nauthor:\n{authors}---\n\n# Review\n\nRevenue grew.\n\n## Costs\n\nFlat.\n";

    [Theory]
    [InlineData("  - Ana Lima\n  - Bo Chen\n", "en", "Ana Lima and Bo Chen")]
    [InlineData("  - Ana Lima\n  - Bo Chen\n  - Cy Park\n", "en", "Ana Lima, Bo Chen and Cy Park")]
    [InlineData("  - Ana Lima\n  - Bo Chen\n", "de", "Ana Lima und Bo Chen")]
    [InlineData("  - Ana Lima\n  -\n", "en", "Ana Lima")]
    [InlineData("  - Ana Lima\n  - Bo Chen\n  - Ana Lima\n", "en", "Ana Lima and Bo Chen")]
    public void A_list_of_authors_is_joined_in_the_document_language(string authors, string language, string joined)
    {
        var metadata = SourceReader.Parse(Source(authors, language), "a.md").Metadata;
        Assert.Equal(joined, metadata.Author);
        Assert.Equal(joined.Replace(" and ", ", ", StringComparison.Ordinal).Replace(" und ", ", ", StringComparison.Ordinal).Split(", "), metadata.Authors);
    }

    [Fact]
    public void A_list_of_mappings_is_refused_in_words()
    {
        using var dir = new TempDir();
        var path = dir.File("a.md", Source("  - name: Ana\n"));
        var e = Assert.Throws<InputException>(() => SourceReader.Read(path));
        Assert.Equal($"{path}:5: author must be a name or a list of names (- Ana Lima)", e.Message);
    }

    [Fact]
    public void Each_author_is_a_creator_in_the_EPUB_and_the_PDF_names_them_joined()
    {
        using var dir = new TempDir();
        var build = Publisher.Build(new BuildRequest(dir.File("review.md", Source("  - Ana Lima\n  - Bo Chen\n")), Path.Combine(dir.Path, "out")));
        var epub = new EpubPackage(File.ReadAllBytes(build.Epub()));
        var creators = epub.Metadata.Elements(EpubPackage.Dc + "creator").ToList();
        Assert.Equal(["Ana Lima", "Bo Chen"], creators.Select(c => c.Value));
        Assert.Equal(["creator", "creator-2"], creators.Select(c => (string?)c.Attribute("id")));
        Assert.All(creators, c => Assert.Contains(epub.Metadata.Elements(EpubPackage.Opf + "meta"),
            m => (string?)m.Attribute("refines") == "#" + (string?)c.Attribute("id") && (string?)m.Attribute("property") == "role" && m.Value == "aut"));
        using var pdf = PdfReader.Open(build.Pdf(), PdfDocumentOpenMode.Import);
        Assert.Equal("Ana Lima and Bo Chen", pdf.Info.Author);
    }

    [EpubCheckFact]
    public void An_EPUB_with_several_creators_is_clean()
    {
        using var dir = new TempDir();
        var build = Publisher.Build(new BuildRequest(dir.File("review.md", Source("  - Ana Lima\n  - Bo Chen\n  - Cy Park\n")), Path.Combine(dir.Path, "out")));
        var result = EpubCheck.Run(File.ReadAllBytes(build.Epub()), "authors");
        Assert.True(result.Fatals + result.Errors + result.Warnings == 0, result.ToString());
    }

    [Fact]
    public void Import_writes_the_list_back_and_it_reads_back_the_same()
    {
        var document = SourceReader.Parse(Source("  - Ana Lima\n  - Bo Chen\n  - Cy Park\n"), "a.md");
        var markdown = MarkdownWriter.Write(document);
        Assert.Contains("author:\n- Ana Lima\n- Bo Chen\n- Cy Park\n", markdown, StringComparison.Ordinal);
        var again = SourceReader.Parse(markdown, "a.md").Metadata;
        Assert.Equal(document.Metadata.Authors, again.Authors);
        Assert.Equal(document.Metadata.Author, again.Author);
        // One author stays one value.
        Assert.Contains("author: Ana Lima\n", MarkdownWriter.Write(SourceReader.Parse(Source("  - Ana Lima\n"), "a.md")), StringComparison.Ordinal);
    }
}
