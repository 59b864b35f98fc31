using Azure.Core;
using Azure.Core.Pipeline;

namespace Santorin.Benchmarks.Harness;

/// <summary>
/// Counts the entity group transactions (<c>$batch</c> requests) the table client sends, once per
/// call: placed before the SDK's retries, a retried transaction counts once.
/// </summary>
internal sealed class TransactionCounter : HttpPipelinePolicy
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        CountIfBatch(message);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        CountIfBatch(message);
        return ProcessNextAsync(message, pipeline);
    }

    private void CountIfBatch(HttpMessage message)
    {
        if (message.Request.Uri.Path.EndsWith("$batch", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _count);
        }
    }
}
