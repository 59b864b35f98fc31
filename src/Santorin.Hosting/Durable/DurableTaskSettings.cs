namespace Santorin.Hosting.Durable;

/// <summary>
/// The task hub a host other than the Functions host runs its workflows on, section
/// <c>DurableTask</c>. Hub and limits are the Functions app's by default (see host.json), so both
/// hosts can share one storage account and behave alike.
/// </summary>
public sealed class DurableTaskSettings
{
    public const string SectionName = "DurableTask";

    public string HubName { get; set; } = "SantorinClosure";

    /// <summary>
    /// Stable across restarts: a new id would wait for the previous process's partition leases to
    /// expire before it picks up any work.
    /// </summary>
    public string WorkerId { get; set; } = $"devhost-{Environment.MachineName}";

    public int PartitionCount { get; set; } = 4;

    /// <summary>Activities run at once by this worker, as <c>maxConcurrentActivityFunctions</c>.</summary>
    public int MaxConcurrentActivities { get; set; } = 16;

    /// <summary>
    /// The longest wait between two polls of an idle queue, as <c>maxQueuePollingInterval</c>: a
    /// closure started after a quiet spell is picked up within it (30 s by the backend's default).
    /// </summary>
    public TimeSpan MaxQueuePollingInterval { get; set; } = TimeSpan.FromSeconds(2);
}
