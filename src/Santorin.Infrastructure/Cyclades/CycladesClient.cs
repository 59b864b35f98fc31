using Microsoft.Extensions.Logging;
using Santorin.Core.Closure;
using Santorin.Infrastructure.External;

namespace Santorin.Infrastructure.Cyclades;

internal sealed class CycladesClient(HttpClient http, ILogger<CycladesClient> logger, TimeProvider time)
    : ICycladesClient
{
    private readonly ExternalCaller _caller = new(http, ExternalSystem.Cyclades, logger, time);

    public async Task<ExternalResult<CycladesPublication>> GetPublicationAsync(
        string examId,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(examId);

        var path = $"v1/exams/{Uri.EscapeDataString(examId)}/publication";
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        return await _caller.SendAsync(request, "publication", examId, ReadPublicationAsync, cancellationToken);
    }

    public async Task<ExternalResult<GradeBatchResult>> PutGradesAsync(
        string examId,
        string idempotencyKey,
        IReadOnlyList<GradeLine> lines,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(examId);
        IdempotencyKey.ThrowIfUnsendable(idempotencyKey);
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lines.Count, ICycladesClient.MaxLinesPerCall, nameof(lines));

        var body = new GradesRequest([.. lines.Select(line => new GradeLineBody(line.Candidate, line.Value.Text))]);
        using var request = new HttpRequestMessage(HttpMethod.Put, $"v1/exams/{Uri.EscapeDataString(examId)}/grades")
        {
            Content = IdempotencyKey.JsonContent(body),
        };
        request.Headers.Add(IdempotencyKey.Header, idempotencyKey);

        var result = await _caller.SendAsync(
            request,
            "grades",
            examId,
            (response, ct) => ReadGradesAsync(response, lines, ct),
            cancellationToken);
        if (result.Succeeded)
        {
            var (accepted, rejected) = (result.Value.AcceptedCount, result.Value.RejectedCount);
            Logs.GradesAnswered(logger, ExternalSystem.Cyclades.DisplayName, examId, accepted, rejected);
        }

        return result;
    }

    private async Task<ExternalResult<CycladesPublication>> ReadPublicationAsync(
        HttpResponseMessage response,
        CancellationToken cancellationToken)
    {
        var body = await ExternalCaller.ReadJsonAsync<PublicationResponse>(response, cancellationToken);
        return body?.Published is { } published
            ? ExternalResult.Success(new CycladesPublication(published, body.PublishedAt))
            : _caller.InvalidResponse<CycladesPublication>((int)response.StatusCode);
    }

    private async Task<ExternalResult<GradeBatchResult>> ReadGradesAsync(
        HttpResponseMessage response,
        IReadOnlyList<GradeLine> lines,
        CancellationToken cancellationToken)
    {
        var body = await ExternalCaller.ReadJsonAsync<GradesResponse>(response, cancellationToken);
        if (body?.Results is not { } results || results.Count != lines.Count)
        {
            return _caller.InvalidResponse<GradeBatchResult>((int)response.StatusCode);
        }

        var read = new List<GradeLineResult>(results.Count);
        for (var i = 0; i < results.Count; i++)
        {
            // The ledger trusts these results line by line: one out of step would record the wrong candidate.
            if (ToLineResult(results[i], lines[i].Candidate) is not { } line)
            {
                return _caller.InvalidResponse<GradeBatchResult>((int)response.StatusCode);
            }

            read.Add(line);
        }

        return ExternalResult.Success(new GradeBatchResult(read));
    }

    private static GradeLineResult? ToLineResult(GradeResultBody? result, string sentCandidate)
    {
        if (result is null || result.Candidate != sentCandidate)
        {
            return null;
        }

        return result.Status switch
        {
            "accepted" => new GradeLineResult(sentCandidate, Accepted: true),
            "rejected" when !string.IsNullOrEmpty(result.Code) => new GradeLineResult(
                sentCandidate,
                Accepted: false,
                result.Code,
                string.IsNullOrWhiteSpace(result.Message)
                    ? ExternalMessages.ForLine(ExternalSystem.Cyclades, result.Code)
                    : result.Message),
            _ => null,
        };
    }

    private sealed record GradesRequest(IReadOnlyList<GradeLineBody> Grades);

    private sealed record GradeLineBody(string Candidate, string Value);

    private sealed record GradesResponse(IReadOnlyList<GradeResultBody?>? Results);

    private sealed record GradeResultBody(string? Candidate, string? Status, string? Code, string? Message);

    private sealed record PublicationResponse(string? ExamId, bool? Published, DateTimeOffset? PublishedAt);
}
