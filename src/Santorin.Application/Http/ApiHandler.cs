using Microsoft.AspNetCore.Http;

namespace Santorin.Application.Http;

/// <summary>
/// What every route does before its own work, in the order the API answers refusals: the
/// principal (401), the exam id (400), then the route itself, whose checks throw
/// <see cref="ApiProblem"/>.
/// </summary>
public static class ApiHandler
{
    public static async Task<IResult> RunAsync(
        HttpRequest request,
        string examId,
        Func<ClientPrincipal, Task<IResult>> handle)
    {
        try
        {
            var principal = ClientPrincipal.FromRequest(request) ?? throw ApiProblem.Unauthenticated();
            if (!Santorin.Core.Exams.ExamId.IsValid(examId))
            {
                throw ApiProblem.ExamIdInvalid();
            }

            return await handle(principal);
        }
        catch (ApiProblem problem)
        {
            return problem.ToResult();
        }
    }

    public static void RequireManager(ClientPrincipal principal)
    {
        if (!principal.IsManager)
        {
            throw ApiProblem.Forbidden("Seul un gestionnaire peut faire cette action.");
        }
    }
}
