using Briefing.Publishing;
using Briefing.Styles;

namespace Briefing;

/// <summary>
/// The library's entry point: builds the PDF briefing and the EPUB 3 e-book of a source, to files or to streams.
/// Thread-safe: sources may be built in parallel.
/// </summary>
public static class BriefingBuilder
{
    /// <summary>
    /// Builds a source file into <paramref name="outputDirectory"/> as <c>NAME.pdf</c> and <c>NAME.epub</c>. Both
    /// outputs are made in memory first and each is moved into place whole, so a failure leaves earlier files intact.
    /// </summary>
    /// <param name="sourcePath">The source file (<c>.txt</c>, <c>.md</c>); its sidecar is read too.</param>
    /// <param name="outputDirectory">Where the outputs go (created when missing).</param>
    /// <param name="options">Style, paper, formats, timestamp; null for the defaults.</param>
    /// <exception cref="InputException">The source, its sidecar or the style cannot be used, or the output folder
    /// cannot be written.</exception>
    public static BriefingResult BuildFiles(string sourcePath, string outputDirectory, BriefingOptions? options = null)
    {
        options = Checked(options);
        var result = Publisher.Build(new BuildRequest(sourcePath, outputDirectory, options.Formats, options.Paper,
            options.Style, options.MaxInputBytes, options.Timestamp));
        var outputs = result.Outputs.Select(o => new BriefingOutput(
            o.Path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? OutputFormats.Pdf : OutputFormats.Epub, o.Path, o.Bytes));
        return new BriefingResult(result.Pages, outputs.ToList(), result.Warnings);
    }

    /// <summary>
    /// Builds a source into streams: the PDF into <paramref name="pdf"/> and the EPUB into <paramref name="epub"/>
    /// (either may be null, not both). Nothing is written to either stream unless both are made.
    /// </summary>
    /// <param name="source">A source from <see cref="BriefingSource.Read"/> or <see cref="BriefingSource.Parse"/>.</param>
    /// <param name="pdf">Receives the PDF, or null for none.</param>
    /// <param name="epub">Receives the EPUB, or null for none.</param>
    /// <param name="options">Style, paper, timestamp; null for the defaults.</param>
    /// <exception cref="InputException">The style cannot be used.</exception>
    public static BriefingResult Build(BriefingSource source, Stream? pdf, Stream? epub, BriefingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (pdf is null && epub is null) throw new ArgumentException("give a stream for the PDF, the EPUB or both");
        options = Checked(options);
        var document = source.Document;
        var style = StyleLoader.Load(StyleResolver.PathFor(options.Style, document));
        var timestamp = options.Timestamp ?? BuildTimestamp.For(source.IsFile ? source.Name : null);
        var formats = (pdf is null ? 0 : OutputFormats.Pdf) | (epub is null ? 0 : OutputFormats.Epub);
        var rendered = Publisher.Render(document, style, options.Paper ?? style.Paper, timestamp, formats);
        var (layout, pdfBytes, epubBytes) = (rendered.Layout, rendered.Pdf, rendered.Epub);
        var outputs = new List<BriefingOutput>();
        if (pdfBytes is not null) { pdf!.Write(pdfBytes); outputs.Add(new BriefingOutput(OutputFormats.Pdf, null, pdfBytes.Length)); }
        if (epubBytes is not null) { epub!.Write(epubBytes); outputs.Add(new BriefingOutput(OutputFormats.Epub, null, epubBytes.Length)); }
        return new BriefingResult(layout.PageCount, outputs, Publisher.Warnings(document, layout, source.IsFile));
    }

    private static BriefingOptions Checked(BriefingOptions? options)
    {
        options ??= new BriefingOptions();
        if (options.Paper is { } paper && !Paper.Names.Contains(paper.ToLowerInvariant()))
            throw new ArgumentException($"unknown paper '{paper}' (use {string.Join(" or ", Paper.Names)})", nameof(options));
        if ((options.Formats & OutputFormats.All) == 0)
            throw new ArgumentException("no output format chosen", nameof(options));
        return options;
    }
}
