using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Santorin.Infrastructure.Tests.Storage;

/// <summary>
/// A fault on the real wire: once <see cref="Armed"/>, or once the exams table's header was
/// replaced when <see cref="ArmOnHeaderReplace"/> is set, every transaction request fails.
/// </summary>
internal sealed class FailingBatches(string examsTable) : HttpPipelinePolicy
{
    private volatile bool _armed;

    public bool Armed
    {
        get => _armed;
        set => _armed = value;
    }

    public bool ArmOnHeaderReplace { get; init; }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        FailIfArmed(message);
        ProcessNext(message, pipeline);
        ArmAfter(message);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        FailIfArmed(message);
        await ProcessNextAsync(message, pipeline);
        ArmAfter(message);
    }

    private void FailIfArmed(HttpMessage message)
    {
        if (_armed && message.Request.Uri.Path.EndsWith("$batch", StringComparison.Ordinal))
        {
            throw new RequestFailedException(503, "Panne injectée par le test.");
        }
    }

    private void ArmAfter(HttpMessage message)
    {
        if (ArmOnHeaderReplace
            && message.Request.Method == RequestMethod.Put
            && message.Request.Uri.Path.Contains("/" + examsTable + "(", StringComparison.Ordinal))
        {
            _armed = true;
        }
    }
}
