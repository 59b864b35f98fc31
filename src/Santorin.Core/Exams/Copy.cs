namespace Santorin.Core.Exams;

/// <summary>A present candidate's scanned pages with their annotations, grade and comment.</summary>
public sealed record Copy(
    string Candidate,
    Grade? Grade,
    string? Comment,
    int Pages,
    IReadOnlyList<Annotation> Annotations)
{
    public bool IsGraded => Grade is not null;
}
