namespace Santorin.Infrastructure.External;

public enum ExternalFailureKind
{
    /// <summary>The service answered a permanent refusal (4xx): retrying the same call cannot help.</summary>
    Refused,

    /// <summary>
    /// No usable answer after every retry: 5xx, 408, 429, timeouts, dropped connections, or an open
    /// circuit. A later call may succeed.
    /// </summary>
    Unavailable,

    /// <summary>The service answered success with a body that is not the contract's.</summary>
    InvalidResponse,
}
