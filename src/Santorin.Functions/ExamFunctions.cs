using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Santorin.Application.Exams;

namespace Santorin.Functions;

/// <summary>Correction data: <c>/api/exams/{examId}</c> and its settings.</summary>
public sealed class ExamFunctions(ExamHandlers handlers)
{
    [Function("PutExam")]
    public Task<IActionResult> PutExamAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "exams/{examId}")] HttpRequest request,
        string examId,
        CancellationToken cancellationToken) =>
        ResultAction.From(handlers.PutExamAsync(request, examId, cancellationToken));

    [Function("GetExam")]
    public Task<IActionResult> GetExamAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "exams/{examId}")] HttpRequest request,
        string examId,
        CancellationToken cancellationToken) =>
        ResultAction.From(handlers.GetExamAsync(request, examId, cancellationToken));

    [Function("PutSettings")]
    public Task<IActionResult> PutSettingsAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "exams/{examId}/settings")] HttpRequest request,
        string examId,
        CancellationToken cancellationToken) =>
        ResultAction.From(handlers.PutSettingsAsync(request, examId, cancellationToken));
}
