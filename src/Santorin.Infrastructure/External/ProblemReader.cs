using System.Text.Json;

namespace Santorin.Infrastructure.External;

/// <summary>The <c>code</c> and <c>detail</c> of an RFC 7807 error body, when the body is one.</summary>
internal sealed record Problem(string? Code, string? Detail)
{
    public static Problem None { get; } = new(null, null);

    public static async Task<Problem> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (body.Length == 0)
        {
            return None;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                ? new Problem(ReadString(root, "code"), ReadString(root, "detail"))
                : None;
        }
        catch (JsonException)
        {
            // An error page from a proxy rather than the service: the status alone says what happened.
            return None;
        }
    }

    private static string? ReadString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
