using Briefing.Model;
using Briefing.Readers;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Readers;

/// <summary>The corpus's Project Gutenberg books: their chapters, their licence frame kept but never a chapter.</summary>
public sealed class GutenbergImportTests
{
    private static Document Read(string name)
    {
        var path = Path.Combine(Repo.Corpus, name);
        Assert.True(File.Exists(path) || !Repo.IsCi, $"{path} is missing");
        return SourceReader.Read(path);
    }

    [Fact]
    public void Alice_has_its_twelve_chapters()
    {
        if (!Directory.Exists(Repo.Corpus) && !Repo.IsCi) return;
        var doc = Read("text_gutenberg_alice-in-wonderland.txt");
        Assert.Equal(12, doc.Chapters.Count);
        Assert.Equal("CHAPTER I. Down the Rabbit-Hole", doc.Chapters[0].Heading.Text);
        Assert.Equal("CHAPTER XI. Who Stole the Tarts?", doc.Chapters[10].Heading.Text);
        Assert.Equal("Alice’s Adventures in Wonderland", doc.Metadata.Title);
        Assert.DoesNotContain(doc.Chapters, c => c.Heading.Text.Contains("Gutenberg", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Elements_of_style_has_its_seven_chapters()
    {
        if (!Directory.Exists(Repo.Corpus) && !Repo.IsCi) return;
        var doc = Read("text_gutenberg_elements-of-style.txt");
        Assert.Equal(["I. INTRODUCTORY", "II. ELEMENTARY RULES OF USAGE", "III. ELEMENTARY PRINCIPLES OF COMPOSITION",
            "IV. A FEW MATTERS OF FORM", "V. WORDS AND EXPRESSIONS COMMONLY MISUSED", "VI. SPELLING",
            "VII. EXERCISES ON CHAPTERS II AND III"], doc.Chapters.Select(c => c.Heading.Text));
    }

    [Theory]
    [InlineData("text_gutenberg_alice-in-wonderland.txt")]
    [InlineData("text_gutenberg_elements-of-style.txt")]
    public void Every_word_including_the_licence_survives(string name)
    {
        if (!Directory.Exists(Repo.Corpus) && !Repo.IsCi) return;
        var doc = Read(name);
        var text = SourceText.Load(Path.Combine(Repo.Corpus, name));
        var removed = doc.Report.NoiseRemoved.ToHashSet();
        var sourceWords = text.Split('\n').Where(l => !removed.Contains(l.Trim()))
            .SelectMany(l => l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToList();
        var kept = BodyText.Of(doc).SelectMany(t => t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Concat(doc.Metadata.Title.Split(' ')).GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        var missing = sourceWords.GroupBy(w => w).Where(g => kept.GetValueOrDefault(g.Key) < g.Count() && !IsMarker(g.Key)).Select(g => g.Key).ToList();
        Assert.True(missing.Count == 0, "lost: " + string.Join(" ", missing.Take(20)));
    }

    // List markers become list structure (an ordered list keeps its numbers as numbering).
    private static bool IsMarker(string word) => word is "*" or "-" or "•" || word.All(c => c is '*' or '-' or '=')
        || System.Text.RegularExpressions.Regex.IsMatch(word, @"^\d{1,3}[.)]$");
}
