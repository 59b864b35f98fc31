namespace Santorin.Infrastructure.Imagin;

/// <summary>What Imag'In recorded for a corrector on an exam.</summary>
public sealed record WorkDoneRecorded(string ExamId, string CorrectorId, int Copies);
