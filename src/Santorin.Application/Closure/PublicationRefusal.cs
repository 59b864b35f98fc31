using Microsoft.AspNetCore.Http;
using Santorin.Application.Http;
using Santorin.Infrastructure.Cyclades;
using Santorin.Infrastructure.External;

namespace Santorin.Application.Closure;

/// <summary>What Cyclades' publication answer means for a closure: go on, or the refusal.</summary>
public static class PublicationRefusal
{
    public const string CycladesUnavailable = "cyclades-unavailable";
    public const string ExamUnknownInCyclades = "exam-unknown-in-cyclades";

    /// <summary>The refusal of a run already started, recorded as the Cyclades export's failure.</summary>
    public static ExportFailure? Of(ExternalResult<CycladesPublication> answer)
    {
        if (!answer.Succeeded)
        {
            var unknown = answer.Failure.Kind == ExternalFailureKind.Refused
                && answer.Failure.Is(ExternalErrorCodes.ExamUnknown);
            return unknown
                ? new ExportFailure(ExamUnknownInCyclades, answer.Failure.Message)
                : new ExportFailure(CycladesUnavailable, answer.Failure.Message);
        }

        return answer.Value.Published
            ? new ExportFailure(ExternalErrorCodes.ExamPublished, PublishedDetail(answer.Value))
            : null;
    }

    /// <summary>The refusal of a start, as the API answers it.</summary>
    public static ApiProblem? ToProblem(string examId, ExternalResult<CycladesPublication> answer)
    {
        var refusal = Of(answer);
        return refusal?.Code switch
        {
            null => null,
            CycladesUnavailable => new ApiProblem(
                StatusCodes.Status502BadGateway,
                CycladesUnavailable,
                $"Cyclades n'a pas pu dire si les résultats de l'épreuve {examId} sont publiés : {refusal.Message}"),
            ExamUnknownInCyclades => new ApiProblem(
                StatusCodes.Status409Conflict,
                ExamUnknownInCyclades,
                $"Cyclades ne connaît pas l'épreuve {examId}."),
            _ => new ApiProblem(StatusCodes.Status409Conflict, refusal.Code, refusal.Message),
        };
    }

    private static string PublishedDetail(CycladesPublication publication) =>
        publication.PublishedAt is { } at
            ? $"Les résultats ont été publiés par Cyclades le {at:dd/MM/yyyy à HH:mm} (UTC) : " +
              "plus aucune clôture n'est possible."
            : "Les résultats ont été publiés par Cyclades : plus aucune clôture n'est possible.";
}
