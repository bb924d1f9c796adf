using Briefing.Model;
using Briefing.Readers;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Readers;

/// <summary>
/// The corpus's Project Gutenberg books: their chapters and metadata; the header, credit and licence kept word for word
/// in one chapter after the book, never on the cover; the printed contents dropped; the transcribers' marks read.
/// </summary>
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
        Assert.Equal(13, doc.Chapters.Count);
        Assert.Equal("CHAPTER I. Down the Rabbit-Hole", doc.Chapters[0].Heading.Text);
        Assert.Equal("CHAPTER XI. Who Stole the Tarts?", doc.Chapters[10].Heading.Text);
        Assert.Equal("CHAPTER XII. Alice’s Evidence", doc.Chapters[11].Heading.Text);
        Assert.Equal("About This E-Book", doc.Chapters[12].Heading.Text);
        Assert.Equal("Alice’s Adventures in Wonderland", doc.Metadata.Title);
        Assert.Equal("Lewis Carroll", doc.Metadata.Author);
        Assert.Equal("en", doc.Metadata.Language);
        Assert.DoesNotContain(doc.Chapters, c => c.Heading.Text.Contains("Gutenberg", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Elements_of_style_has_its_seven_chapters()
    {
        if (!Directory.Exists(Repo.Corpus) && !Repo.IsCi) return;
        var doc = Read("text_gutenberg_elements-of-style.txt");
        Assert.Equal(["I. INTRODUCTORY", "II. ELEMENTARY RULES OF USAGE", "III. ELEMENTARY PRINCIPLES OF COMPOSITION",
            "IV. A FEW MATTERS OF FORM", "V. WORDS AND EXPRESSIONS COMMONLY MISUSED", "VI. SPELLING",
            "VII. EXERCISES ON CHAPTERS II AND III", "About This E-Book"], doc.Chapters.Select(c => c.Heading.Text));
        Assert.Equal("William Strunk", doc.Metadata.Author);
    }

    [Fact]
    public void Elements_rules_are_its_sections_and_its_set_in_examples_are_not()
    {
        if (!Directory.Exists(Repo.Corpus) && !Repo.IsCi) return;
        var doc = Read("text_gutenberg_elements-of-style.txt");
        var rules = doc.Chapters[1].Sections.Concat(doc.Chapters[2].Sections).Select(s => s.Heading.Text).ToList();
        Assert.Equal(Enumerable.Range(1, 18).Select(n => $"{n}. "), rules.Select(r => r[..(r.IndexOf(' ') + 1)]));
        Assert.Equal("1. Form the possessive singular of nouns by adding ’s.", rules[0]);   // an apostrophe, not a quote
        Assert.Equal(7, doc.Chapters[1].Sections.Count);
        // "  August 9, 1918" and "  The French, the Italians, …" are examples set in two spaces: text, not headings.
        Assert.Empty(doc.Chapters[3].Sections);
        Assert.Contains("August 9, 1918 (9 August 1918)", BodyText.Of(doc.Chapters[3]));
    }

    [Theory]
    [InlineData("text_gutenberg_alice-in-wonderland.txt", "Project Gutenberg’s Alice’s Adventures in Wonderland, by Lewis Carroll")]
    [InlineData("text_gutenberg_elements-of-style.txt", "The Project Gutenberg EBook of The Elements of Style, by William Strunk")]
    public void The_frame_is_the_last_chapter_and_never_the_lede(string name, string firstHeaderLine)
    {
        if (!Directory.Exists(Repo.Corpus) && !Repo.IsCi) return;
        var doc = Read(name);
        var lede = string.Join(" ", BodyText.Blocks(doc.Lede));
        Assert.DoesNotContain("Gutenberg", lede, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Produced by", lede, StringComparison.Ordinal);
        foreach (var chapter in doc.Chapters.SkipLast(1))
            Assert.DoesNotContain(AllText(chapter), t => t.Contains("PROJECT GUTENBERG LICENSE", StringComparison.Ordinal));

        var back = AllText(doc.Chapters[^1]);
        Assert.Equal(firstHeaderLine, back[0]);   // header first, in source order, then the licence
        Assert.Contains(back, t => t.StartsWith("This eBook is for the use of anyone anywhere", StringComparison.Ordinal));
        Assert.Contains(back, t => t.StartsWith("Release Date:", StringComparison.Ordinal));   // a field is a line of its own
        var licence = back.FindIndex(t => t.Contains("THE FULL PROJECT GUTENBERG LICENSE", StringComparison.Ordinal));
        Assert.True(licence > back.FindIndex(t => t.StartsWith("Language:", StringComparison.Ordinal)));
        Assert.DoesNotContain(back, t => t.StartsWith("*** START OF", StringComparison.Ordinal) || t.StartsWith("*** END OF", StringComparison.Ordinal));
        Assert.Contains(doc.Report.NoiseRemoved, l => l.StartsWith("*** START OF", StringComparison.Ordinal));
    }

    [Fact]
    public void Alices_title_page_names_no_author_twice_and_the_lede_is_the_edition()
    {
        if (!Directory.Exists(Repo.Corpus) && !Repo.IsCi) return;
        var doc = Read("text_gutenberg_alice-in-wonderland.txt");
        Assert.Contains("Lewis Carroll", doc.Report.NoiseRemoved);
        Assert.Equal(["THE MILLENNIUM FULCRUM EDITION 3.0"], BodyText.Blocks(doc.Lede));
    }

    [Fact]
    public void Elements_prints_no_contents_of_its_own_and_sets_its_transcribers_faces()
    {
        if (!Directory.Exists(Repo.Corpus) && !Repo.IsCi) return;
        var doc = Read("text_gutenberg_elements-of-style.txt");
        var lede = string.Join(" ", BodyText.Blocks(doc.Lede));
        Assert.DoesNotContain("CONTENTS", lede, StringComparison.Ordinal);
        Assert.DoesNotContain("Introductory", lede, StringComparison.Ordinal);
        Assert.Contains("Transcriber’s Notes", lede, StringComparison.Ordinal);   // what the transcriber wrote stays
        Assert.Contains("CONTENTS", doc.Report.NoiseRemoved);

        var inlines = Inlines(doc).ToList();
        Assert.Contains(inlines, i => i is Emphasis e && Briefing.Model.Inlines.PlainText(e.Content) == "The Rime of the Ancient Mariner");
        Assert.Contains(inlines, i => i is Strong s && Briefing.Model.Inlines.PlainText(s.Content) == "Headings.");
        Assert.True(inlines.OfType<Emphasis>().Count() > 100, $"{inlines.OfType<Emphasis>().Count()} italic runs");
        var text = string.Join(" ", doc.Chapters.SkipLast(1).SelectMany(AllText));
        Assert.DoesNotContain("=Headings.=", text, StringComparison.Ordinal);
        Assert.DoesNotContain("_The Rime", text, StringComparison.Ordinal);
    }

    private static List<string> AllText(Chapter c) =>
        [.. BodyText.Blocks(c.Blocks), .. c.Sections.SelectMany(s => BodyText.Blocks(s.Blocks))];

    private static IEnumerable<Inline> Inlines(Document doc)
    {
        var stack = new Stack<Inline>(BlockWalk.Descendants(doc.Chapters.SelectMany(c => c.Blocks.Concat(c.Sections.SelectMany(s => s.Blocks))))
            .OfType<Paragraph>().SelectMany(p => p.Content));
        while (stack.Count > 0)
        {
            var i = stack.Pop();
            yield return i;
            if (i is Emphasis e) foreach (var x in e.Content) stack.Push(x);
            if (i is Strong s) foreach (var x in s.Content) stack.Push(x);
        }
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
        // A transcriber's _italic_ and =bold= marks become faces, and quotes and dashes are set as type: compare the
        // words without marks, in typewriter forms ("one--the" is one word either way).
        var sourceWords = text.Split('\n').Where(l => !removed.Contains(l.Trim()))
            .SelectMany(l => l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Select(Unmarked).Where(w => w.Length > 0).ToList();
        var kept = BodyText.Of(doc).SelectMany(t => t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Select(Unmarked)
            .Concat(doc.Metadata.Title.Split(' ')).GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        var missing = sourceWords.GroupBy(w => w).Where(g => kept.GetValueOrDefault(g.Key) < g.Count() && !IsMarker(g.Key)).Select(g => g.Key).ToList();
        Assert.True(missing.Count == 0, "lost: " + string.Join(" ", missing.Take(20)));
    }

    private static string Unmarked(string word) =>
        Typewriter.Plain(word).Replace("_", "", StringComparison.Ordinal).Replace("=", "", StringComparison.Ordinal);

    // List markers become list structure (an ordered list keeps its numbers as numbering).
    private static bool IsMarker(string word) => word is "*" or "-" or "•" || word.All(c => c is '*' or '-' or '=')
        || System.Text.RegularExpressions.Regex.IsMatch(word, @"^\d{1,3}[.)]$");
}
