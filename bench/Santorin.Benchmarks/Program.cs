using Santorin.Benchmarks;

return await BenchRunner.RunAsync(BenchOptions.Parse(args), CancellationToken.None);
