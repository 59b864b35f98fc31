using DurableTask.AzureStorage;
using DurableTask.Core;

namespace Santorin.Hosting.Durable;

/// <summary>
/// The Azure Storage backend as the sidecar's dispatchers see it, with two changes for a clean
/// stop. A wait for the next work item ends when the dispatcher cancels it: the backend goes on
/// waiting until it is stopped, which the dispatchers do only after their waits end, so without
/// this neither would ever end. And it tells when the dispatchers stopped it, which they do once
/// no work is in flight: the host waits for that before it lets the worker go.
/// </summary>
internal sealed class StoppableOrchestrationService(AzureStorageOrchestrationService inner) : IOrchestrationService
{
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Stopped => _stopped.Task;

    public int TaskOrchestrationDispatcherCount => inner.TaskOrchestrationDispatcherCount;

    public int MaxConcurrentTaskOrchestrationWorkItems => inner.MaxConcurrentTaskOrchestrationWorkItems;

    public BehaviorOnContinueAsNew EventBehaviourForContinueAsNew => inner.EventBehaviourForContinueAsNew;

    public int TaskActivityDispatcherCount => inner.TaskActivityDispatcherCount;

    public int MaxConcurrentTaskActivityWorkItems => inner.MaxConcurrentTaskActivityWorkItems;

    public Task StartAsync() => inner.StartAsync();

    public async Task StopAsync()
    {
        await inner.StopAsync();
        _stopped.TrySetResult();
    }

    public async Task StopAsync(bool isForced)
    {
        await inner.StopAsync(isForced);
        _stopped.TrySetResult();
    }

    public Task CreateAsync() => inner.CreateAsync();

    public Task CreateAsync(bool recreateInstanceStore) => inner.CreateAsync(recreateInstanceStore);

    public Task CreateIfNotExistsAsync() => inner.CreateIfNotExistsAsync();

    public Task DeleteAsync() => inner.DeleteAsync();

    public Task DeleteAsync(bool deleteInstanceStore) => inner.DeleteAsync(deleteInstanceStore);

    public bool IsMaxMessageCountExceeded(int currentMessageCount, OrchestrationRuntimeState runtimeState) =>
        inner.IsMaxMessageCountExceeded(currentMessageCount, runtimeState);

    public int GetDelayInSecondsAfterOnProcessException(Exception exception) =>
        inner.GetDelayInSecondsAfterOnProcessException(exception);

    public int GetDelayInSecondsAfterOnFetchException(Exception exception) =>
        inner.GetDelayInSecondsAfterOnFetchException(exception);

    public Task<TaskOrchestrationWorkItem> LockNextTaskOrchestrationWorkItemAsync(
        TimeSpan receiveTimeout,
        CancellationToken cancellationToken) =>
        UntilCancelledAsync(
            inner.LockNextTaskOrchestrationWorkItemAsync(receiveTimeout, cancellationToken),
            inner.AbandonTaskOrchestrationWorkItemAsync,
            cancellationToken);

    public Task RenewTaskOrchestrationWorkItemLockAsync(TaskOrchestrationWorkItem workItem) =>
        inner.RenewTaskOrchestrationWorkItemLockAsync(workItem);

    public Task CompleteTaskOrchestrationWorkItemAsync(
        TaskOrchestrationWorkItem workItem,
        OrchestrationRuntimeState newOrchestrationRuntimeState,
        IList<TaskMessage> outboundMessages,
        IList<TaskMessage> orchestratorMessages,
        IList<TaskMessage> timerMessages,
        TaskMessage continuedAsNewMessage,
        OrchestrationState orchestrationState) =>
        inner.CompleteTaskOrchestrationWorkItemAsync(
            workItem,
            newOrchestrationRuntimeState,
            outboundMessages,
            orchestratorMessages,
            timerMessages,
            continuedAsNewMessage,
            orchestrationState);

    public Task AbandonTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem) =>
        inner.AbandonTaskOrchestrationWorkItemAsync(workItem);

    public Task ReleaseTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem) =>
        inner.ReleaseTaskOrchestrationWorkItemAsync(workItem);

    public Task<TaskActivityWorkItem> LockNextTaskActivityWorkItem(
        TimeSpan receiveTimeout,
        CancellationToken cancellationToken) =>
        UntilCancelledAsync(
            inner.LockNextTaskActivityWorkItem(receiveTimeout, cancellationToken),
            inner.AbandonTaskActivityWorkItemAsync,
            cancellationToken);

    public Task<TaskActivityWorkItem> RenewTaskActivityWorkItemLockAsync(TaskActivityWorkItem workItem) =>
        inner.RenewTaskActivityWorkItemLockAsync(workItem);

    public Task CompleteTaskActivityWorkItemAsync(TaskActivityWorkItem workItem, TaskMessage responseMessage) =>
        inner.CompleteTaskActivityWorkItemAsync(workItem, responseMessage);

    public Task AbandonTaskActivityWorkItemAsync(TaskActivityWorkItem workItem) =>
        inner.AbandonTaskActivityWorkItemAsync(workItem);

    /// <summary>
    /// The work item the backend finds, or a cancellation once the dispatcher gives up waiting. A
    /// work item found after that is handed back at once, so that it does not stay invisible in
    /// its queue until its visibility timeout.
    /// </summary>
    private static async Task<T> UntilCancelledAsync<T>(
        Task<T> locking,
        Func<T, Task> abandonAsync,
        CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return await locking.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (!locking.IsCompleted)
        {
            _ = locking.ContinueWith(
                found => found.IsCompletedSuccessfully && found.Result is { } item
                    ? abandonAsync(item)
                    : Task.CompletedTask,
                CancellationToken.None,
                TaskContinuationOptions.None,
                TaskScheduler.Default).Unwrap();
            throw;
        }
    }
}
