using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.DurableTask.Client;

namespace Santorin.Application.Edition;

/// <summary>The copy edition routes on an ASP.NET Core host, each forwarding to its handler.</summary>
public static class EditionApi
{
    public static IEndpointRouteBuilder MapEdition(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(
            "/api/exams/{examId}/candidates",
            (HttpRequest request, string examId, EditionHandlers handlers, CancellationToken token) =>
                handlers.SearchAsync(request, examId, token));
        endpoints.MapPost(
            "/api/exams/{examId}/candidates/{number}/pdf",
            (HttpRequest request, string examId, string number, EditionHandlers handlers, CancellationToken token) =>
                handlers.RenderPdfAsync(request, examId, number, token));
        endpoints.MapPost(
            "/api/exams/{examId}/archives",
            (HttpRequest request, string examId, EditionHandlers handlers, DurableTaskClient durable,
                CancellationToken token) => handlers.StartArchiveAsync(request, examId, durable, token));
        endpoints.MapGet(
            "/api/exams/{examId}/archives/{archiveId}",
            (HttpRequest request, string examId, string archiveId, EditionHandlers handlers,
                CancellationToken token) => handlers.GetArchiveAsync(request, examId, archiveId, token));
        return endpoints;
    }
}
