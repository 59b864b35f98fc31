using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Santorin.Application.Http;

/// <summary>Reads a JSON body; a body that is not JSON of the expected shape is a 400.</summary>
public static class ApiBody
{
    /// <summary>The body, or null when it is empty (with or without a content type).</summary>
    public static async Task<T?> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length == 0 || buffer.ToArray().All(octet => char.IsWhiteSpace((char)octet)))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(buffer.ToArray(), ApiJson.Options);
        }
        catch (JsonException failure)
        {
            var where = failure.Path is { Length: > 0 } path ? $" (à {path})" : "";
            throw ApiProblem.BodyInvalid(
                $"Le corps de la requête n'est pas un JSON valide de la forme attendue{where}.");
        }
    }
}
