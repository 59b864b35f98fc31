namespace Santorin.Core.Exams;

/// <summary>A candidate, identified by their candidate number; an absent one has no copy.</summary>
public sealed record Candidate(string Number, string LastName, string FirstName, bool Absent);
