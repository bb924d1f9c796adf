using Briefing.Model;
using Briefing.Readers;
using Briefing.Tests.Support;
using Xunit;

namespace Briefing.Tests.Readers;

/// <summary>
/// A made-up Project Gutenberg book's title page, edition statement and transcribers' notes: none of them is the
/// book's summary. The edition is the subtitle (the sidecar's wins); the title page and the notes, the closing one
/// too, are kept word for word, in source order, in the chapter after the book.
/// </summary>
public sealed class GutenbergEditorialMatterTests
{
    private const string Book = """
        The Project Gutenberg EBook of A Small Book, by Ann Author

        Title: A Small Book

        Author: Ann Author

        Language: English

        *** START OF THIS PROJECT GUTENBERG EBOOK A SMALL BOOK ***

        Produced by A. Volunteer.

        [ Transcriber's Note:

        Italic text has been marked with _underscores_. ]

        A SMALL BOOK

        BY
        ANN AUTHOR, M.A.

        LONDON
        PRINTED FOR THE AUTHOR

        THE SECOND EDITION

        CHAPTER I. The Start

        It began one morning, when nobody expected anything to happen at all, as things do.

        CHAPTER II. The Finish

        And so it ended, as quietly as it had begun, with nobody the wiser for any of it.

                      THE END

        [ Transcriber's Note: one misprint
        was corrected. ]

        End of the Project Gutenberg EBook of A Small Book, by Ann Author

        *** END OF THIS PROJECT GUTENBERG EBOOK A SMALL BOOK ***

        THE FULL PROJECT GUTENBERG LICENSE
        """;

    private static Document Read(string text, string? sidecar = null)
    {
        using var dir = new TempDir();
        var path = dir.File("small.txt", text);
        if (sidecar is not null) dir.File("small.yaml", sidecar);
        return SourceReader.Read(path);
    }

    /// <summary>Text with every run of white space (no-break spaces too) one space.</summary>
    private static string Flat(IEnumerable<string> texts) =>
        string.Join(' ', string.Join(' ', texts).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void The_edition_is_the_subtitle_and_nothing_is_the_summary()
    {
        var doc = Read(Book);
        Assert.Empty(doc.Lede);
        Assert.Equal("The Second Edition", doc.Metadata.Subtitle);
        Assert.Contains("THE SECOND EDITION", doc.Report.NoiseRemoved);
        Assert.Equal(["CHAPTER I. The Start", "CHAPTER II. The Finish", "About This E-Book"], doc.Chapters.Select(c => c.Heading.Text));
        Assert.Equal("THE END", BodyText.Blocks(doc.Chapters[1].Blocks).Last());
    }

    [Fact]
    public void Title_page_and_notes_follow_the_credit_in_the_last_chapter()
    {
        var doc = Read(Book);
        var back = Flat(BodyText.Of(doc.Chapters[^1]));
        string[] order = ["Produced by A. Volunteer.", "[ Transcriber’s Note: Italic text has been marked with underscores. ]",
            "BY ANN AUTHOR, M.A.", "LONDON PRINTED FOR THE AUTHOR", "[ Transcriber’s Note: one misprint was corrected. ]",
            "End of the Project Gutenberg EBook"];
        var at = order.Select(t => back.IndexOf(t, StringComparison.Ordinal)).ToList();
        Assert.True(at.All(i => i >= 0) && at.SequenceEqual(at.Order()), $"{string.Join(", ", at)} in: {back}");
        var book = Flat(doc.Chapters.SkipLast(1).SelectMany(BodyText.Of));
        Assert.DoesNotContain("Transcriber", book, StringComparison.Ordinal);
        Assert.DoesNotContain("LONDON", book, StringComparison.Ordinal);
        Assert.DoesNotContain("LONDON", string.Join(" ", doc.Report.NoiseRemoved), StringComparison.Ordinal);   // moved, not removed
    }

    [Fact]
    public void The_sidecars_subtitle_wins()
    {
        var doc = Read(Book, "subtitle: A Tale in Two Parts\n");
        Assert.Equal("A Tale in Two Parts", doc.Metadata.Subtitle);
        Assert.Contains("THE SECOND EDITION", doc.Report.NoiseRemoved);
    }

    [Fact]
    public void A_heading_before_prose_ends_the_title_page()
    {
        // "PREFACE" is a capitalised line like the title page's, but it heads the prose under it: the book's text.
        var doc = Read(Book.Replace("THE SECOND EDITION", "PREFACE\n\nThis book was written over many years, and its author thanks all who helped.",
            StringComparison.Ordinal));
        Assert.Null(doc.Metadata.Subtitle);
        var back = Flat(BodyText.Of(doc.Chapters[^1]));
        Assert.Contains("LONDON PRINTED FOR THE AUTHOR", back, StringComparison.Ordinal);
        Assert.DoesNotContain("PREFACE", back, StringComparison.Ordinal);
        Assert.Contains("This book was written over many years, and its author thanks all who helped.", BodyText.Of(doc));
    }

    [Fact]
    public void Outside_a_gutenberg_frame_nothing_moves()
    {
        var doc = Read(Book.Replace("*** START OF", "START OF", StringComparison.Ordinal));
        Assert.Null(doc.Metadata.Subtitle);
        Assert.Contains("THE SECOND EDITION", BodyText.Of(doc));
    }
}
