using System.Text.Json;
using System.Text.Json.Nodes;

namespace Santorin.Simulators.Http;

/// <summary>A contract request read whole: headers that matter, and the body parsed as JSON when it is JSON.</summary>
internal sealed record SimRequest(
    string Method,
    string Path,
    string? ApiKey,
    string? IdempotencyKey,
    IReadOnlyDictionary<string, string> RouteValues,
    bool BodyIsJson,
    JsonNode? Body)
{
    public string Route(string name) => RouteValues[name];

    public static async Task<SimRequest> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (isJson, body) = await ReadBodyAsync(request, cancellationToken);
        var routeValues = request.RouteValues
            .Where(pair => pair.Value is string)
            .ToDictionary(pair => pair.Key, pair => (string)pair.Value!, StringComparer.Ordinal);

        return new SimRequest(
            request.Method,
            request.Path.Value ?? "",
            request.Headers[SimulatedSystem.ApiKeyHeader].FirstOrDefault(),
            request.Headers[SimulatedSystem.IdempotencyKeyHeader].FirstOrDefault(),
            routeValues,
            isJson,
            body);
    }

    private static async Task<(bool IsJson, JsonNode? Body)> ReadBodyAsync(
        HttpRequest request,
        CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length == 0)
        {
            return (false, null);
        }

        try
        {
            return (true, JsonNode.Parse(buffer.ToArray()));
        }
        catch (JsonException)
        {
            return (false, null);
        }
    }
}
