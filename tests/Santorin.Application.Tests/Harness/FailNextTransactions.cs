using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Santorin.Application.Tests.Harness;

/// <summary>
/// A crash on the real wire: the next <see cref="Count"/> table transactions fail before they
/// reach Azurite, as if the process died there. Placed before the SDK's retries, so the failure
/// reaches the activity.
/// </summary>
public sealed class FailNextTransactions : HttpPipelinePolicy
{
    private int _count;

    public int Count
    {
        get => Volatile.Read(ref _count);
        set => Volatile.Write(ref _count, value);
    }

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
            && Interlocked.Decrement(ref _count) >= 0)
        {
            Failed++;
            throw new RequestFailedException(503, "Panne injectée par le test.");
        }
    }
}
