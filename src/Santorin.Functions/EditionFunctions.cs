using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Santorin.Application.Edition;

namespace Santorin.Functions;

/// <summary>Copy edition: candidate search, a copy's PDF, and archives of corrected copies.</summary>
public sealed class EditionFunctions(EditionHandlers handlers, ArchiveActivities activities)
{
    [Function("SearchCandidates")]
    public Task<IActionResult> SearchAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "exams/{examId}/candidates")] HttpRequest request,
        string examId,
        CancellationToken cancellationToken) =>
        ResultAction.From(handlers.SearchAsync(request, examId, cancellationToken));

    [Function("RenderCopyPdf")]
    public Task<IActionResult> RenderPdfAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "exams/{examId}/candidates/{number}/pdf")]
        HttpRequest request,
        string examId,
        string number,
        CancellationToken cancellationToken) =>
        ResultAction.From(handlers.RenderPdfAsync(request, examId, number, cancellationToken));

    [Function("StartArchive")]
    public Task<IActionResult> StartArchiveAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "exams/{examId}/archives")] HttpRequest request,
        [DurableClient] DurableTaskClient durable,
        string examId,
        CancellationToken cancellationToken) =>
        ResultAction.From(handlers.StartArchiveAsync(request, examId, durable, cancellationToken));

    [Function("GetArchive")]
    public Task<IActionResult> GetArchiveAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "exams/{examId}/archives/{archiveId}")]
        HttpRequest request,
        string examId,
        string archiveId,
        CancellationToken cancellationToken) =>
        ResultAction.From(handlers.GetArchiveAsync(request, examId, archiveId, cancellationToken));

    [Function(ArchiveOrchestration.Name)]
    public static Task<ArchiveCompletion> RunArchiveAsync([OrchestrationTrigger] TaskOrchestrationContext context) =>
        ArchiveOrchestration.RunAsync(context, context.GetInput<ArchiveInput>()!);

    [Function(ArchiveActivities.RenderChunk)]
    public Task<ArchiveChunkOutcome> RenderChunkAsync(
        [ActivityTrigger] ArchiveChunkInput input,
        CancellationToken cancellationToken) =>
        activities.RenderChunkAsync(input, cancellationToken);

    [Function(ArchiveActivities.WriteZip)]
    public Task<long> WriteZipAsync([ActivityTrigger] ArchiveRef input, CancellationToken cancellationToken) =>
        activities.WriteZipAsync(input, cancellationToken);

    [Function(ArchiveActivities.Complete)]
    public Task<bool> CompleteArchiveAsync(
        [ActivityTrigger] ArchiveCompletion input,
        CancellationToken cancellationToken) =>
        activities.CompleteAsync(input, cancellationToken);
}
