using BenchmarkDotNet.Running;

// In-process stage benchmarks: dotnet run -c Release --project bench/Briefing.Bench -- --filter '*'
// Allocation profile of one build: dotnet run -c Release --project bench/Briefing.Bench -- alloc [copies]
if (args is ["alloc", ..])
{
    Briefing.Bench.AllocationProfile.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Briefing.Bench.StageBenchmarks).Assembly).Run(args);
