namespace Santorin.Benchmarks.Cases;

/// <summary>One measurement: it prepares what it needs untimed, times its subject and its floor.</summary>
internal interface IBenchCase
{
    string Name { get; }

    Task<BenchResult> RunAsync(CancellationToken cancellationToken);
}
