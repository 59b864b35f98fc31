using Microsoft.AspNetCore.Http;
using Santorin.Application.Http;
using Santorin.Core.Edition;
using Santorin.Core.Exams;
using DocumentCopy = Santorin.Infrastructure.Documents.CorrectedCopy;

namespace Santorin.Application.Edition;

/// <summary>What the edition routes and activities share: the requester, refusals, documents.</summary>
internal static class EditionCopies
{
    /// <summary>
    /// The requester a principal is: a manager, a corrector (with their id), or both. Anyone else
    /// is refused with 403 forbidden.
    /// </summary>
    public static Requester RequesterOf(ClientPrincipal principal)
    {
        if (!principal.IsManager && !principal.IsCorrector)
        {
            throw ApiProblem.Forbidden("Seuls un gestionnaire ou un correcteur peuvent éditer des copies.");
        }

        return new Requester(principal.IsManager, principal.IsCorrector ? principal.CorrectorId : null);
    }

    /// <summary>Whether the requester may act with manager rights on this exam: a competitive one.</summary>
    public static bool HasManagerRights(Requester requester, ExamKind kind) =>
        requester.IsManager && kind == ExamKind.Competitive;

    public static ApiProblem ToProblem(EditionRefusal refusal) =>
        new(StatusOf(refusal.Code), refusal.Code, refusal.Detail);

    /// <summary>The renderer's view of a corrected copy, with the settings it is rendered with.</summary>
    public static DocumentCopy ToDocument(Exam exam, CorrectedCopy copy, ExamSettings settings) =>
        new(exam.Id, exam.Name, exam.Session, exam.MaxGrade, copy.Candidate, copy.Copy, settings);

    private static int StatusOf(string code) => code switch
    {
        EditionRefusal.QueryTooShortCode or EditionRefusal.LimitInvalidCode => StatusCodes.Status400BadRequest,
        EditionRefusal.EditionForbiddenCode => StatusCodes.Status403Forbidden,
        EditionRefusal.CandidateNotFoundCode => StatusCodes.Status404NotFound,
        _ => StatusCodes.Status409Conflict,
    };
}
