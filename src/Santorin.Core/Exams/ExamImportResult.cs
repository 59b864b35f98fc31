using System.Diagnostics.CodeAnalysis;

namespace Santorin.Core.Exams;

/// <summary>Either the exam an import describes, or every error found in it.</summary>
public sealed class ExamImportResult
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors =
        new Dictionary<string, string[]>();

    private ExamImportResult(Exam? exam, IReadOnlyDictionary<string, string[]> errors)
    {
        Exam = exam;
        Errors = errors;
    }

    public Exam? Exam { get; }

    /// <summary>Field path (<c>lots[0].copies[3].grade</c>) to its French messages.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    [MemberNotNullWhen(true, nameof(Exam))]
    public bool IsValid => Exam is not null;

    internal static ExamImportResult Valid(Exam exam) => new(exam, NoErrors);

    internal static ExamImportResult Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        new(null, errors);
}
