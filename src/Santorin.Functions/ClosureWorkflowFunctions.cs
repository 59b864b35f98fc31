using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Santorin.Application.Closure;

namespace Santorin.Functions;

/// <summary>The closure orchestration and its activities, under the names the workflow calls them by.</summary>
public sealed class ClosureWorkflowFunctions(ClosureActivities activities)
{
    [Function(ClosureOrchestration.Name)]
    public static Task<RunCompletion> RunClosureAsync([OrchestrationTrigger] TaskOrchestrationContext context) =>
        ClosureOrchestration.RunAsync(context, context.GetInput<ClosureInput>()!);

    [Function(ClosureActivities.CheckPublication)]
    public Task<ExportFailure?> CheckPublicationAsync(
        [ActivityTrigger] ClosureInput input,
        CancellationToken cancellationToken) =>
        activities.CheckPublicationAsync(input, cancellationToken);

    [Function(ClosureActivities.Plan)]
    public Task<PlannedRun> PlanAsync([ActivityTrigger] ClosureInput input, CancellationToken cancellationToken) =>
        activities.PlanAsync(input, cancellationToken);

    [Function(ClosureActivities.SendBatch)]
    public Task<BatchOutcome> SendBatchAsync([ActivityTrigger] BatchInput input, CancellationToken cancellationToken) =>
        activities.SendBatchAsync(input, cancellationToken);

    [Function(ClosureActivities.DeclareWorkDone)]
    public Task<WorkDoneOutcome> DeclareWorkDoneAsync(
        [ActivityTrigger] WorkDoneInput input,
        CancellationToken cancellationToken) =>
        activities.DeclareWorkDoneAsync(input, cancellationToken);

    [Function(ClosureActivities.Complete)]
    public Task<bool> CompleteAsync([ActivityTrigger] RunCompletion input, CancellationToken cancellationToken) =>
        activities.CompleteAsync(input, cancellationToken);
}
