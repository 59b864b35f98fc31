namespace Santorin.Infrastructure.Cyclades;

/// <summary>Cyclades' answer for one line, in the order the lines were sent.</summary>
/// <param name="Candidate">The candidate number, as sent.</param>
/// <param name="Accepted">Whether Cyclades now holds the value sent.</param>
/// <param name="Code">
/// The rejection code (<c>candidate-unknown</c>, <c>value-invalid</c>, <c>candidate-duplicate</c>).
/// </param>
/// <param name="Message">A French sentence a manager can read; null when accepted.</param>
public sealed record GradeLineResult(string Candidate, bool Accepted, string? Code = null, string? Message = null);

/// <summary>One result per line sent, in order.</summary>
public sealed record GradeBatchResult(IReadOnlyList<GradeLineResult> Lines)
{
    public int AcceptedCount => Lines.Count(line => line.Accepted);

    public int RejectedCount => Lines.Count - AcceptedCount;
}
