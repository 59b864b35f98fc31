namespace Santorin.Core.Exams;

/// <summary>
/// One paper of one session with its correction data: what the grading module holds.
/// Built only from a validated import, so every rule of the correction data holds.
/// </summary>
public sealed record Exam(
    string Id,
    string Name,
    string Session,
    ExamKind Kind,
    Marking Marking,
    decimal MaxGrade,
    IReadOnlyList<Corrector> Correctors,
    IReadOnlyList<Candidate> Candidates,
    IReadOnlyList<Lot> Lots)
{
    /// <summary>The maximum grade when an import does not give one.</summary>
    public const decimal DefaultMaxGrade = 20m;
}
