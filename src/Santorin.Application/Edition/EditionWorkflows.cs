using Microsoft.DurableTask;

namespace Santorin.Application.Edition;

/// <summary>The archive orchestration and its activities, for a Durable Task worker outside Functions.</summary>
public static class EditionWorkflows
{
    public static DurableTaskRegistry AddEditionWorkflows(this DurableTaskRegistry registry)
    {
        registry.AddOrchestratorFunc<ArchiveInput, ArchiveCompletion>(
            ArchiveOrchestration.Name,
            ArchiveOrchestration.RunAsync);

        SantorinWorkflows.AddActivity<ArchiveActivities, ArchiveChunkInput, ArchiveChunkOutcome>(
            registry, ArchiveActivities.RenderChunk, (a, input) => a.RenderChunkAsync(input, default));
        SantorinWorkflows.AddActivity<ArchiveActivities, ArchiveRef, long>(
            registry, ArchiveActivities.WriteZip, (a, input) => a.WriteZipAsync(input, default));
        SantorinWorkflows.AddActivity<ArchiveActivities, ArchiveCompletion, bool>(
            registry, ArchiveActivities.Complete, (a, input) => a.CompleteAsync(input, default));
        return registry;
    }
}
