using Santorin.Core.Closure;
using static Santorin.Core.Tests.TestExams;

namespace Santorin.Core.Tests;

public sealed class ClosureIndicatorsTests
{
    [Fact]
    public void Compute_NothingTransmitted_StateIsNone()
    {
        var exam = Exam([Present("A")], [Locked("L1", "C1", Graded("A", 12))]);

        var sut = ClosureIndicators.Compute(exam, Ledger());

        Assert.Equal(ClosureState.None, sut.State);
        Assert.Equal(0, sut.GradesTransmitted);
    }

    [Fact]
    public void Compute_OnlyCandidatesNoLongerInExamTransmitted_StateIsNone()
    {
        var exam = Exam([Present("A")], [Locked("L1", "C1", Graded("A", 12))]);

        var sut = ClosureIndicators.Compute(exam, Ledger(("GONE", "10.00")));

        Assert.Equal(ClosureState.None, sut.State);
        Assert.Equal(0, sut.GradesTransmitted);
    }

    [Fact]
    public void Compute_SomePresentWithoutGrade_StateIsPartial()
    {
        var exam = Exam([Present("A"), Present("B")], [Locked("L1", "C1", Graded("A", 12))]);

        var sut = ClosureIndicators.Compute(exam, Ledger(("A", "12.00")));

        Assert.Equal(ClosureState.Partial, sut.State);
    }

    [Fact]
    public void Compute_OnlyAbsTransmitted_StateIsPartial()
    {
        var exam = Exam([Present("A"), Absent("X")], [Locked("L1", "C1", Graded("A", 12))]);

        var sut = ClosureIndicators.Compute(exam, Ledger(("X", "ABS")));

        Assert.Equal(ClosureState.Partial, sut.State);
    }

    [Fact]
    public void Compute_PresentCandidateHoldingAbs_StateIsPartial()
    {
        var exam = Exam([Present("A"), Present("B")], [Locked("L1", "C1", Graded("A", 12))]);

        var sut = ClosureIndicators.Compute(exam, Ledger(("A", "12.00"), ("B", "ABS")));

        Assert.Equal(ClosureState.Partial, sut.State);
    }

    [Fact]
    public void Compute_EveryPresentWithGrade_StateIsTotalEvenWithoutAbs()
    {
        var exam = Exam([Present("A"), Absent("X")], [Locked("L1", "C1", Graded("A", 12))]);

        var sut = ClosureIndicators.Compute(exam, Ledger(("A", "12.00")));

        Assert.Equal(ClosureState.Total, sut.State);
        Assert.Equal(1, sut.GradesPending);
    }

    [Fact]
    public void Compute_Counts_AreThoseOfTheExam()
    {
        var exam = Exam(
            [Present("A"), Present("B"), Absent("X"), Present("C")],
            [Locked("L1", "C1", Graded("A", 12)), Open("L2", "C2", Graded("B", 3)), Locked("L3", "C2")],
            extraCorrectors: ["C3"]);

        var sut = ClosureIndicators.Compute(exam, Ledger(("X", "ABS"), ("B", "3.00")));

        Assert.Equal(4, sut.Candidates);
        Assert.Equal(3, sut.PresentCandidates);
        Assert.Equal(1, sut.AbsentCandidates);
        Assert.Equal(3, sut.Correctors);
        Assert.Equal(2, sut.LockedLots);
        Assert.Equal(3, sut.Lots);
        Assert.Equal(2, sut.GradesTransmitted);
    }

    [Fact]
    public void Compute_Average_IsOfGradedCopiesInLockedLotsOnly()
    {
        var exam = Exam(
            [Present("A"), Present("B"), Present("C"), Present("D")],
            [Locked("L1", "C1", Graded("A", 10), Graded("B", 15), Ungraded("C")), Open("L2", "C2", Graded("D", 0))]);

        var sut = ClosureIndicators.Compute(exam, Ledger());

        Assert.Equal(12.5m, sut.AverageGrade);
    }

    [Fact]
    public void Compute_AverageAtMidpoint_RoundsHalfAwayFromZero()
    {
        var exam = Exam([Present("A"), Present("B")], [Locked("L1", "C1", Graded("A", 10), Graded("B", 10.01m))]);

        var sut = ClosureIndicators.Compute(exam, Ledger());

        Assert.Equal(10.01m, sut.AverageGrade);
    }

    [Fact]
    public void Compute_AverageOfThirds_RoundsToTwoDecimals()
    {
        var exam = Exam(
            [Present("A"), Present("B"), Present("C")],
            [Locked("L1", "C1", Graded("A", 10), Graded("B", 10), Graded("C", 11))]);

        var sut = ClosureIndicators.Compute(exam, Ledger());

        Assert.Equal(10.33m, sut.AverageGrade);
    }

    [Fact]
    public void Compute_NoGradedCopyInLockedLot_AverageIsNull()
    {
        var exam = Exam([Present("A")], [Open("L1", "C1", Graded("A", 10))]);

        var sut = ClosureIndicators.Compute(exam, Ledger());

        Assert.Null(sut.AverageGrade);
    }

    [Fact]
    public void Compute_GradesPending_CountsGradesAndAbsOfTheNextRun()
    {
        var exam = Exam(
            [Present("A"), Present("B"), Absent("X"), Absent("Y")],
            [Locked("L1", "C1", Graded("A", 12), Graded("B", 14))]);

        var sut = ClosureIndicators.Compute(exam, Ledger(("A", "12.00"), ("Y", "ABS")));

        Assert.Equal(2, sut.GradesPending);
    }

    [Fact]
    public void Compute_NoLockedLot_NothingPending()
    {
        var exam = Exam([Present("A")], [Open("L1", "C1", Graded("A", 12))]);

        var sut = ClosureIndicators.Compute(exam, Ledger());

        Assert.Equal(0, sut.GradesPending);
    }
}
