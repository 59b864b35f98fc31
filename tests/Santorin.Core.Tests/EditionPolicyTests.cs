using Santorin.Core.Edition;
using Santorin.Core.Exams;
using static Santorin.Core.Tests.TestExams;

namespace Santorin.Core.Tests;

public sealed class EditionPolicyTests
{
    private static readonly Requester Both = new(true, "C1");

    /// <summary>A: corrected by C1; B: graded in C1's open lot; C: ungraded at C2; X absent;
    /// D: in no lot.</summary>
    private static Exam Sample(ExamKind kind = ExamKind.Exam, Marking marking = Marking.Standard) =>
        Exam(
            [Present("A"), Present("B"), Present("C"), Absent("X"), Present("D")],
            [
                Locked("L1", "C1", Graded("A", 12)),
                Open("L2", "C1", Graded("B", 8)),
                Locked("L3", "C2", Ungraded("C")),
            ],
            kind,
            marking);

    [Fact]
    public void CheckCopy_CorrectorOfACorrectedCopy_IsAllowed()
    {
        var sut = EditionPolicy.CheckCopy(Requester.Corrector("C1"), Sample(), "A");

        Assert.True(sut.IsAllowed);
        Assert.Equal(("A", "L1", 12m), (sut.Copy.Candidate.Number, sut.Copy.Lot.Id, sut.Copy.Grade.Value));
        Assert.Null(sut.Refusal);
    }

    [Fact]
    public void CheckCopy_ManagerOfCompetitiveExam_IsAllowedAnyCorrectedCopy()
    {
        var sut = EditionPolicy.CheckCopy(Requester.Manager, Sample(ExamKind.Competitive), "A");

        Assert.True(sut.IsAllowed);
    }

    [Theory]
    [InlineData(true, null)]
    [InlineData(false, "C1")]
    [InlineData(true, "C1")]
    public void CheckCopy_HarmonisedExam_IsUnavailableToEveryone(bool manager, string? correctorId)
    {
        var exam = Sample(ExamKind.Competitive, Marking.Harmonised);

        var sut = EditionPolicy.CheckCopy(new Requester(manager, correctorId), exam, "UNKNOWN");

        Assert.Equal("edition-unavailable", sut.Refusal?.Code);
        Assert.Equal("L'édition des copies n'est pas disponible pour une épreuve harmonisée.", sut.Refusal?.Detail);
    }

    [Fact]
    public void CheckCopy_ManagerOfNonCompetitiveExam_IsForbiddenBeforeLookingForTheCandidate()
    {
        var sut = EditionPolicy.CheckCopy(Requester.Manager, Sample(), "UNKNOWN");

        Assert.Equal("edition-forbidden", sut.Refusal?.Code);
    }

    [Fact]
    public void CheckCopy_UnknownCandidate_IsNotFound()
    {
        var sut = EditionPolicy.CheckCopy(Requester.Corrector("C1"), Sample(), "UNKNOWN");

        Assert.Equal("candidate-not-found", sut.Refusal?.Code);
        Assert.Contains("UNKNOWN", sut.Refusal?.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckCopy_CorrectorOfAnotherLot_IsForbidden()
    {
        var sut = EditionPolicy.CheckCopy(Requester.Corrector("C2"), Sample(), "A");

        Assert.Equal("edition-forbidden", sut.Refusal?.Code);
        Assert.Equal("La copie du candidat « A » n'est pas dans vos lots.", sut.Refusal?.Detail);
    }

    [Fact]
    public void CheckCopy_CorrectorForbiddenEvenWhenTheCopyIsNotCorrected()
    {
        var sut = EditionPolicy.CheckCopy(Requester.Corrector("C2"), Sample(), "B");

        Assert.Equal("edition-forbidden", sut.Refusal?.Code);
    }

    [Theory]
    [InlineData("X")]
    [InlineData("D")]
    public void CheckCopy_CorrectorAskingForACandidateWithoutCopy_IsForbidden(string number)
    {
        var sut = EditionPolicy.CheckCopy(Requester.Corrector("C1"), Sample(), number);

        Assert.Equal("edition-forbidden", sut.Refusal?.Code);
    }

    [Theory]
    [InlineData("C1", "B")]
    [InlineData("C2", "C")]
    public void CheckCopy_OwnCopyGradedInOpenLotOrUngraded_IsNotCorrected(string correctorId, string number)
    {
        var sut = EditionPolicy.CheckCopy(Requester.Corrector(correctorId), Sample(), number);

        Assert.Equal("copy-not-corrected", sut.Refusal?.Code);
    }

    [Theory]
    [InlineData("B")]
    [InlineData("C")]
    [InlineData("X")]
    [InlineData("D")]
    public void CheckCopy_ManagerOfCompetitiveExamOnCopyNotCorrectedOrAbsent_IsNotCorrected(string number)
    {
        var sut = EditionPolicy.CheckCopy(Requester.Manager, Sample(ExamKind.Competitive), number);

        Assert.Equal("copy-not-corrected", sut.Refusal?.Code);
    }

    [Fact]
    public void CheckCopy_BothRolesOnNonCompetitiveExam_HasCorrectorRights()
    {
        var exam = Sample();

        var own = EditionPolicy.CheckCopy(Both, exam, "A");
        var other = EditionPolicy.CheckCopy(Both, exam, "C");
        var unknown = EditionPolicy.CheckCopy(Both, exam, "UNKNOWN");

        Assert.True(own.IsAllowed);
        Assert.Equal("edition-forbidden", other.Refusal?.Code);
        Assert.Equal("candidate-not-found", unknown.Refusal?.Code);
    }

    [Fact]
    public void CheckCopy_BothRolesOnCompetitiveExam_HasManagerRights()
    {
        var exam = Exam([Present("A")], [Locked("L1", "C2", Graded("A", 12))], ExamKind.Competitive);

        var sut = EditionPolicy.CheckCopy(Both, exam, "A");

        Assert.True(sut.IsAllowed);
    }

    [Fact]
    public void CheckArchive_CorrectorWithoutName_GetsOwnCorrectedCopies()
    {
        var exam = Exam(
            [Present("A"), Present("B"), Present("C"), Present("D")],
            [
                Locked("L1", "C1", Graded("B", 1), Ungraded("C")),
                Locked("L2", "C1", Graded("A", 2)),
                Locked("L3", "C2", Graded("D", 3)),
            ]);

        var sut = EditionPolicy.CheckArchive(Requester.Corrector("C1"), exam, null);

        Assert.True(sut.IsAllowed);
        Assert.Equal(["A", "B"], sut.Copies.Select(c => c.Candidate.Number));
    }

    [Fact]
    public void CheckArchive_CorrectorNamingThemselves_GetsOwnCopies()
    {
        var sut = EditionPolicy.CheckArchive(Requester.Corrector("C1"), Sample(), "C1");

        Assert.Equal(["A"], sut.Copies?.Select(c => c.Candidate.Number));
    }

    [Fact]
    public void CheckArchive_CorrectorNamingAnother_IsForbidden()
    {
        var sut = EditionPolicy.CheckArchive(Requester.Corrector("C1"), Sample(ExamKind.Competitive), "C2");

        Assert.Equal("edition-forbidden", sut.Refusal?.Code);
        Assert.Equal("Un correcteur ne peut archiver que ses propres copies.", sut.Refusal?.Detail);
    }

    [Fact]
    public void CheckArchive_HarmonisedExam_IsUnavailable()
    {
        var sut = EditionPolicy.CheckArchive(Requester.Corrector("C1"), Sample(marking: Marking.Harmonised), "C2");

        Assert.Equal("edition-unavailable", sut.Refusal?.Code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("C1")]
    public void CheckArchive_ManagerOfNonCompetitiveExam_IsForbidden(string? correctorId)
    {
        var sut = EditionPolicy.CheckArchive(Requester.Manager, Sample(), correctorId);

        Assert.Equal("edition-forbidden", sut.Refusal?.Code);
    }

    [Fact]
    public void CheckArchive_ManagerOfCompetitiveExamWithoutName_GetsEveryCorrectedCopy()
    {
        var exam = Exam(
            [Present("A"), Present("B"), Absent("X")],
            [Locked("L1", "C1", Graded("A", 1)), Locked("L2", "C2", Graded("B", 2))],
            ExamKind.Competitive);

        var sut = EditionPolicy.CheckArchive(Requester.Manager, exam, null);

        Assert.Equal(["A", "B"], sut.Copies?.Select(c => c.Candidate.Number));
    }

    [Fact]
    public void CheckArchive_ManagerNamingACorrector_GetsThatCorrectorsCopies()
    {
        var exam = Exam(
            [Present("A"), Present("B")],
            [Locked("L1", "C1", Graded("A", 1)), Locked("L2", "C2", Graded("B", 2))],
            ExamKind.Competitive);

        var sut = EditionPolicy.CheckArchive(Requester.Manager, exam, "C2");

        Assert.Equal(["B"], sut.Copies?.Select(c => c.Candidate.Number));
    }

    [Fact]
    public void CheckArchive_NoCorrectedCopy_IsNothingToArchive()
    {
        var sut = EditionPolicy.CheckArchive(Requester.Corrector("C2"), Sample(), null);

        Assert.Equal("nothing-to-archive", sut.Refusal?.Code);
    }

    [Fact]
    public void CheckArchive_ManagerNamingUnknownCorrector_IsNothingToArchive()
    {
        var sut = EditionPolicy.CheckArchive(Requester.Manager, Sample(ExamKind.Competitive), "C9");

        Assert.Equal("nothing-to-archive", sut.Refusal?.Code);
    }

    [Fact]
    public void CheckArchive_BothRolesOnNonCompetitiveExam_GetsOwnCopiesButNoOneElses()
    {
        var exam = Sample();

        var omitted = EditionPolicy.CheckArchive(Both, exam, null);
        var other = EditionPolicy.CheckArchive(Both, exam, "C2");

        Assert.Equal(["A"], omitted.Copies?.Select(c => c.Candidate.Number));
        Assert.Equal("edition-forbidden", other.Refusal?.Code);
        Assert.Equal(EditionRefusal.ManagerOutsideCompetitive, other.Refusal);
    }

    [Fact]
    public void CheckArchive_BothRolesOnCompetitiveExam_GetsTheWholeExam()
    {
        var exam = Exam(
            [Present("A"), Present("B")],
            [Locked("L1", "C1", Graded("A", 1)), Locked("L2", "C2", Graded("B", 2))],
            ExamKind.Competitive);

        var sut = EditionPolicy.CheckArchive(Both, exam, null);

        Assert.Equal(["A", "B"], sut.Copies?.Select(c => c.Candidate.Number));
    }

    [Fact]
    public void Requester_WithoutAnyRole_CannotBeBuilt()
    {
        Assert.Throws<ArgumentException>(() => new Requester(false, null));
    }

    [Fact]
    public void Refusals_AllHaveAFrenchDetail()
    {
        var refusals = new[]
        {
            EditionRefusal.EditionUnavailable, EditionRefusal.ManagerOutsideCompetitive,
            EditionRefusal.OtherCorrectorArchive, EditionRefusal.NothingToArchive,
            EditionRefusal.QueryTooShort, EditionRefusal.LimitInvalid, EditionRefusal.CandidateNotFound("A"),
            EditionRefusal.NotInCharge("A"), EditionRefusal.CopyNotCorrected("A"), EditionRefusal.ScansMissing("A", 2),
        };

        Assert.All(refusals, r => Assert.False(string.IsNullOrWhiteSpace(r.Detail)));
        Assert.Equal(10, refusals.Select(r => r.Detail).Distinct().Count());
    }
}
