using System.Text.RegularExpressions;

namespace Santorin.Core.Exams;

/// <summary>The shape every exam id must have: it is a table key and a blob name prefix.</summary>
public static partial class ExamId
{
    public const int MaxLength = 64;

    public static bool IsValid(string? examId) => examId is not null && Pattern().IsMatch(examId);

    // "\z" rather than "$": "$" also matches before a final line feed.
    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
