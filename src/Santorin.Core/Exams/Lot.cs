namespace Santorin.Core.Exams;

/// <summary>A batch of copies assigned to one corrector; locked once its grading is final.</summary>
public sealed record Lot(string Id, string CorrectorId, bool Locked, IReadOnlyList<Copy> Copies);
