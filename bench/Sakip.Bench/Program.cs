using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Sakip.Bench.NationalCapaianBenchmarks).Assembly).Run(args);
