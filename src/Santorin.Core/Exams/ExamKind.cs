namespace Santorin.Core.Exams;

/// <summary>An exam (examen) or a competitive exam (concours), which ranks candidates.</summary>
public enum ExamKind
{
    Exam,
    Competitive,
}
