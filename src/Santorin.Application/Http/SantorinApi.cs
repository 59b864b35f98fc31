using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.DurableTask.Client;
using Santorin.Application.Closure;
using Santorin.Application.Edition;
using Santorin.Application.Exams;

namespace Santorin.Application.Http;

/// <summary>
/// The routes of the API on an ASP.NET Core host, each forwarding to its shared handler. The
/// Functions app declares the same routes as HTTP triggers; a test holds the two lists together.
/// </summary>
public static class SantorinApi
{
    public static IEndpointRouteBuilder MapSantorinApi(this IEndpointRouteBuilder endpoints)
    {
        MapExams(endpoints);
        MapClosure(endpoints);
        endpoints.MapEdition();
        return endpoints;
    }

    private static void MapExams(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPut(
            "/api/exams/{examId}",
            (HttpRequest request, string examId, ExamHandlers handlers, CancellationToken token) =>
                handlers.PutExamAsync(request, examId, token));
        endpoints.MapGet(
            "/api/exams/{examId}",
            (HttpRequest request, string examId, ExamHandlers handlers, CancellationToken token) =>
                handlers.GetExamAsync(request, examId, token));
        endpoints.MapPut(
            "/api/exams/{examId}/settings",
            (HttpRequest request, string examId, ExamHandlers handlers, CancellationToken token) =>
                handlers.PutSettingsAsync(request, examId, token));
    }

    private static void MapClosure(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(
            "/api/exams/{examId}/closure",
            (HttpRequest request, string examId, ClosureHandlers handlers, DurableTaskClient durable,
                CancellationToken token) => handlers.GetIndicatorsAsync(request, examId, durable, token));
        endpoints.MapGet(
            "/api/exams/{examId}/closure/preview",
            (HttpRequest request, string examId, ClosureHandlers handlers, DurableTaskClient durable,
                CancellationToken token) => handlers.GetPreviewAsync(request, examId, durable, token));
        endpoints.MapPost(
            "/api/exams/{examId}/closure",
            (HttpRequest request, string examId, ClosureHandlers handlers, DurableTaskClient durable,
                CancellationToken token) => handlers.StartAsync(request, examId, durable, token));
        endpoints.MapGet(
            "/api/exams/{examId}/closure/runs",
            (HttpRequest request, string examId, ClosureHandlers handlers, DurableTaskClient durable,
                CancellationToken token) => handlers.ListRunsAsync(request, examId, durable, token));
        endpoints.MapGet(
            "/api/exams/{examId}/closure/runs/{runId}",
            (HttpRequest request, string examId, string runId, ClosureHandlers handlers, DurableTaskClient durable,
                CancellationToken token) => handlers.GetRunAsync(request, examId, runId, durable, token));
    }
}
