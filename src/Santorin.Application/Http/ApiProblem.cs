using Microsoft.AspNetCore.Http;

namespace Santorin.Application.Http;

/// <summary>
/// An error of the API as RFC 7807 problem details, with a stable <c>code</c> and a French
/// <c>detail</c>. Thrown by a handler's checks and turned into the response by
/// <see cref="ApiHandler"/>; nothing was changed when one is thrown.
/// </summary>
public sealed class ApiProblem(
    int status,
    string code,
    string detail,
    IReadOnlyDictionary<string, string[]>? errors = null,
    IReadOnlyDictionary<string, object?>? extensions = null) : Exception(detail)
{
    public int Status { get; } = status;

    public string Code { get; } = code;

    public string Detail { get; } = detail;

    public IReadOnlyDictionary<string, string[]>? Errors { get; } = errors;

    public IReadOnlyDictionary<string, object?>? Extensions { get; } = extensions;

    public IResult ToResult()
    {
        var body = new Dictionary<string, object?>
        {
            ["type"] = $"https://santorin.education.gouv.fr/problemes/{Code}",
            ["title"] = TitleOf(Status),
            ["status"] = Status,
            ["code"] = Code,
            ["detail"] = Detail,
        };
        if (Errors is not null)
        {
            body["errors"] = Errors;
        }

        foreach (var (name, value) in Extensions ?? new Dictionary<string, object?>())
        {
            body[name] = value;
        }

        return Results.Json(body, ApiJson.Options, "application/problem+json", Status);
    }

    public static ApiProblem Unauthenticated() =>
        new(StatusCodes.Status401Unauthorized, "unauthenticated", "Authentification requise.");

    public static ApiProblem Forbidden(string detail = "Votre rôle ne permet pas cette action.") =>
        new(StatusCodes.Status403Forbidden, "forbidden", detail);

    public static ApiProblem ExamIdInvalid() =>
        new(
            StatusCodes.Status400BadRequest,
            "exam-id-invalid",
            "L'identifiant d'épreuve doit faire 1 à 64 caractères : lettres, chiffres, '-' ou '_', " +
            "en commençant par une lettre ou un chiffre.");

    public static ApiProblem ExamNotFound(string examId) =>
        new(StatusCodes.Status404NotFound, "exam-not-found", $"L'épreuve {examId} est inconnue.");

    public static ApiProblem BodyInvalid(string detail) =>
        new(StatusCodes.Status400BadRequest, "body-invalid", detail);

    private static string TitleOf(int status) => status switch
    {
        400 => "Requête invalide",
        401 => "Non authentifié",
        403 => "Accès refusé",
        404 => "Introuvable",
        409 => "Conflit",
        422 => "Requête impossible à traiter",
        502 => "Service externe indisponible",
        _ => "Erreur",
    };
}
