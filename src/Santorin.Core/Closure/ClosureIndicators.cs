using Santorin.Core.Exams;

namespace Santorin.Core.Closure;

/// <summary>
/// The figures of an exam's closure tile. The state is measured from the ledger; the average is
/// that of graded copies in locked lots (null without any); grades transmitted counts candidates
/// with a value, grade or ABS; grades pending counts the lines, grades and ABS, that a closure
/// started now would send.
/// </summary>
public sealed record ClosureIndicators(
    ClosureState State,
    int Candidates,
    int PresentCandidates,
    int AbsentCandidates,
    int Correctors,
    decimal? AverageGrade,
    int LockedLots,
    int Lots,
    int GradesTransmitted,
    int GradesPending)
{
    /// <remarks>
    /// Ledger entries of candidates no longer in the exam (after a new import) are not counted.
    /// The state is none while none of the exam's candidates has a transmitted value, even when
    /// the exam has no present candidate.
    /// </remarks>
    public static ClosureIndicators Compute(Exam exam, LedgerSnapshot ledger)
    {
        ArgumentNullException.ThrowIfNull(exam);
        ArgumentNullException.ThrowIfNull(ledger);

        var present = 0;
        var transmitted = 0;
        var presentWithGrade = 0;
        foreach (var candidate in exam.Candidates)
        {
            var value = ledger.TransmittedFor(candidate.Number);
            present += candidate.Absent ? 0 : 1;
            transmitted += value is null ? 0 : 1;
            presentWithGrade += !candidate.Absent && value is { IsAbsent: false } ? 1 : 0;
        }

        var state = transmitted == 0 ? ClosureState.None
            : presentWithGrade == present ? ClosureState.Total
            : ClosureState.Partial;

        return new ClosureIndicators(
            state,
            exam.Candidates.Count,
            present,
            exam.Candidates.Count - present,
            exam.Correctors.Count,
            Average(GradedCopies.Of(exam)),
            exam.Lots.Count(l => l.Locked),
            exam.Lots.Count,
            transmitted,
            ClosurePlanner.Plan(exam, ledger, resendAll: false).Lines.Count);
    }

    private static decimal? Average(GradedCopies graded)
    {
        if (graded.Count == 0)
        {
            return null;
        }

        var sum = graded.InOrder.Sum(g => g.Value.Value);
        return decimal.Round(sum / graded.Count, 2, MidpointRounding.AwayFromZero);
    }
}
