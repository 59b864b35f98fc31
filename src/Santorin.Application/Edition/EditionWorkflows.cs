using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;

namespace Santorin.Application.Edition;

/// <summary>The archive orchestration and its activities, for a Durable Task worker outside Functions.</summary>
public static class EditionWorkflows
{
    public static DurableTaskRegistry AddEditionWorkflows(this DurableTaskRegistry registry)
    {
        registry.AddOrchestratorFunc<ArchiveInput, ArchiveCompletion>(
            ArchiveOrchestration.Name,
            ArchiveOrchestration.RunAsync);

        AddActivity<ArchiveChunkInput, ArchiveChunkOutcome>(
            registry, ArchiveActivities.RenderChunk, (a, input) => a.RenderChunkAsync(input, default));
        AddActivity<ArchiveRef, long>(
            registry, ArchiveActivities.WriteZip, (a, input) => a.WriteZipAsync(input, default));
        AddActivity<ArchiveCompletion, bool>(
            registry, ArchiveActivities.Complete, (a, input) => a.CompleteAsync(input, default));
        return registry;
    }

    private static void AddActivity<TInput, TOutput>(
        DurableTaskRegistry registry,
        string name,
        Func<ArchiveActivities, TInput, Task<TOutput>> run) =>
        registry.AddActivity(name, provider =>
        {
            var activities = provider.GetRequiredService<ArchiveActivities>();
            return new DelegateActivity<TInput, TOutput>(input => run(activities, input));
        });
}
