using Microsoft.Extensions.Logging;

namespace Santorin.Hosting;

/// <summary>The Durable Task sidecar's log lines, event ids 8010s. Ids and counts only.</summary>
internal static partial class Logs
{
    [LoggerMessage(8010, LogLevel.Information, "Durable Task sidecar on Azure Storage listening at {Address}")]
    public static partial void SidecarStarted(ILogger logger, string address);

    [LoggerMessage(8011, LogLevel.Information, "Durable Task sidecar drained: no work in flight, backend stopped")]
    public static partial void SidecarDrained(ILogger logger);

    [LoggerMessage(
        8012,
        LogLevel.Warning,
        "Durable Task sidecar still had work in flight after {Seconds} s: it resumes after the next start")]
    public static partial void SidecarDrainTimedOut(ILogger logger, double seconds);

    [LoggerMessage(8013, LogLevel.Information, "Durable Task sidecar stopped")]
    public static partial void SidecarStopped(ILogger logger);
}
