namespace Santorin.Core.Closure;

/// <summary>A corrector's work done: the cumulative number of copies graded in locked lots.</summary>
public sealed record WorkDone(string CorrectorId, int Copies);
