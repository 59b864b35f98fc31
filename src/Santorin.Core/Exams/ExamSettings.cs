namespace Santorin.Core.Exams;

/// <summary>The exam's functional settings: what a corrected copy's PDF includes.</summary>
public sealed record ExamSettings(bool IncludeAnnotations, bool IncludeGrade, bool IncludeComment)
{
    public static ExamSettings Default { get; } = new(true, true, true);
}
