using System.Globalization;

namespace Santorin.Benchmarks;

/// <summary>
/// The load of the machine before and after the run: ratios are measured in the same run, but a
/// machine shared with other builds slows every figure, so the results say how loaded it was.
/// </summary>
internal sealed record MachineState(string LoadBefore, string LoadAfter, DateTimeOffset FinishedAt)
{
    public static string ReadLoad() =>
        File.Exists("/proc/loadavg")
            ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))
            : "unknown";

    public string Describe() =>
        $"{Environment.ProcessorCount} cores, load average (1, 5, 15 min) {LoadBefore} before and " +
        $"{LoadAfter} after, .NET {Environment.Version.ToString(3)}";

    public static string Megabytes(long bytes) =>
        (bytes / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture) + " MB";
}
