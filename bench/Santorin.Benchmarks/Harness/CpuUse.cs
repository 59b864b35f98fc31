using System.Diagnostics;
using System.Globalization;
using Santorin.Testing;

namespace Santorin.Benchmarks.Harness;

/// <summary>
/// Processor time used by this process (application, simulators, clients) and by Azurite during a
/// measurement: on a machine of two cores, it tells whether a case waited or computed, and where.
/// </summary>
internal sealed record CpuUse(TimeSpan Bench, TimeSpan? Azurite)
{
    public static Snapshot Start() => new(CurrentProcess(), AzuriteServer.ProcessorTime);

    public override string ToString() =>
        $"CPU {Seconds(Bench)} s here, {(Azurite is { } azurite ? Seconds(azurite) : "?")} s in Azurite";

    private static TimeSpan CurrentProcess()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);

    internal sealed record Snapshot(TimeSpan Bench, TimeSpan? Azurite)
    {
        public CpuUse Stop() => new(CurrentProcess() - Bench, AzuriteServer.ProcessorTime - Azurite);
    }
}
