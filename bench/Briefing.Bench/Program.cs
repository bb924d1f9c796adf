using BenchmarkDotNet.Running;

// In-process stage benchmarks: dotnet run -c Release --project bench/Briefing.Bench -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Briefing.Bench.StageBenchmarks).Assembly).Run(args);
