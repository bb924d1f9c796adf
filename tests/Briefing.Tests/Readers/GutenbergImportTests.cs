using Briefing.Model;
using Briefing.Readers;
using Briefing.Tests.Layout;
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

    [Theory]
    [InlineData("fr", "CHAPITRE PREMIER", "CHAPITRE II")]
    [InlineData("de", "Kapitel 1", "Kapitel 2")]
    [InlineData("es", "CAPÍTULO I", "CAPÍTULO II")]
    public void Chapter_markers_are_read_in_the_book_s_own_language(string language, string first, string second)
    {
        // A French book's "CHAPITRE PREMIER" was not a chapter: its text fell into the English licence's chapter.
        var frame = "The Project Gutenberg eBook of Contes, by Jean Exemple\n\nThis eBook is for the use of anyone anywhere at no cost.\n\n"
            + $"Title: Contes\n\nAuthor: Jean Exemple\n\nLanguage: {language}\n\n*** START OF THE PROJECT GUTENBERG EBOOK CONTES ***\n\n";
        var body = $"{first}\n\nLA PETITE MAISON\n\n{BriefingFixture.Sentences(3, 12)}\n\n{second}\n\nLE VOYAGEUR\n\n{BriefingFixture.Sentences(3, 12)}\n\n";
        var doc = SourceReader.Parse(frame + body + "*** END OF THE PROJECT GUTENBERG EBOOK CONTES ***\n\nThe licence follows.\n", "contes.txt");
        Assert.Equal([$"{first} LA PETITE MAISON", $"{second} LE VOYAGEUR", "About This E-Book"], doc.Chapters.Select(c => c.Heading.Text));
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
    public void Alices_title_page_names_no_author_twice_and_its_edition_is_the_subtitle_not_a_summary()
    {
        if (!Directory.Exists(Repo.Corpus) && !Repo.IsCi) return;
        var doc = Read("text_gutenberg_alice-in-wonderland.txt");
        Assert.Contains("Lewis Carroll", doc.Report.NoiseRemoved);
        Assert.Contains("THE MILLENNIUM FULCRUM EDITION 3.0", doc.Report.NoiseRemoved);
        Assert.Equal("The Millennium Fulcrum Edition 3.0", doc.Metadata.Subtitle);
        Assert.Empty(doc.Lede);
    }

    [Fact]
    public void Alices_closing_line_is_the_last_paragraph_of_the_last_chapter()
    {
        if (!Directory.Exists(Repo.Corpus) && !Repo.IsCi) return;
        var doc = Read("text_gutenberg_alice-in-wonderland.txt");
        var last = doc.Chapters[11];
        Assert.Empty(last.Sections);
        Assert.Equal("THE END", Briefing.Model.Inlines.PlainText(Assert.IsType<Paragraph>(last.Blocks[^1]).Content));
        Assert.DoesNotContain(doc.Chapters, c => c.Heading.Text.Contains("THE END", StringComparison.Ordinal));
    }

    [Fact]
    public void Alices_poems_are_quotes_that_keep_their_lines_and_shape()
    {
        if (!Directory.Exists(Repo.Corpus) && !Repo.IsCi) return;
        var doc = Read("text_gutenberg_alice-in-wonderland.txt");
        var quotes = doc.Chapters.SelectMany(c => c.Blocks).OfType<Quote>().ToList();
        var crocodile = Lines(quotes.Single(q => Lines(q.Blocks[0])[0] == "‘How doth the little crocodile").Blocks[0]);
        Assert.Equal(["‘How doth the little crocodile", "\u00A0\u00A0Improve his shining tail,", "And pour the waters of the Nile",
            "\u00A0\u00A0On every golden scale!"], crocodile);
        var william = quotes.Single(q => Lines(q.Blocks[0])[0].StartsWith("‘You are old, Father William,", StringComparison.Ordinal));
        Assert.Equal(8, william.Blocks.Count);
        Assert.All(william.Blocks, stanza => Assert.Equal(4, Lines(stanza).Count));
        // The Lobster Quadrille is set in by one column only, its couplets as long as the prose's lines.
        var song = quotes.Single(q => Lines(q.Blocks[0])[0].Contains("Will you walk a little faster?", StringComparison.Ordinal));
        Assert.Equal(2, Lines(song.Blocks[0]).Count);
        // The mouse's tale winds down the page: one line a word or three, set in by as much as ten columns more.
        var tale = Lines(quotes.Single(q => Lines(q.Blocks[0])[0].StartsWith("\u00A0", StringComparison.Ordinal)
                                           && Lines(q.Blocks[0])[0].Contains("Fury said to a", StringComparison.Ordinal)).Blocks[0]);
        Assert.True(tale.Count > 40, $"{tale.Count} lines");
        Assert.Contains(tale, l => l.StartsWith(new string('\u00A0', 20), StringComparison.Ordinal));
    }

    [Fact]
    public void Elements_prints_no_contents_of_its_own_and_sets_its_transcribers_faces()
    {
        if (!Directory.Exists(Repo.Corpus) && !Repo.IsCi) return;
        var doc = Read("text_gutenberg_elements-of-style.txt");
        Assert.Empty(doc.Lede);
        Assert.Contains("CONTENTS", doc.Report.NoiseRemoved);
        Assert.DoesNotContain(doc.Chapters.SkipLast(1).SelectMany(AllText), t => t.Contains("Introductory", StringComparison.Ordinal));

        var inlines = Inlines(doc).ToList();
        Assert.Contains(inlines, i => i is Emphasis e && Briefing.Model.Inlines.PlainText(e.Content) == "The Rime of the Ancient Mariner");
        Assert.Contains(inlines, i => i is Strong s && Briefing.Model.Inlines.PlainText(s.Content) == "Headings.");
        Assert.True(inlines.OfType<Emphasis>().Count() > 100, $"{inlines.OfType<Emphasis>().Count()} italic runs");
        var text = string.Join(" ", doc.Chapters.SkipLast(1).SelectMany(AllText));
        Assert.DoesNotContain("=Headings.=", text, StringComparison.Ordinal);
        Assert.DoesNotContain("_The Rime", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Elements_title_page_and_transcribers_notes_are_about_the_e_book_not_its_summary()
    {
        if (!Directory.Exists(Repo.Corpus) && !Repo.IsCi) return;
        var doc = Read("text_gutenberg_elements-of-style.txt");
        Assert.Empty(doc.Lede);
        var back = AllText(doc.Chapters[^1]);
        // What the transcriber wrote stays, after the credit and before the licence, the closing list of corrections too.
        int At(string start) => back.FindIndex(t => t.TrimStart('\u00A0').StartsWith(start, StringComparison.Ordinal));
        int[] order = [At("Produced by"), At("[ Transcriber’s Notes:"), At("BY WILLIAM STRUNK, Jr."), At("THE MAPLE PRESS YORK PA"),
            At("[ Transcriber’s Note:"), At("The following is a list of corrections"), At("End of the Project Gutenberg")];
        Assert.True(order.All(i => i >= 0) && order.SequenceEqual(order.Order()), string.Join(", ", order));
        Assert.DoesNotContain(doc.Chapters.SkipLast(1).SelectMany(AllText), t => t.Contains("Transcriber", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Chapters.SkipLast(1).SelectMany(AllText), t => t.Contains("MAPLE PRESS", StringComparison.Ordinal));
    }

    [Fact]
    public void Elements_examples_are_quotes_the_corrected_form_further_in()
    {
        if (!Directory.Exists(Repo.Corpus) && !Repo.IsCi) return;
        var doc = Read("text_gutenberg_elements-of-style.txt");
        var rule1 = doc.Chapters[1].Sections[0].Blocks;
        Assert.Equal([typeof(Paragraph), typeof(Quote), typeof(Paragraph)], rule1.Take(3).Select(b => b.GetType()));
        Assert.Equal(["Charles’s friend", "Burns’s poems", "the witch’s malice"], ((Quote)rule1[1]).Blocks.Select(b => Lines(b).Single()));
        // Rule 7: each faulty sentence, then its correction two columns further in; a sentence wrapped in the source is
        // one line of text, reflowed.
        var pairs = doc.Chapters[1].Sections[6].Blocks.OfType<Quote>().Single(q => q.Blocks.Count == 8).Blocks.Select(Lines).ToList();
        Assert.Equal(["On arriving in Chicago, his friends met him at the station."], pairs[0]);
        Assert.Equal(["\u00A0\u00A0\u00A0\u00A0When he arrived (or, On his arrival) in Chicago, his friends met him at the station."], pairs[1]);
    }

    private static List<string> Lines(Block block) => SetInTextTests.Lines(block);

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
