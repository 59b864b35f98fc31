using Santorin.Core.Closure;
using static Santorin.Core.Tests.TestExams;

namespace Santorin.Core.Tests;

public sealed class ClosurePlannerTests
{
    [Fact]
    public void Plan_NoLockedLot_IsBlockedAndSendsNothing()
    {
        var exam = Exam([Present("A"), Absent("B")], [Open("L1", "C1", Graded("A", 12))]);

        var sut = ClosurePlanner.Plan(exam, Ledger(), resendAll: true);

        Assert.Equal(ClosurePlan.NoLockedLot, sut.BlockedBy);
        Assert.True(sut.IsBlocked);
        Assert.True(sut.IsEmpty);
        Assert.Equal(ClosureKind.Partial, sut.Kind);
    }

    [Fact]
    public void Plan_NoLot_IsBlocked()
    {
        var exam = Exam([Present("A")], []);

        var sut = ClosurePlanner.Plan(exam, Ledger(), resendAll: false);

        Assert.Equal("no-locked-lot", sut.BlockedBy);
    }

    [Fact]
    public void Plan_OneLockedLot_IsNotBlocked()
    {
        var exam = Exam([Present("A")], [Locked("L1", "C1"), Open("L2", "C1", Graded("A", 12))]);

        var sut = ClosurePlanner.Plan(exam, Ledger(), resendAll: false);

        Assert.Null(sut.BlockedBy);
        Assert.False(sut.IsBlocked);
    }

    [Fact]
    public void Plan_GradeInUnlockedLot_IsNotPlanned()
    {
        var exam = Exam(
            [Present("A"), Present("B")],
            [Locked("L1", "C1", Graded("A", 12)), Open("L2", "C2", Graded("B", 15))]);

        var sut = ClosurePlanner.Plan(exam, Ledger(), resendAll: false);

        Assert.Equal([("A", "12.00")], Texts(sut.Lines));
    }

    [Fact]
    public void Plan_UngradedCopyOfLockedLot_IsNotPlanned()
    {
        var exam = Exam([Present("A"), Present("B")], [Locked("L1", "C1", Graded("A", 12), Ungraded("B"))]);

        var sut = ClosurePlanner.Plan(exam, Ledger(), resendAll: false);

        Assert.Equal([("A", "12.00")], Texts(sut.Lines));
    }

    [Fact]
    public void Plan_NothingTransmitted_PlansEveryGradeInLotAndCopyOrder()
    {
        var exam = Exam(
            [Present("A"), Present("B"), Present("C")],
            [Locked("L1", "C1", Graded("C", 9.5m), Graded("A", 0)), Locked("L2", "C2", Graded("B", 20))]);

        var sut = ClosurePlanner.Plan(exam, Ledger(), resendAll: false);

        Assert.Equal([("C", "9.50"), ("A", "0.00"), ("B", "20.00")], Texts(sut.Lines));
        Assert.Equal(3, sut.Grades);
    }

    [Fact]
    public void Plan_SameGradeTransmitted_IsNotPlannedAgain()
    {
        var exam = Exam([Present("A"), Present("B")], [Locked("L1", "C1", Graded("A", 14.5m), Graded("B", 8))]);

        var sut = ClosurePlanner.Plan(exam, Ledger(("A", "14.50")), resendAll: false);

        Assert.Equal([("B", "8.00")], Texts(sut.Lines));
    }

    [Fact]
    public void Plan_OtherGradeTransmitted_PlansTheNewOne()
    {
        var exam = Exam([Present("A")], [Locked("L1", "C1", Graded("A", 14.5m))]);

        var sut = ClosurePlanner.Plan(exam, Ledger(("A", "14.00")), resendAll: false);

        Assert.Equal([("A", "14.50")], Texts(sut.Lines));
    }

    [Fact]
    public void Plan_AbsTransmittedForNowPresentCandidate_PlansTheGrade()
    {
        var exam = Exam([Present("A")], [Locked("L1", "C1", Graded("A", 11))]);

        var sut = ClosurePlanner.Plan(exam, Ledger(("A", "ABS")), resendAll: false);

        Assert.Equal([("A", "11.00")], Texts(sut.Lines));
        Assert.Equal(ClosureKind.Total, sut.Kind);
    }

    [Fact]
    public void Plan_PresentCandidateWithoutGrade_IsPartialAndSendsNoAbs()
    {
        var exam = Exam(
            [Present("A"), Present("B"), Absent("X")],
            [Locked("L1", "C1", Graded("A", 12)), Open("L2", "C2", Graded("B", 10))]);

        var sut = ClosurePlanner.Plan(exam, Ledger(), resendAll: false);

        Assert.Equal(ClosureKind.Partial, sut.Kind);
        Assert.Equal(0, sut.Absents);
        Assert.DoesNotContain(sut.Lines, l => l.Value.IsAbsent);
    }

    [Fact]
    public void Plan_PresentCandidateInNoLot_IsPartial()
    {
        var exam = Exam([Present("A"), Present("B")], [Locked("L1", "C1", Graded("A", 12))]);

        var sut = ClosurePlanner.Plan(exam, Ledger(), resendAll: false);

        Assert.Equal(ClosureKind.Partial, sut.Kind);
    }

    [Fact]
    public void Plan_EveryPresentCandidateGraded_IsTotalWithAbsForAbsentsAfterGrades()
    {
        var exam = Exam(
            [Absent("X"), Present("A"), Absent("Y"), Present("B")],
            [Locked("L1", "C1", Graded("A", 12), Graded("B", 13))]);

        var sut = ClosurePlanner.Plan(exam, Ledger(), resendAll: false);

        Assert.Equal(ClosureKind.Total, sut.Kind);
        Assert.Equal([("A", "12.00"), ("B", "13.00"), ("X", "ABS"), ("Y", "ABS")], Texts(sut.Lines));
        Assert.Equal(2, sut.Grades);
        Assert.Equal(2, sut.Absents);
    }

    [Fact]
    public void Plan_TotalWithGradesAlreadyTransmitted_StillTotal()
    {
        var exam = Exam([Present("A"), Present("B")], [Locked("L1", "C1", Graded("A", 12)), Open("L2", "C1")]);
        var ledger = Ledger(("A", "12.00"), ("B", "7.00"));

        var sut = ClosurePlanner.Plan(exam, ledger, resendAll: false);

        Assert.Equal(ClosureKind.Total, sut.Kind);
        Assert.Empty(sut.Lines);
    }

    [Fact]
    public void Plan_TransmittedGradeButCopyNowInUnlockedLot_CountsAsTransmitted()
    {
        var exam = Exam(
            [Present("A"), Present("B"), Absent("X")],
            [Locked("L1", "C1", Graded("A", 12)), Open("L2", "C2", Graded("B", 16))]);

        var sut = ClosurePlanner.Plan(exam, Ledger(("B", "15.00")), resendAll: false);

        Assert.Equal(ClosureKind.Total, sut.Kind);
        Assert.Equal([("A", "12.00"), ("X", "ABS")], Texts(sut.Lines));
    }

    [Fact]
    public void Plan_PresentCandidateWhoseOnlyValueIsAbs_IsPartial()
    {
        var exam = Exam([Present("A"), Present("B")], [Locked("L1", "C1", Graded("A", 12))]);

        var sut = ClosurePlanner.Plan(exam, Ledger(("B", "ABS")), resendAll: false);

        Assert.Equal(ClosureKind.Partial, sut.Kind);
    }

    [Fact]
    public void Plan_AbsentAlreadyAbs_IsNotSentAgain()
    {
        var exam = Exam([Present("A"), Absent("X"), Absent("Y")], [Locked("L1", "C1", Graded("A", 12))]);

        var sut = ClosurePlanner.Plan(exam, Ledger(("X", "ABS")), resendAll: false);

        Assert.Equal([("A", "12.00"), ("Y", "ABS")], Texts(sut.Lines));
    }

    [Fact]
    public void Plan_AbsentWithTransmittedGrade_GetsAbsInTotalRun()
    {
        var exam = Exam([Present("A"), Absent("X")], [Locked("L1", "C1", Graded("A", 12))]);

        var sut = ClosurePlanner.Plan(exam, Ledger(("A", "12.00"), ("X", "9.00")), resendAll: false);

        Assert.Equal(ClosureKind.Total, sut.Kind);
        Assert.Equal([("X", "ABS")], Texts(sut.Lines));
    }

    [Fact]
    public void Plan_AbsentWithTransmittedGradeInPartialRun_GetsNoAbs()
    {
        var exam = Exam([Present("A"), Present("B"), Absent("X")], [Locked("L1", "C1", Graded("A", 12))]);

        var sut = ClosurePlanner.Plan(exam, Ledger(("X", "9.00")), resendAll: false);

        Assert.Equal(ClosureKind.Partial, sut.Kind);
        Assert.Equal([("A", "12.00")], Texts(sut.Lines));
    }

    [Fact]
    public void Plan_NoPresentCandidate_IsTotalWithAbsForEveryAbsent()
    {
        var exam = Exam([Absent("X"), Absent("Y")], [Locked("L1", "C1")]);

        var sut = ClosurePlanner.Plan(exam, Ledger(), resendAll: false);

        Assert.Equal(ClosureKind.Total, sut.Kind);
        Assert.Equal([("X", "ABS"), ("Y", "ABS")], Texts(sut.Lines));
    }

    [Fact]
    public void Plan_EverythingTransmittedAlready_IsTotalAndEmpty()
    {
        var exam = Exam([Present("A"), Absent("X")], [Locked("L1", "C1", Graded("A", 12))]);
        var ledger = Ledger([("A", "12.00"), ("X", "ABS")], [("C1", 1)]);

        var sut = ClosurePlanner.Plan(exam, ledger, resendAll: false);

        Assert.Equal(ClosureKind.Total, sut.Kind);
        Assert.True(sut.IsEmpty);
    }

    [Fact]
    public void Plan_LedgerOfCandidatesNoLongerInExam_IsIgnored()
    {
        var exam = Exam([Present("A")], [Locked("L1", "C1", Graded("A", 12))]);

        var sut = ClosurePlanner.Plan(exam, Ledger(("GONE", "ABS"), ("A", "12.00")), resendAll: false);

        Assert.Empty(sut.Lines);
        Assert.Equal(ClosureKind.Total, sut.Kind);
    }

    [Fact]
    public void Plan_ResendAll_PlansEveryGradeOfLockedLotsOnly()
    {
        var exam = Exam(
            [Present("A"), Present("B"), Present("C")],
            [Locked("L1", "C1", Graded("A", 12), Ungraded("B")), Open("L2", "C2", Graded("C", 10))]);

        var sut = ClosurePlanner.Plan(exam, Ledger(("A", "12.00"), ("C", "10.00")), resendAll: true);

        Assert.Equal([("A", "12.00")], Texts(sut.Lines));
        Assert.Equal(ClosureKind.Partial, sut.Kind);
    }

    [Fact]
    public void Plan_ResendAllPartial_SendsNoAbs()
    {
        var exam = Exam([Present("A"), Present("B"), Absent("X")], [Locked("L1", "C1", Graded("A", 12))]);

        var sut = ClosurePlanner.Plan(exam, Ledger(("X", "ABS")), resendAll: true);

        Assert.Equal(0, sut.Absents);
        Assert.Equal(ClosureKind.Partial, sut.Kind);
    }

    [Fact]
    public void Plan_ResendAllTotal_SendsAbsForEveryAbsent()
    {
        var exam = Exam([Present("A"), Absent("X"), Absent("Y")], [Locked("L1", "C1", Graded("A", 12))]);
        var ledger = Ledger(("A", "12.00"), ("X", "ABS"), ("Y", "ABS"));

        var sut = ClosurePlanner.Plan(exam, ledger, resendAll: true);

        Assert.Equal(ClosureKind.Total, sut.Kind);
        Assert.Equal([("A", "12.00"), ("X", "ABS"), ("Y", "ABS")], Texts(sut.Lines));
        Assert.Equal(1, sut.Grades);
        Assert.Equal(2, sut.Absents);
    }

    [Fact]
    public void Plan_WorkDone_CountsGradedCopiesOfLockedLotsAcrossLots()
    {
        var exam = Exam(
            [Present("A"), Present("B"), Present("C"), Present("D"), Present("E")],
            [
                Locked("L1", "C1", Graded("A", 12), Ungraded("B")),
                Locked("L2", "C1", Graded("C", 10)),
                Open("L3", "C1", Graded("D", 10)),
                Locked("L4", "C2", Graded("E", 3)),
            ]);

        var sut = ClosurePlanner.Plan(exam, Ledger(), resendAll: false);

        Assert.Equal([new WorkDone("C1", 2), new WorkDone("C2", 1)], sut.WorkDone);
    }

    [Fact]
    public void Plan_WorkDoneUnchanged_IsNotDeclared()
    {
        var exam = Exam(
            [Present("A"), Present("B")],
            [Locked("L1", "C1", Graded("A", 12)), Locked("L2", "C2", Graded("B", 1))]);

        var sut = ClosurePlanner.Plan(exam, Ledger([], [("C1", 1), ("C2", 3)]), resendAll: false);

        Assert.Equal([new WorkDone("C2", 1)], sut.WorkDone);
    }

    [Fact]
    public void Plan_ZeroWorkDoneNeverDeclared_IsNotDeclared()
    {
        var exam = Exam(
            [Present("A"), Present("B")],
            [Locked("L1", "C1", Graded("A", 12)), Open("L2", "C2", Graded("B", 1))]);

        var sut = ClosurePlanner.Plan(exam, Ledger(), resendAll: false);

        Assert.Equal([new WorkDone("C1", 1)], sut.WorkDone);
    }

    [Fact]
    public void Plan_WorkDoneFallenToZero_IsDeclared()
    {
        var exam = Exam(
            [Present("A")],
            [Locked("L1", "C1"), Open("L2", "C2", Graded("A", 1))],
            extraCorrectors: ["C3"]);

        var sut = ClosurePlanner.Plan(exam, Ledger([], [("C2", 1), ("C3", 4)]), resendAll: false);

        Assert.Equal([new WorkDone("C2", 0), new WorkDone("C3", 0)], sut.WorkDone);
    }

    [Fact]
    public void Plan_WorkDoneOfCorrectorNoLongerInExam_IsIgnored()
    {
        var exam = Exam([Present("A")], [Locked("L1", "C1", Graded("A", 1))]);

        var sut = ClosurePlanner.Plan(exam, Ledger([], [("C1", 1), ("GONE", 5)]), resendAll: false);

        Assert.Empty(sut.WorkDone);
    }

    [Fact]
    public void Plan_ResendAll_DeclaresEveryCorrectorWithALotEvenAtZero()
    {
        var exam = Exam(
            [Present("A"), Present("B")],
            [Locked("L1", "C1", Graded("A", 12)), Open("L2", "C2", Graded("B", 1))],
            extraCorrectors: ["C3"]);

        var sut = ClosurePlanner.Plan(exam, Ledger([], [("C1", 1), ("C2", 0)]), resendAll: true);

        Assert.Equal([new WorkDone("C1", 1), new WorkDone("C2", 0)], sut.WorkDone);
    }

    [Fact]
    public void Plan_ResendAll_DeclaresCorrectorWhoLostEveryLot()
    {
        var exam = Exam([Present("A")], [Locked("L1", "C1", Graded("A", 12))], extraCorrectors: ["C3"]);

        var sut = ClosurePlanner.Plan(exam, Ledger([], [("C3", 2)]), resendAll: true);

        Assert.Equal([new WorkDone("C1", 1), new WorkDone("C3", 0)], sut.WorkDone);
    }

    [Fact]
    public void Plan_GradeWithOneDecimal_IsSentWithTwo()
    {
        var exam = Exam([Present("A")], [Locked("L1", "C1", Graded("A", 7.5m))]);

        var sut = ClosurePlanner.Plan(exam, Ledger(), resendAll: false);

        Assert.Equal("7.50", Assert.Single(sut.Lines).Value.Text);
    }
}
