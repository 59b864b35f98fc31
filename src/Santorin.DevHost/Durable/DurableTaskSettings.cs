namespace Santorin.DevHost.Durable;

/// <summary>
/// The task hub the development host runs its workflows on, section <c>DurableTask</c>. The hub is
/// the Functions app's by default, so both hosts can share one storage account for a test.
/// </summary>
internal sealed class DurableTaskSettings
{
    public const string SectionName = "DurableTask";

    public string HubName { get; set; } = "SantorinClosure";

    /// <summary>
    /// Stable across restarts: a new id would wait for the previous process's partition leases to
    /// expire before it picks up any work.
    /// </summary>
    public string WorkerId { get; set; } = $"devhost-{Environment.MachineName}";

    public int PartitionCount { get; set; } = 4;

    public int MaxConcurrentActivities { get; set; } = 50;
}
