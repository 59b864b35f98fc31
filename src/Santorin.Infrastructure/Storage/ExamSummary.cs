using Santorin.Core.Exams;

namespace Santorin.Infrastructure.Storage;

/// <summary>
/// An exam's header, read from one entity. <see cref="DataVersion"/> changes with every import,
/// so it names what was derived from the data (a rendered PDF, a cached plan).
/// </summary>
public sealed record ExamSummary(
    string ExamId,
    string Name,
    string Session,
    ExamKind Kind,
    Marking Marking,
    decimal MaxGrade,
    int Candidates,
    int Correctors,
    int Lots,
    int LockedLots,
    string DataVersion,
    DateTimeOffset ImportedAt);

/// <summary>A whole exam with the data version it was read from.</summary>
public sealed record StoredExam(Exam Exam, string DataVersion);
