namespace Santorin.Simulators.Cyclades;

/// <summary>What the Cyclades simulator holds for one exam.</summary>
/// <remarks>
/// <c>Applications</c>: How many times each candidate's grade was written by a contract call (replays excluded).
/// </remarks>
public sealed record CycladesExamState(
    string ExamId,
    decimal Maximum,
    bool Published,
    DateTimeOffset? PublishedAt,
    IReadOnlyList<string> Candidates,
    IReadOnlyDictionary<string, string> Grades,
    IReadOnlyDictionary<string, int> Applications);
