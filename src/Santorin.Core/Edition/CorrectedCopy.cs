using Santorin.Core.Exams;

namespace Santorin.Core.Edition;

/// <summary>A copy graded in a locked lot: what a PDF or an archive is made of.</summary>
public sealed record CorrectedCopy(Candidate Candidate, Lot Lot, Copy Copy, Grade Grade);
