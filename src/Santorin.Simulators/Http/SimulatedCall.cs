namespace Santorin.Simulators.Http;

/// <summary>One contract call as the simulator saw it.</summary>
/// <remarks>
/// <c>Status</c>: The status answered, or null when the connection was dropped.
/// <c>Outcome</c>: One of <see cref="CallOutcomes"/>.
/// </remarks>
public sealed record SimulatedCall(
    long Sequence,
    string Method,
    string Path,
    string? IdempotencyKey,
    DateTimeOffset ReceivedAt,
    int? Status,
    string Outcome);

public static class CallOutcomes
{
    /// <summary>A change was made (grades replaced, work done recorded).</summary>
    public const string Applied = "applied";

    /// <summary>The same key and body as an earlier call: its answer again, nothing changed.</summary>
    public const string Replayed = "replayed";

    public const string Read = "read";

    /// <summary>A contract error (4xx); nothing changed.</summary>
    public const string Refused = "refused";

    public const string FaultUnavailable = "fault-unavailable";

    public const string FaultTooManyRequests = "fault-too-many-requests";

    /// <summary>Applied (or replayed, or refused) as usual, then the connection was dropped unanswered.</summary>
    public const string DroppedAfterApply = "dropped-after-apply";
}
