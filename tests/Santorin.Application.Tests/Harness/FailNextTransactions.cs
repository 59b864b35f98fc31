using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Santorin.Application.Tests.Harness;

/// <summary>
/// A crash on the real wire: the next <see cref="Count"/> table transactions (those whose body
/// holds <see cref="Containing"/>, when set) fail before they reach Azurite, as if the process
/// died there. Placed before the SDK's retries, so the failure reaches the activity.
/// </summary>
public sealed class FailNextTransactions : HttpPipelinePolicy
{
    private int _count;

    public int Count
    {
        get => Volatile.Read(ref _count);
        set => Volatile.Write(ref _count, value);
    }

    /// <summary>Text the transaction's body must hold to fail, such as a row key's prefix.</summary>
    public string? Containing { get; init; }

    public int Failed { get; private set; }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        FailIfArmed(message);
        ProcessNext(message, pipeline);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        FailIfArmed(message);
        await ProcessNextAsync(message, pipeline);
    }

    private void FailIfArmed(HttpMessage message)
    {
        if (message.Request.Uri.Path.EndsWith("$batch", StringComparison.Ordinal)
            && Holds(message.Request, Containing)
            && Interlocked.Decrement(ref _count) >= 0)
        {
            Failed++;
            throw new RequestFailedException(503, "Panne injectée par le test.");
        }
    }

    private static bool Holds(Request request, string? text)
    {
        if (text is null)
        {
            return true;
        }

        using var body = new MemoryStream();
        request.Content?.WriteTo(body, CancellationToken.None);
        return System.Text.Encoding.UTF8.GetString(body.ToArray()).Contains(text, StringComparison.Ordinal);
    }
}
