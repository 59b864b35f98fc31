using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;
using Santorin.Application.Closure;
using Santorin.Application.Edition;

namespace Santorin.Application;

/// <summary>
/// The orchestrations and activities, for a Durable Task worker outside the Functions host (the
/// development host, the tests). The Functions app declares the same names as triggers.
/// </summary>
public static class SantorinWorkflows
{
    public static DurableTaskRegistry AddSantorinWorkflows(this DurableTaskRegistry registry)
    {
        registry.AddOrchestratorFunc<ClosureInput, RunCompletion>(
            ClosureOrchestration.Name,
            ClosureOrchestration.RunAsync);

        AddActivity<ClosureActivities, ClosureInput, ExportFailure?>(
            registry, ClosureActivities.CheckPublication, (a, input) => a.CheckPublicationAsync(input, default));
        AddActivity<ClosureActivities, ClosureInput, PlannedRun>(
            registry, ClosureActivities.Plan, (a, input) => a.PlanAsync(input, default));
        AddActivity<ClosureActivities, BatchInput, BatchOutcome>(
            registry, ClosureActivities.SendBatch, (a, input) => a.SendBatchAsync(input, default));
        AddActivity<ClosureActivities, WorkDoneInput, WorkDoneOutcome>(
            registry, ClosureActivities.DeclareWorkDone, (a, input) => a.DeclareWorkDoneAsync(input, default));
        AddActivity<ClosureActivities, RunCompletion, bool>(
            registry, ClosureActivities.Complete, (a, input) => a.CompleteAsync(input, default));
        registry.AddEditionWorkflows();
        return registry;
    }

    /// <summary>An activity whose body is a method of a service resolved from the container.</summary>
    internal static void AddActivity<TService, TInput, TOutput>(
        DurableTaskRegistry registry,
        string name,
        Func<TService, TInput, Task<TOutput>> run)
        where TService : notnull =>
        registry.AddActivity(name, provider =>
        {
            var service = provider.GetRequiredService<TService>();
            return new DelegateActivity<TInput, TOutput>(input => run(service, input));
        });
}
