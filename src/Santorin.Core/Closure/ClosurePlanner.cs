using Santorin.Core.Exams;

namespace Santorin.Core.Closure;

/// <summary>
/// Decides what a closure run sends, from the exam as graded now and the ledger of what was
/// transmitted and declared. Linear in the size of the exam: one pass over the lots, one over
/// the candidates, one over the correctors.
/// </summary>
/// <remarks>
/// Only graded copies of locked lots are ever planned. A candidate's grade already transmitted
/// stays in Cyclades when its copy is later ungraded or its lot unlocked: nothing here can take
/// a value back, and that candidate still counts as having a grade. An absent candidate who
/// had a grade transmitted (they were present in an earlier import) gets ABS in the next total
/// run like any absent candidate whose value is not ABS.
/// </remarks>
public static class ClosurePlanner
{
    /// <summary>Plans a run; <paramref name="resendAll"/> forces every grade and work done.</summary>
    /// <remarks>
    /// With <paramref name="resendAll"/>, every corrector who has at least one lot is declared,
    /// plus any corrector whose work done changed (one who lost all their lots goes back to 0).
    /// A blocked plan (no locked lot) is partial and sends nothing.
    /// </remarks>
    public static ClosurePlan Plan(Exam exam, LedgerSnapshot ledger, bool resendAll)
    {
        ArgumentNullException.ThrowIfNull(exam);
        ArgumentNullException.ThrowIfNull(ledger);

        if (!exam.Lots.Any(l => l.Locked))
        {
            return new ClosurePlan(ClosureKind.Partial, [], 0, 0, [], ClosurePlan.NoLockedLot);
        }

        var graded = GradedCopies.Of(exam);
        var lines = PlanGrades(graded, ledger, resendAll);
        var grades = lines.Count;
        var kind = IsTotal(exam, graded, ledger) ? ClosureKind.Total : ClosureKind.Partial;
        if (kind == ClosureKind.Total)
        {
            PlanAbsents(exam, ledger, resendAll, lines);
        }

        var workDone = PlanWorkDone(exam, ledger, resendAll);
        return new ClosurePlan(kind, lines, grades, lines.Count - grades, workDone, null);
    }

    private static List<GradeLine> PlanGrades(
        GradedCopies graded,
        LedgerSnapshot ledger,
        bool resendAll)
    {
        var lines = new List<GradeLine>(resendAll ? graded.Count : 0);
        foreach (var (candidate, grade) in graded.InOrder)
        {
            var value = TransmittedValue.Of(grade);
            if (resendAll || ledger.TransmittedFor(candidate)?.Text != value.Text)
            {
                lines.Add(new GradeLine(candidate, value));
            }
        }

        return lines;
    }

    /// <summary>
    /// Total when, were every planned line accepted, every present candidate would hold a grade:
    /// a graded copy in a locked lot is planned or already transmitted as it is.
    /// </summary>
    private static bool IsTotal(Exam exam, GradedCopies graded, LedgerSnapshot ledger)
    {
        foreach (var candidate in exam.Candidates)
        {
            if (candidate.Absent || graded.Contains(candidate.Number))
            {
                continue;
            }

            if (ledger.TransmittedFor(candidate.Number) is not { IsAbsent: false })
            {
                return false;
            }
        }

        return true;
    }

    private static void PlanAbsents(
        Exam exam,
        LedgerSnapshot ledger,
        bool resendAll,
        List<GradeLine> lines)
    {
        foreach (var candidate in exam.Candidates)
        {
            var alreadyAbsent = ledger.TransmittedFor(candidate.Number) is { IsAbsent: true };
            if (candidate.Absent && (resendAll || !alreadyAbsent))
            {
                lines.Add(new GradeLine(candidate.Number, TransmittedValue.Absent));
            }
        }
    }

    private static List<WorkDone> PlanWorkDone(Exam exam, LedgerSnapshot ledger, bool resendAll)
    {
        var counts = WorkDoneCounter.Count(exam);
        var result = new List<WorkDone>();
        foreach (var corrector in exam.Correctors)
        {
            var hasLot = counts.TryGetValue(corrector.Id, out var copies);
            if ((resendAll && hasLot) || copies != ledger.DeclaredFor(corrector.Id))
            {
                result.Add(new WorkDone(corrector.Id, copies));
            }
        }

        return result;
    }
}
