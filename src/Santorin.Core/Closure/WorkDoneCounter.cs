using Santorin.Core.Exams;

namespace Santorin.Core.Closure;

internal static class WorkDoneCounter
{
    /// <summary>
    /// Corrector id to the number of graded copies in their locked lots, for every corrector who
    /// has at least one lot (locked or not); a corrector without a lot is not in the result.
    /// </summary>
    public static Dictionary<string, int> Count(Exam exam)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var lot in exam.Lots)
        {
            var graded = lot.Locked ? lot.Copies.Count(c => c.IsGraded) : 0;
            counts[lot.CorrectorId] = counts.GetValueOrDefault(lot.CorrectorId) + graded;
        }

        return counts;
    }
}
