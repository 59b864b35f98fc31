using System.Collections.Concurrent;
using Santorin.Infrastructure.Cyclades;
using Santorin.Infrastructure.External;

namespace Santorin.Application.Closure;

/// <summary>
/// Cyclades' publication answers for the indicators, kept ten seconds so a dashboard polling
/// every second does not poll Cyclades too. A closure start always asks afresh.
/// </summary>
public sealed class PublicationCache(ICycladesClient cyclades, TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<string, (DateTimeOffset At, bool? Published)> _answers = new();

    /// <summary>Whether the exam is published, or null when Cyclades could not say.</summary>
    public async Task<bool?> IsPublishedAsync(string examId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_answers.TryGetValue(examId, out var cached) && now - cached.At < Lifetime)
        {
            return cached.Published;
        }

        var answer = await cyclades.GetPublicationAsync(examId, cancellationToken);
        bool? published = answer.Succeeded ? answer.Value.Published : null;
        _answers[examId] = (now, published);
        return published;
    }

    /// <summary>Remembers a fresh answer, so that the indicators agree with the start that just asked.</summary>
    public void Remember(string examId, ExternalResult<CycladesPublication> answer) =>
        _answers[examId] = (time.GetUtcNow(), answer.Succeeded ? answer.Value.Published : null);
}
