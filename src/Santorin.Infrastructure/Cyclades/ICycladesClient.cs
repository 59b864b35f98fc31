using Santorin.Core.Closure;
using Santorin.Infrastructure.External;

namespace Santorin.Infrastructure.Cyclades;

/// <summary>
/// The grades API of Cyclades. Every expected answer, a refusal included, comes back as a result;
/// only a cancellation or a programming error throws.
/// </summary>
public interface ICycladesClient
{
    /// <summary>The most lines Cyclades takes in one call.</summary>
    const int MaxLinesPerCall = 1000;

    /// <summary>
    /// Whether the exam's results are published. A failure with code <c>exam-unknown</c> means Cyclades
    /// does not know the exam; any other failure means it could not say.
    /// </summary>
    Task<ExternalResult<CycladesPublication>> GetPublicationAsync(string examId, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the grades of the listed candidates (at most 1,000 lines). The idempotency key must be the
    /// same for a retried batch: Cyclades then answers the first call's results and changes nothing.
    /// </summary>
    Task<ExternalResult<GradeBatchResult>> PutGradesAsync(
        string examId,
        string idempotencyKey,
        IReadOnlyList<GradeLine> lines,
        CancellationToken cancellationToken);
}
