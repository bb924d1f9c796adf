using Briefing.Model;
using Briefing.Publishing;
using Briefing.Readers;
using Briefing.Tests.Epub;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Integration;

/// <summary>French text gets French spacing: a no-break space before ':' and inside « », a narrow one before ; ! ?,
/// so no line of either edition starts with the mark.</summary>
public sealed class FrenchSpacingTests
{
    private const char Nbsp = '\u00A0', Narrow = '\u202F';

    [Theory]
    [InlineData("Pourquoi ? Parce que !", "Pourquoi\u202F? Parce que\u202F!")]
    [InlineData("Pourquoi? Parce que!", "Pourquoi\u202F? Parce que\u202F!")]
    [InlineData("Trois points : un, deux; trois", "Trois points\u00A0: un, deux\u202F; trois")]
    [InlineData("Il a dit « bonjour » puis «au revoir».", "Il a dit «\u00A0bonjour\u00A0» puis «\u00A0au revoir\u00A0».")]
    [InlineData("Vraiment ?!", "Vraiment\u202F?!")]
    [InlineData("«Vraiment?» «Oui!»", "«\u00A0Vraiment\u202F?\u00A0» «\u00A0Oui\u202F!\u00A0»")]
    [InlineData("À 12:30, voir https://exemple.fr/a?b=1 ou ratio 3:2.", "À 12:30, voir https://exemple.fr/a?b=1 ou ratio 3:2.")]
    [InlineData("Déjà\u00A0: rien à faire\u202F!", "Déjà\u00A0: rien à faire\u202F!")]
    public void Marks_get_their_no_break_space(string text, string expected) =>
        Assert.Equal(expected, FrenchSpacing.Spaced(text, ' '));

    [Fact]
    public void Canadian_French_spaces_only_the_colon_and_guillemets() =>
        Assert.Equal("Quoi? Ceci\u00A0: «\u00A0oui\u00A0»!", FrenchSpacing.Spaced("Quoi? Ceci: « oui »!", ' ', canadian: true));

    [Fact]
    public void The_rule_reaches_across_emphasis_and_leaves_code_alone()
    {
        var doc = SourceReader.Parse("---\nlanguage: fr\n---\n\n# Titre : essai\n\n## Chapitre\n\nC’est *vrai*! Il dit «*oui*». Tapez `a:b ; c` puis validez ?\n", "essai.md");
        Assert.Equal("Titre\u00A0: essai", doc.Metadata.Title);
        var paragraph = doc.Chapters[0].Blocks.OfType<Paragraph>().Single();
        Assert.Equal("C’est vrai\u202F! Il dit «\u00A0oui\u00A0». Tapez a:b ; c puis validez\u202F?", Inlines.PlainText(paragraph.Content));
    }

    [Fact]
    public void English_is_left_as_it_is()
    {
        var doc = SourceReader.Parse("# Title: test\n\n## Chapter\n\nReally? Yes: it is!\n", "essai.md");
        Assert.Equal("Really? Yes: it is!", Inlines.PlainText(doc.Chapters[0].Blocks.OfType<Paragraph>().Single().Content));
    }

    [Fact]
    public void No_line_of_the_PDF_or_EPUB_starts_with_a_spaced_mark()
    {
        // Narrow measure lines full of marks: with breakable spaces some line would start with '?', ':' or '»'.
        var sentences = string.Join(" ", Enumerable.Range(1, 60).Select(i =>
            $"Question {i} ? Réponse {i} : « oui » ; ensuite{(i % 2 == 0 ? " !" : ".")}"));
        var source = $"---\ntitle: Essai\nlanguage: fr\n---\n\n# Essai\n\n## Chapitre\n\n{sentences}\n";
        using var dir = new TempDir();
        var build = Publisher.Build(new BuildRequest(dir.File("essai.md", source), Path.Combine(dir.Path, "out")));
        Assert.DoesNotContain(build.Warnings, w => w.Message.Contains("U+", StringComparison.Ordinal));   // the fonts have both spaces

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(build.Pdf());
        var lines = pdf.GetPages().Skip(1)
            .SelectMany(p => p.GetWords().GroupBy(w => Math.Round(w.BoundingBox.Bottom)).Select(g => g.MinBy(w => w.BoundingBox.Left)!.Text))
            .ToList();
        Assert.True(lines.Count > 10);
        Assert.DoesNotContain(lines, first => first.Length > 0 && first[0] is '?' or ':' or ';' or '!' or '»');

        var text = string.Concat(pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.Value));
        Assert.Contains(Narrow, text);
        Assert.Contains(Nbsp, text);

        var package = new EpubPackage(File.ReadAllBytes(build.Epub()));
        var prose = string.Concat(package.ContentDocuments.SelectMany(d => d.Doc.Descendants(EpubPackage.X + "p")).Select(p => p.Value));
        Assert.Contains("Question 1\u202F? Réponse 1\u00A0: «\u00A0oui\u00A0»\u202F; ensuite.", prose, StringComparison.Ordinal);
        if (EpubCheck.Available || Repo.IsCi)
        {
            var check = EpubCheck.Run(File.ReadAllBytes(build.Epub()), "french");
            Assert.True(check.Fatals + check.Errors + check.Warnings == 0, check.ToString());
        }
    }
}
