using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Santorin.Application.Http;

/// <summary>
/// The signed-in user as App Service Authentication passes it: base64 JSON in
/// <c>X-MS-CLIENT-PRINCIPAL</c>. The development host reads the same header, set by hand.
/// </summary>
public sealed record ClientPrincipal(IReadOnlySet<string> Roles, string? CorrectorId)
{
    public const string HeaderName = "X-MS-CLIENT-PRINCIPAL";

    public const string ManagerRole = "manager";

    public const string CorrectorRole = "corrector";

    public bool IsManager => Roles.Contains(ManagerRole);

    /// <summary>A corrector only counts as one with the id that scopes what they see.</summary>
    public bool IsCorrector => Roles.Contains(CorrectorRole) && !string.IsNullOrEmpty(CorrectorId);

    /// <summary>The principal of the request, or null when it is missing or cannot be decoded.</summary>
    public static ClientPrincipal? FromRequest(HttpRequest request)
    {
        var header = request.Headers[HeaderName].ToString();
        return string.IsNullOrWhiteSpace(header) ? null : Decode(header);
    }

    public static ClientPrincipal? Decode(string header)
    {
        var bytes = new byte[header.Length];
        if (!Convert.TryFromBase64String(header.Trim(), bytes, out var length))
        {
            return null;
        }

        try
        {
            var payload = JsonSerializer.Deserialize(
                bytes.AsSpan(0, length),
                PrincipalJsonContext.Default.PrincipalPayload);
            return payload?.Claims is null ? null : FromClaims(payload.Claims);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Encodes a principal as the header carries it: for tests and the development host.</summary>
    public static string Encode(IEnumerable<string> roles, string? correctorId = null)
    {
        var claims = roles.Select(role => new PrincipalClaim("roles", role)).ToList();
        if (correctorId is not null)
        {
            claims.Add(new PrincipalClaim("corrector_id", correctorId));
        }

        var payload = new PrincipalPayload("aad", claims);
        var json = JsonSerializer.SerializeToUtf8Bytes(payload, PrincipalJsonContext.Default.PrincipalPayload);
        return Convert.ToBase64String(json);
    }

    private static ClientPrincipal FromClaims(IReadOnlyList<PrincipalClaim> claims)
    {
        var roles = claims
            .Where(claim => claim.Type is "roles" or "role" && !string.IsNullOrWhiteSpace(claim.Value))
            .Select(claim => claim.Value!.Trim())
            .ToHashSet(StringComparer.Ordinal);
        var correctorId = claims.FirstOrDefault(claim => claim.Type == "corrector_id")?.Value?.Trim();
        return new ClientPrincipal(roles, string.IsNullOrEmpty(correctorId) ? null : correctorId);
    }
}

internal sealed record PrincipalPayload(
    [property: System.Text.Json.Serialization.JsonPropertyName("auth_typ")] string? AuthType,
    [property: System.Text.Json.Serialization.JsonPropertyName("claims")] IReadOnlyList<PrincipalClaim>? Claims);

internal sealed record PrincipalClaim(
    [property: System.Text.Json.Serialization.JsonPropertyName("typ")] string? Type,
    [property: System.Text.Json.Serialization.JsonPropertyName("val")] string? Value);

[System.Text.Json.Serialization.JsonSerializable(typeof(PrincipalPayload))]
internal sealed partial class PrincipalJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
