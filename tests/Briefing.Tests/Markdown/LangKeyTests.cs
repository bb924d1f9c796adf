using Briefing.Layout;
using Briefing.MarkdownExport;
using Briefing.Publishing;
using Briefing.Readers;
using Briefing.Styles;
using Briefing.Tests.Epub;
using Briefing.Tests.Integration;
using Briefing.Tests.Support;
using PdfSharp.Pdf.IO;
using Xunit;

namespace Briefing.Tests.Markdown;

/// <summary>pandoc's <c>lang:</c> front-matter key names the document's language as <c>language:</c> does: both
/// editions speak it, and import keeps the tag as the author wrote it.</summary>
public sealed class LangKeyTests
{
    private const string German = "---\ntitle: Test\nlang: de-DE\n---\n\nEin Absatz über Donaudampfschifffahrt.\n\n## Kapitel\n\nText.\n\n## Zweites Kapitel\n\nMehr Text.\n";

    [Fact]
    public void Lang_sets_the_language_of_both_editions()
    {
        Assert.Equal("de-DE", SourceReader.Parse(German, "g.md").Metadata.Language);
        using var dir = new TempDir();
        var build = Publisher.Build(new BuildRequest(dir.File("g.md", German), Path.Combine(dir.Path, "out")));
        var epub = new EpubPackage(File.ReadAllBytes(build.Epub()));
        Assert.Equal("de-DE", epub.Metadata.Element(EpubPackage.Dc + "language")!.Value);
        var nav = epub.EntryNames.Single(n => n.EndsWith("nav.xhtml", StringComparison.Ordinal));
        Assert.Contains(epub.Xml(nav).Descendants(EpubPackage.X + "h1"), h => h.Value == "Inhalt");
        using var pdf = PdfReader.Open(build.Pdf(), PdfDocumentOpenMode.Import);
        Assert.Equal("de-DE", pdf.Internals.Catalog.Elements.GetString("/Lang"));
        var layout = LayoutEngine.Layout(SourceReader.Parse(German, "g.md"), StyleLoader.Load(Repo.DefaultStyle), "a4");
        Assert.Contains(layout.Pages.SelectMany(p => p.Items).OfType<TextItem>(), t => t.Text.StartsWith("Seite ", StringComparison.Ordinal));
    }

    [Fact]
    public void Language_wins_over_a_differing_lang_with_a_warning_at_its_line()
    {
        using var dir = new TempDir();
        var path = dir.File("a.md", "---\nlang: fr\ntitle: T\nlanguage: de\n---\n\n# T\n\nText.\n");
        var document = SourceReader.Read(path);
        Assert.Equal("de", document.Metadata.Language);
        var warning = Assert.Single(document.Report.Warnings);
        Assert.Equal($"{path}:2: lang 'fr' differs from language 'de' (line 4); language is used", warning.ToString());
        Assert.Empty(SourceReader.Parse("---\nlanguage: de\nlang: de\n---\n\n# T\n\nText.\n", "b.md").Report.Warnings);
    }

    [Fact]
    public void Import_keeps_the_tag_as_written()
    {
        var document = SourceReader.Parse("---\ntitle: Handbook\nlang: en-GB\n---\n\n# Handbook\n\nText.\n", "h.md");
        var markdown = MarkdownWriter.Write(document);
        Assert.Contains("language: en-GB\n", markdown, StringComparison.Ordinal);
        Assert.Equal("en-GB", SourceReader.Parse(markdown, "h.md").Metadata.Language);
    }
}
