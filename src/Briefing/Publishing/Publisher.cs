using System.Diagnostics;
using Briefing.Epub;
using Briefing.Layout;
using Briefing.Model;
using Briefing.Pdf;
using Briefing.Readers;
using Briefing.Styles;

namespace Briefing.Publishing;

/// <summary>The whole pipeline for one input: read → layout → PDF, and model → EPUB, each output written atomically.</summary>
internal static class Publisher
{
    /// <summary>Builds one input. Bad input, or an output folder that cannot be written (found before any reading),
    /// throws <see cref="InputException"/>; no output is touched then.</summary>
    /// <param name="request">What to build.</param>
    /// <param name="onStage">Told the name of each stage as it starts (for progress displays).</param>
    public static BuildResult Build(BuildRequest request, Action<string>? onStage = null)
    {
        var stages = new List<(string, TimeSpan)>();
        var clock = Stopwatch.StartNew();
        T Stage<T>(string name, Func<T> work)
        {
            onStage?.Invoke(name);
            clock.Restart();
            var result = work();
            stages.Add((name, clock.Elapsed));
            return result;
        }

        var stem = Path.GetFileNameWithoutExtension(request.Source);
        OutputFolder.Prepare(request.OutputDirectory, stem + (request.Formats.HasFlag(OutputFormats.Pdf) ? ".pdf" : ".epub"));
        var document = Stage("import", () => SourceReader.Read(request.Source, request.MaxInputBytes));
        var style = Stage("style", () => StyleLoader.Load(StyleResolver.PathFor(request.StylePath, document)));
        var timestamp = request.Timestamp ?? BuildTimestamp.For(request.Source);
        var outputs = new List<(string, long)>();

        var rendered = Render(document, style, request.Paper ?? style.Paper, timestamp, request.Formats, onStage, request.SingleCore);
        stages.AddRange(rendered.Stages);
        var (layout, pdf, epub) = (rendered.Layout, rendered.Pdf, rendered.Epub);

        Stage("write", () =>
        {
            if (pdf is not null) outputs.Add(Save(Path.Combine(request.OutputDirectory, stem + ".pdf"), pdf));
            if (epub is not null) outputs.Add(Save(Path.Combine(request.OutputDirectory, stem + ".epub"), epub));
            return 0;
        });
        return new BuildResult(request.Source, outputs, layout.PageCount, stages, Warnings(document, layout, true),
            new Lazy<string>(() => StructureReport.Text(document, warnings: false)));
    }

    /// <summary>The reader's warnings, then the layout's (each where the source asked for what it could not do), and
    /// each missing glyph where it first is in the source (when the source is a file).</summary>
    public static IReadOnlyList<Diagnostic> Warnings(Document document, LaidOutDocument layout, bool sourceIsFile) =>
        [.. document.Report.Warnings, .. layout.Warnings, .. GlyphCheck.Locate(document, layout.MissingGlyphs, sourceIsFile)];

    /// <summary>
    /// Lays out a read document and renders the chosen outputs into memory, so a failure in either leaves every file
    /// untouched. The writers only read the document and the layout, so the EPUB is written beside the PDF on
    /// another core (unless <paramref name="singleCore"/>); and PDFsharp is warmed up on one while the first layout runs.
    /// </summary>
    public static Rendering Render(Document document, Style style, string paper, DateTimeOffset timestamp,
        OutputFormats formats, Action<string>? onStage = null, bool singleCore = false)
    {
        var stages = new List<(string, TimeSpan)>();
        var wantPdf = formats.HasFlag(OutputFormats.Pdf);
        var wantEpub = formats.HasFlag(OutputFormats.Epub);
        if (wantPdf) PdfWarmUp.Start(StyleLoader.TextFontFiles(style));
        onStage?.Invoke("layout");
        var watch = Stopwatch.StartNew();
        // Layout runs for EPUB too: its page-list cites the printed pages.
        var layout = LayoutEngine.Layout(document, style, paper);
        stages.Add(("layout", watch.Elapsed));

        (byte[] Bytes, TimeSpan Elapsed) Timed(string name, Func<byte[]> write)
        {
            onStage?.Invoke(name);
            var clock = Stopwatch.StartNew();
            return (write(), clock.Elapsed);
        }
        (byte[], TimeSpan) WritePdf() => Timed("pdf", () => PdfWriter.Write(layout, new PdfOptions(timestamp, singleCore)));
        (byte[], TimeSpan) WriteEpub() => Timed("epub", () =>
        {
            using var buffer = new MemoryStream();
            EpubWriter.Write(document, style, new EpubOptions(timestamp, layout.PageOfAnchor), buffer);
            return buffer.ToArray();
        });
        byte[]? pdf = null, epub = null;
        var epubTask = wantPdf && wantEpub && !singleCore ? Task.Run(WriteEpub) : null;
        if (wantPdf)
        {
            (byte[], TimeSpan) written;
            try { written = WritePdf(); }
            catch
            {
                // Let the EPUB writer finish before the PDF writer's error leaves; its own error, if any, is moot.
                try { epubTask?.Wait(); } catch (AggregateException) { }
                throw;
            }
            (pdf, var elapsed) = written;
            stages.Add(("pdf", elapsed));
        }
        if (wantEpub)
        {
            (epub, var elapsed) = epubTask is null ? WriteEpub() : epubTask.GetAwaiter().GetResult();
            stages.Add(("epub", elapsed));
        }
        return new Rendering(layout, pdf, epub, stages);
    }

    private static (string, long) Save(string path, byte[] bytes)
    {
        try { return (path, AtomicFile.Write(path, s => s.Write(bytes))); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, 0, $"cannot write output: {e.Message}", e);
        }
    }
}

/// <summary>What <see cref="Publisher.Render"/> made: the layout, the outputs asked for, and the stage times.</summary>
internal sealed record Rendering(LaidOutDocument Layout, byte[]? Pdf, byte[]? Epub, IReadOnlyList<(string Name, TimeSpan Elapsed)> Stages);
