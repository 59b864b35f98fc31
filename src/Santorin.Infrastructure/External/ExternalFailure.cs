namespace Santorin.Infrastructure.External;

/// <summary>
/// Why a call to an external system did not succeed.
/// </summary>
/// <param name="Kind">Whether the service refused, could not be reached, or answered outside its contract.</param>
/// <param name="Status">The HTTP status of the last answer, or null when there was none.</param>
/// <param name="Code">
/// The contract's stable code (<c>exam-unknown</c>, <c>exam-published</c>…) or, when the service gave
/// none, one of Santorin's own in <see cref="ExternalErrorCodes"/>.
/// </param>
/// <param name="Message">A French sentence a manager can read, naming the system.</param>
/// <param name="Detail">The service's own <c>detail</c>, when it gave one.</param>
public sealed record ExternalFailure(
    ExternalFailureKind Kind,
    int? Status,
    string Code,
    string Message,
    string? Detail = null)
{
    public bool Is(string code) => string.Equals(Code, code, StringComparison.Ordinal);
}
