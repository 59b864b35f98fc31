using System.Globalization;
using Microsoft.Extensions.Logging;
using Santorin.Infrastructure.External;

namespace Santorin.Infrastructure.Imagin;

internal sealed class ImaginClient(HttpClient http, ILogger<ImaginClient> logger, TimeProvider time) : IImaginClient
{
    private readonly ExternalCaller _caller = new(http, ExternalSystem.Imagin, logger, time);

    public async Task<ExternalResult<WorkDoneRecorded>> DeclareWorkDoneAsync(
        string examId,
        string correctorId,
        int copies,
        DateTimeOffset declaredAt,
        string idempotencyKey,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(examId);
        ArgumentException.ThrowIfNullOrWhiteSpace(correctorId);
        IdempotencyKey.ThrowIfUnsendable(idempotencyKey);

        var path = $"v1/exams/{Uri.EscapeDataString(examId)}/work-done/{Uri.EscapeDataString(correctorId)}";
        using var request = new HttpRequestMessage(HttpMethod.Put, path)
        {
            Content = IdempotencyKey.JsonContent(new WorkDoneRequest(copies, FormatInstant(declaredAt))),
        };
        request.Headers.Add(IdempotencyKey.Header, idempotencyKey);

        return await _caller.SendAsync(request, "work-done", examId, ReadRecordedAsync, cancellationToken);
    }

    /// <summary>UTC with a <c>Z</c>, no fraction unless there is one: one instant, one text.</summary>
    internal static string FormatInstant(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    private async Task<ExternalResult<WorkDoneRecorded>> ReadRecordedAsync(
        HttpResponseMessage response,
        CancellationToken cancellationToken)
    {
        var body = await ExternalCaller.ReadJsonAsync<WorkDoneResponse>(response, cancellationToken);
        return body is { Status: "recorded", ExamId: { } examId, CorrectorId: { } correctorId, Copies: { } copies }
            ? ExternalResult.Success(new WorkDoneRecorded(examId, correctorId, copies))
            : _caller.InvalidResponse<WorkDoneRecorded>((int)response.StatusCode);
    }

    private sealed record WorkDoneRequest(int Copies, string DeclaredAt);

    private sealed record WorkDoneResponse(string? ExamId, string? CorrectorId, int? Copies, string? Status);
}
