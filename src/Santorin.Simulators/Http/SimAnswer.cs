using System.Text.Encodings.Web;
using System.Text.Json;

namespace Santorin.Simulators.Http;

/// <summary>An answer ready to write, kept as bytes so that a replay returns exactly the first one.</summary>
internal sealed record SimAnswer(int Status, byte[] Body, string ContentType, string Outcome)
{
    // A simulator answers tools and tests, never a browser page: French stays readable in the bodies.
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static SimAnswer Ok(object body, string outcome) =>
        new(StatusCodes.Status200OK, JsonSerializer.SerializeToUtf8Bytes(body, Json), "application/json", outcome);

    public static SimAnswer Problem(int status, string code, string detail) =>
        new(
            status,
            JsonSerializer.SerializeToUtf8Bytes(
                new ProblemBody($"urn:santorin:simulator:{code}", Title(status), status, code, detail),
                Json),
            "application/problem+json",
            CallOutcomes.Refused);

    public async Task WriteAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        response.StatusCode = Status;
        response.ContentType = ContentType;
        await response.Body.WriteAsync(Body, cancellationToken);
    }

    private static string Title(int status) => status switch
    {
        400 => "Requête invalide",
        401 => "Authentification refusée",
        404 => "Ressource inconnue",
        409 => "Conflit",
        422 => "Requête non traitable",
        429 => "Trop de requêtes",
        503 => "Service indisponible",
        _ => "Erreur",
    };

    private sealed record ProblemBody(
        string Type,
        string Title,
        int Status,
        string Code,
        string Detail);
}
