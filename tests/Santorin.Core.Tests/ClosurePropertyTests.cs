using Santorin.Core.Closure;
using Santorin.Core.Exams;

namespace Santorin.Core.Tests;

/// <summary>Rules checked over many generated exams and ledgers.</summary>
public sealed class ClosurePropertyTests
{
    private static IEnumerable<int> SeedValues => Enumerable.Range(1, 60);

    public static TheoryData<int> Seeds()
    {
        var seeds = new TheoryData<int>();
        foreach (var seed in SeedValues)
        {
            seeds.Add(seed);
        }

        return seeds;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Plan_AnyExam_NeverPlansAGradeOutsideLockedLots(int seed)
    {
        var (exam, ledger) = Generate(seed);
        var lockedGrades = exam.Lots.Where(l => l.Locked).SelectMany(l => l.Copies)
            .Where(c => c.IsGraded)
            .ToDictionary(c => c.Candidate, c => TransmittedValue.Of(c.Grade!.Value).Text);

        foreach (var resendAll in new[] { false, true })
        {
            var sut = ClosurePlanner.Plan(exam, ledger, resendAll);

            Assert.All(
                sut.Lines.Take(sut.Grades),
                l => Assert.Equal(lockedGrades[l.Candidate], l.Value.Text));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Plan_AppliedThenPlannedAgain_HasNoGradeLeft(int seed)
    {
        var (exam, ledger) = Generate(seed);
        var first = ClosurePlanner.Plan(exam, ledger, resendAll: false);

        var sut = ClosurePlanner.Plan(exam, Apply(ledger, first), resendAll: false);

        Assert.Equal(0, sut.Grades);
        Assert.Empty(sut.WorkDone);
        Assert.Equal(first.Kind, sut.Kind);
        if (first.Kind == ClosureKind.Total)
        {
            Assert.Empty(sut.Lines);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Plan_AnyExam_IsTotalExactlyWhenEveryPresentCandidateThenHasAGrade(int seed)
    {
        var (exam, ledger) = Generate(seed);

        foreach (var resendAll in new[] { false, true })
        {
            var sut = ClosurePlanner.Plan(exam, ledger, resendAll);

            var after = Apply(ledger, sut);
            var everyPresentGraded = exam.Candidates.Where(c => !c.Absent)
                .All(c => after.TransmittedFor(c.Number) is { IsAbsent: false });
            if (sut.IsBlocked)
            {
                Assert.True(sut.IsEmpty);
                continue;
            }

            Assert.Equal(everyPresentGraded, sut.Kind == ClosureKind.Total);
            if (exam.Candidates.Count > 0)
            {
                var state = ClosureIndicators.Compute(exam, after).State;
                Assert.Equal(everyPresentGraded, state == ClosureState.Total);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Plan_AnyExam_SendsAbsOnlyInATotalRunAndOnlyForAbsents(int seed)
    {
        var (exam, ledger) = Generate(seed);
        var absents = exam.Candidates.Where(c => c.Absent).Select(c => c.Number).ToHashSet();

        foreach (var resendAll in new[] { false, true })
        {
            var sut = ClosurePlanner.Plan(exam, ledger, resendAll);

            var abs = sut.Lines.Where(l => l.Value.IsAbsent).ToList();
            Assert.True(sut.Kind == ClosureKind.Total || abs.Count == 0);
            Assert.All(abs, l => Assert.Contains(l.Candidate, absents));
            Assert.Equal(abs.Count, sut.Absents);
            Assert.All(sut.Lines.Skip(sut.Grades), l => Assert.True(l.Value.IsAbsent));
            Assert.Equal(sut.Lines.Count, sut.Grades + sut.Absents);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Plan_ResendAll_ContainsEveryLineAndDeclarationOfTheDelta(int seed)
    {
        var (exam, ledger) = Generate(seed);

        var delta = ClosurePlanner.Plan(exam, ledger, resendAll: false);
        var sut = ClosurePlanner.Plan(exam, ledger, resendAll: true);

        Assert.Equal(delta.Kind, sut.Kind);
        Assert.Subset(sut.Lines.ToHashSet(), delta.Lines.ToHashSet());
        Assert.Subset(sut.WorkDone.ToHashSet(), delta.WorkDone.ToHashSet());
        Assert.Equal(sut.Lines.Count, sut.Lines.Select(l => l.Candidate).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Plan_AnyExam_DeclaresWorkDoneAsCountedAndOnlyWhenChanged(int seed)
    {
        var (exam, ledger) = Generate(seed);

        var sut = ClosurePlanner.Plan(exam, ledger, resendAll: false);

        if (sut.IsBlocked)
        {
            Assert.Empty(sut.WorkDone);
            return;
        }

        foreach (var corrector in exam.Correctors)
        {
            var count = ExamGenerator.CountWork(exam, corrector.Id);
            var declared = sut.WorkDone.SingleOrDefault(w => w.CorrectorId == corrector.Id);
            var changed = count != ledger.DeclaredFor(corrector.Id);
            Assert.Equal(changed ? new WorkDone(corrector.Id, count) : null, declared);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Compute_AnyExam_PendingIsWhatTheNextRunSends(int seed)
    {
        var (exam, ledger) = Generate(seed);

        var sut = ClosureIndicators.Compute(exam, ledger);

        Assert.Equal(ClosurePlanner.Plan(exam, ledger, resendAll: false).Lines.Count, sut.GradesPending);
        Assert.Equal(sut.Candidates, sut.PresentCandidates + sut.AbsentCandidates);
        Assert.Equal(exam.Candidates.Count(c => ledger.TransmittedFor(c.Number) is not null), sut.GradesTransmitted);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Plan_RunsUntilNothingChanges_EndsTotalOnceEveryLotIsLockedAndGraded(int seed)
    {
        var shape = new ExamShape { LockedRate = 1, GradedRate = 1, UnplacedRate = 0 };
        var exam = ExamGenerator.Generate(seed, shape);
        var ledger = ExamGenerator.GenerateLedger(exam, seed);

        var plan = ClosurePlanner.Plan(exam, ledger, resendAll: false);
        var after = Apply(ledger, plan);

        Assert.Equal(ClosureKind.Total, plan.Kind);
        Assert.Equal(ClosureState.Total, ClosureIndicators.Compute(exam, after).State);
        Assert.True(ClosurePlanner.Plan(exam, after, resendAll: false).IsEmpty);
        Assert.All(exam.Candidates.Where(c => c.Absent), c => Assert.True(after.TransmittedFor(c.Number)?.IsAbsent));
    }

    [Fact]
    public void Seeds_OfTheseProperties_ReachBlockedPartialAndTotalPlans()
    {
        var plans = SeedValues
            .Select(Generate)
            .Select(g => ClosurePlanner.Plan(g.Exam, g.Ledger, resendAll: false))
            .ToList();

        Assert.Contains(plans, p => p.IsBlocked);
        Assert.Contains(plans, p => !p.IsBlocked && p.Kind == ClosureKind.Partial && p.Grades > 0);
        Assert.Contains(plans, p => p.Kind == ClosureKind.Total && p.Absents > 0);
        Assert.Contains(plans, p => p.WorkDone.Count > 0);
    }

    private static (Exam Exam, LedgerSnapshot Ledger) Generate(int seed)
    {
        var random = new Random(seed);
        var shape = new ExamShape
        {
            Candidates = random.Next(0, 400),
            Lots = random.Next(0, 15),
            LockedRate = random.NextDouble(),
            GradedRate = random.Next(3) == 0 ? 1 : random.NextDouble(),
            UnplacedRate = random.Next(3) == 0 ? 0 : 0.05,
            AbsentRate = random.NextDouble() * 0.3,
        };
        var exam = ExamGenerator.Generate(seed, shape);
        return (exam, ExamGenerator.GenerateLedger(exam, seed * 7919));
    }

    private static LedgerSnapshot Apply(LedgerSnapshot ledger, ClosurePlan plan) =>
        ledger.With(plan.Lines).With(plan.WorkDone);
}
