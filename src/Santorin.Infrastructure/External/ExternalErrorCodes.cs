namespace Santorin.Infrastructure.External;

/// <summary>
/// The stable codes of the Cyclades and Imag'In contracts, and the few Santorin gives a failure that
/// came with no code of the service's.
/// </summary>
public static class ExternalErrorCodes
{
    public const string ApiKeyInvalid = "api-key-invalid";
    public const string ExamUnknown = "exam-unknown";
    public const string ExamPublished = "exam-published";
    public const string IdempotencyKeyMissing = "idempotency-key-missing";
    public const string IdempotencyKeyInvalid = "idempotency-key-invalid";
    public const string IdempotencyKeyReused = "idempotency-key-reused";
    public const string BatchTooLarge = "batch-too-large";
    public const string BodyInvalid = "body-invalid";
    public const string CandidateUnknown = "candidate-unknown";
    public const string CandidateDuplicate = "candidate-duplicate";
    public const string ValueInvalid = "value-invalid";
    public const string CorrectorUnknown = "corrector-unknown";
    public const string PaymentClosed = "payment-closed";
    public const string CopiesInvalid = "copies-invalid";

    /// <summary>A 5xx or 408 still there after the last retry.</summary>
    public const string Unavailable = "unavailable";

    /// <summary>A 429 still there after the last retry.</summary>
    public const string RateLimited = "rate-limited";

    /// <summary>An attempt or the whole call ran out of time.</summary>
    public const string Timeout = "timeout";

    /// <summary>The connection could not be made or was dropped, on every attempt.</summary>
    public const string Unreachable = "unreachable";

    /// <summary>Too many recent failures: the call was not even tried.</summary>
    public const string CircuitOpen = "circuit-open";

    /// <summary>A success whose body is not the contract's.</summary>
    public const string ResponseInvalid = "response-invalid";

    /// <summary>A refusal whose body carried no code.</summary>
    public const string Refused = "refused";
}
