using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Santorin.Application.Closure;

namespace Santorin.Functions;

/// <summary>The closure routes: indicators, preview, start, runs.</summary>
public sealed class ClosureFunctions(ClosureHandlers handlers)
{
    [Function("GetClosure")]
    public Task<IActionResult> GetIndicatorsAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "exams/{examId}/closure")] HttpRequest request,
        [DurableClient] DurableTaskClient durable,
        string examId,
        CancellationToken cancellationToken) =>
        ResultAction.From(handlers.GetIndicatorsAsync(request, examId, durable, cancellationToken));

    [Function("GetClosurePreview")]
    public Task<IActionResult> GetPreviewAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "exams/{examId}/closure/preview")]
        HttpRequest request,
        [DurableClient] DurableTaskClient durable,
        string examId,
        CancellationToken cancellationToken) =>
        ResultAction.From(handlers.GetPreviewAsync(request, examId, durable, cancellationToken));

    [Function("StartClosure")]
    public Task<IActionResult> StartAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "exams/{examId}/closure")] HttpRequest request,
        [DurableClient] DurableTaskClient durable,
        string examId,
        CancellationToken cancellationToken) =>
        ResultAction.From(handlers.StartAsync(request, examId, durable, cancellationToken));

    [Function("ListClosureRuns")]
    public Task<IActionResult> ListRunsAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "exams/{examId}/closure/runs")] HttpRequest request,
        [DurableClient] DurableTaskClient durable,
        string examId,
        CancellationToken cancellationToken) =>
        ResultAction.From(handlers.ListRunsAsync(request, examId, durable, cancellationToken));

    [Function("GetClosureRun")]
    public Task<IActionResult> GetRunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "exams/{examId}/closure/runs/{runId}")]
        HttpRequest request,
        [DurableClient] DurableTaskClient durable,
        string examId,
        string runId,
        CancellationToken cancellationToken) =>
        ResultAction.From(handlers.GetRunAsync(request, examId, runId, durable, cancellationToken));
}
