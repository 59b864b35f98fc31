namespace Santorin.Core.Exams;

/// <summary>
/// The body of a correction data import as JSON gives it: every member may be missing or null,
/// and <see cref="ExamImportValidator"/> says what is wrong with it. Property names map to the
/// API's camelCase fields with the web defaults of System.Text.Json.
/// </summary>
public sealed record ExamImport
{
    public string? Name { get; init; }

    public string? Session { get; init; }

    public string? Kind { get; init; }

    public string? Marking { get; init; }

    public decimal? MaxGrade { get; init; }

    public IReadOnlyList<CorrectorImport?>? Correctors { get; init; }

    public IReadOnlyList<CandidateImport?>? Candidates { get; init; }

    public IReadOnlyList<LotImport?>? Lots { get; init; }
}

public sealed record CorrectorImport
{
    public string? Id { get; init; }

    public string? LastName { get; init; }

    public string? FirstName { get; init; }
}

public sealed record CandidateImport
{
    public string? Number { get; init; }

    public string? LastName { get; init; }

    public string? FirstName { get; init; }

    /// <summary>Missing means present.</summary>
    public bool? Absent { get; init; }
}

public sealed record LotImport
{
    public string? Id { get; init; }

    public string? CorrectorId { get; init; }

    /// <summary>Missing means not locked: nothing of the lot is transmitted.</summary>
    public bool? Locked { get; init; }

    /// <summary>Missing means a lot without copies.</summary>
    public IReadOnlyList<CopyImport?>? Copies { get; init; }
}

public sealed record CopyImport
{
    public string? Candidate { get; init; }

    /// <summary>Null while the copy is not graded.</summary>
    public decimal? Grade { get; init; }

    public string? Comment { get; init; }

    public int? Pages { get; init; }

    /// <summary>Missing means no annotation.</summary>
    public IReadOnlyList<AnnotationImport?>? Annotations { get; init; }
}

/// <summary>Any annotation: <see cref="Type"/> says which of the other members apply.</summary>
public sealed record AnnotationImport
{
    public int? Page { get; init; }

    public string? Type { get; init; }

    public double? X { get; init; }

    public double? Y { get; init; }

    public string? Text { get; init; }

    public IReadOnlyList<IReadOnlyList<double>?>? Points { get; init; }

    public string? Symbol { get; init; }
}
