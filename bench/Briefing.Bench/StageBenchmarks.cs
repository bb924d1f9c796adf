using BenchmarkDotNet.Attributes;
using Briefing.Epub;
using Briefing.Layout;
using Briefing.Model;
using Briefing.Pdf;
using Briefing.Readers;
using Briefing.Styles;

namespace Briefing.Bench;

/// <summary>Each pipeline stage on its own, for the seed (1×) and the 100× concatenation.</summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    [Params(1, 100)]
    public int Copies { get; set; }

    private string _text = "";
    private string _path = "";
    private Document _document = null!;
    private Style _style = null!;
    private LaidOutDocument _layout = null!;

    [GlobalSetup]
    public void Setup()
    {
        _path = Copies == 1 ? Inputs.Seed : Inputs.Concatenated(Copies);
        _text = SourceText.Load(_path);
        _document = SourceReader.Parse(_text, _path);
        _style = StyleLoader.Load(Path.Combine(Inputs.RepoRoot, "styles", "briefing.yaml"));
        _layout = LayoutEngine.Layout(_document, _style, "a4");
    }

    // object: the model types are internal (the bench sees them through InternalsVisibleTo).
    [Benchmark] public object Import() => SourceReader.Parse(_text, _path);

    [Benchmark] public object Layout() => LayoutEngine.Layout(_document, _style, "a4");

    [Benchmark]
    public long Pdf() => PdfWriter.Write(_layout, new PdfOptions(DateTimeOffset.UnixEpoch)).Length;

    [Benchmark]
    public long Epub()
    {
        using var s = new MemoryStream();
        EpubWriter.Write(_document, _style, new EpubOptions(DateTimeOffset.UnixEpoch, _layout.PageOfAnchor), s);
        return s.Length;
    }
}
