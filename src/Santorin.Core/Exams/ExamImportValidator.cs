using System.Globalization;

namespace Santorin.Core.Exams;

/// <summary>
/// Checks a correction data import against every rule of the correction data and builds the
/// domain exam from it, or lists every broken rule at once, keyed by field path.
/// </summary>
/// <remarks>
/// Enumerated values (kind, marking, annotation type, symbol) are compared exactly, in lower
/// case, as the API writes them. A missing <c>absent</c> or <c>locked</c> means false, missing
/// <c>copies</c> or <c>annotations</c> an empty list, a missing <c>maxGrade</c> 20.
/// </remarks>
public static class ExamImportValidator
{
    internal const string Required = "Ce champ est obligatoire.";

    /// <summary>Validates the import of exam <paramref name="examId"/>.</summary>
    /// <exception cref="ArgumentException">The exam id is not valid: check it first with
    /// <see cref="ExamId.IsValid"/>, it has its own refusal.</exception>
    public static ExamImportResult Validate(string examId, ExamImport? body)
    {
        if (!ExamId.IsValid(examId))
        {
            throw new ArgumentException(
                "The exam id must be checked before its body.",
                nameof(examId));
        }

        var errors = new ValidationErrors();
        if (body is null)
        {
            // System.Text.Json names the root of a document "$" in its own error paths.
            errors.Add("$", "Le corps de la requête est obligatoire.");
            return ExamImportResult.Invalid(errors.ToDictionary());
        }

        var exam = new ImportPass(examId, body, errors).Run();
        return errors.IsEmpty
            ? ExamImportResult.Valid(exam)
            : ExamImportResult.Invalid(errors.ToDictionary());
    }

    internal static string FormatNumber(decimal value) =>
        value.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',');
}
