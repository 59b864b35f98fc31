using System.Net.Http.Headers;
using System.Text.Json;

namespace Santorin.Infrastructure.External;

internal static class IdempotencyKey
{
    public const string Header = "Idempotency-Key";

    /// <summary>
    /// Refuses a key that cannot go on the wire at all. Its length is the service's to judge, and it
    /// answers <c>idempotency-key-invalid</c>.
    /// </summary>
    public static void ThrowIfUnsendable(string idempotencyKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        if (!idempotencyKey.All(c => c is >= '!' and <= '~'))
        {
            throw new ArgumentException(
                "An idempotency key holds printable ASCII characters only.",
                nameof(idempotencyKey));
        }
    }

    /// <summary>
    /// The body serialised once, so that every retry of the call sends the very same bytes.
    /// </summary>
    public static ByteArrayContent JsonContent<T>(T body)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, ExternalCaller.Json);
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json")
        {
            CharSet = "utf-8",
        };
        return content;
    }
}
