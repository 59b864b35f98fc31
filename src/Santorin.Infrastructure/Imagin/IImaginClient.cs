using Santorin.Infrastructure.External;

namespace Santorin.Infrastructure.Imagin;

/// <summary>
/// The work-done API of Imag'In. Every expected answer, a refusal included, comes back as a result;
/// only a cancellation or a programming error throws.
/// </summary>
public interface IImaginClient
{
    /// <summary>
    /// Declares the cumulative number of copies a corrector graded on an exam. <paramref name="declaredAt"/>
    /// and <paramref name="idempotencyKey"/> must be the same for a retried declaration, so that Imag'In
    /// sees the same call and answers the first response.
    /// </summary>
    Task<ExternalResult<WorkDoneRecorded>> DeclareWorkDoneAsync(
        string examId,
        string correctorId,
        int copies,
        DateTimeOffset declaredAt,
        string idempotencyKey,
        CancellationToken cancellationToken);
}
