using System.Diagnostics.Tracing;
using Briefing.Epub;
using Briefing.Layout;
using Briefing.Pdf;
using Briefing.Readers;
using Briefing.Styles;

namespace Briefing.Bench;

/// <summary>
/// `alloc [copies]`: bytes allocated by each stage of one build (after a warm-up build), and the types that take
/// them, sampled from the runtime's AllocationTick events (one per ~100 KB allocated). No external tracer needed.
/// </summary>
internal static class AllocationProfile
{
    public static void Run(int copies)
    {
        var path = copies == 1 ? Inputs.Seed : Inputs.Concatenated(copies);
        var style = StyleLoader.Load(Path.Combine(Inputs.RepoRoot, "styles", "briefing.yaml"));
        Build(path, style, null); // warm-up: fonts, patterns and caches loaded once per process
        using var ticks = new AllocationTicks();
        var stages = Build(path, style, ticks);
        Console.WriteLine($"{"stage",-8} {"MB",8}");
        foreach (var (name, bytes) in stages) Console.WriteLine($"{name,-8} {bytes / 1e6,8:F2}");
        Console.WriteLine($"{"total",-8} {stages.Sum(s => s.Bytes) / 1e6,8:F2}");
        Console.WriteLine();
        foreach (var stage in ticks.ByStage.OrderBy(s => s.Key))
        {
            var total = stage.Value.Values.Sum();
            Console.WriteLine($"{stage.Key}: sampled types (share of sampled bytes)");
            foreach (var (type, bytes) in stage.Value.OrderByDescending(t => t.Value).Take(12))
                Console.WriteLine($"  {100.0 * bytes / total,5:F1} %  {type}");
        }
    }

    private static List<(string Name, long Bytes)> Build(string path, Style style, AllocationTicks? ticks)
    {
        var result = new List<(string, long)>();
        T Stage<T>(string name, Func<T> run)
        {
            if (ticks is not null) ticks.Stage = name;
            var before = GC.GetAllocatedBytesForCurrentThread();
            var value = run();
            result.Add((name, GC.GetAllocatedBytesForCurrentThread() - before));
            return value;
        }
        var document = Stage("import", () => SourceReader.Parse(SourceText.Load(path), path));
        var layout = Stage("layout", () => LayoutEngine.Layout(document, style, "a4"));
        Stage("pdf", () => (long)PdfWriter.Write(layout, new PdfOptions(DateTimeOffset.UnixEpoch)).Length);
        Stage("epub", () =>
        {
            using var s = new MemoryStream();
            EpubWriter.Write(document, style, new EpubOptions(DateTimeOffset.UnixEpoch, layout.PageOfAnchor), s);
            return s.Length;
        });
        return result;
    }

    private sealed class AllocationTicks : EventListener
    {
        public string Stage { get; set; } = "";
        public Dictionary<string, Dictionary<string, long>> ByStage { get; } = [];

        protected override void OnEventSourceCreated(EventSource source)
        {
            // GC keyword (0x1) at verbose level carries GCAllocationTick.
            if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (!e.EventName!.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null) return;
            var type = e.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? e.Payload[t] as string ?? "?" : "?";
            var amount = e.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(e.Payload[a]) : 100_000;
            lock (ByStage)
            {
                if (!ByStage.TryGetValue(Stage, out var types)) ByStage[Stage] = types = [];
                types[type] = types.GetValueOrDefault(type) + amount;
            }
        }
    }
}
