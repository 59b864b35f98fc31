using Santorin.Core.Exams;

namespace Santorin.Infrastructure.Tests.Storage;

/// <summary>Small exams that use every field of the model.</summary>
internal static class SampleExams
{
    public static Exam EveryField(string examId) => new(
        examId,
        "Mathématiques — spécialité",
        "2026",
        ExamKind.Competitive,
        Marking.Harmonised,
        40m,
        [new Corrector("C0001", "Martin", "Claire"), new Corrector("C0002", "N'Diaye", "Élodie")],
        [
            new Candidate("02612345678", "Dupont", "Élise", Absent: false),
            new Candidate("02612345679", "Nguyen", "Tâm", Absent: true),
            new Candidate("02612345680", "Öztürk", "Ayşe", Absent: false),
            new Candidate("02612345681", "Lefèvre", "Jean-Noël", Absent: false),
            new Candidate("02612345682", "Petit", "Zoé", Absent: true),
        ],
        [
            new Lot("L0002", "C0002", Locked: false,
            [
                new Copy("02612345681", Grade: null, Comment: null, Pages: 2, Annotations: []),
            ]),
            new Lot("L0001", "C0001", Locked: true,
            [
                new Copy("02612345680", Grade.Create(0m, 40m), "", 1,
                    [new TextAnnotation(1, 0.5, 0.5, "")]),
                new Copy("02612345678", Grade.Create(37.25m, 40m), "Argumentation solide. « Très » bien 👍\n", 4,
                [
                    new TextAnnotation(1, 0.12, 0.3, "Très bien \"cité\" \\ ?#/"),
                    new StrokeAnnotation(2, [new PagePoint(0.1, 0.5), new PagePoint(0.42, 0.52), new PagePoint(1, 0)]),
                    new StrokeAnnotation(2, []),
                    new MarkAnnotation(3, 0.8, 0.15, MarkSymbol.Check),
                    new MarkAnnotation(3, 0.1234567890123, 1e-9, MarkSymbol.Cross),
                    new MarkAnnotation(4, 0, 1, MarkSymbol.Question),
                ]),
            ]),
            new Lot("L0003", "C0001", Locked: true, []),
        ]);

    /// <summary>An exam whose one copy's annotations weigh several megabytes, more than one entity holds.</summary>
    public static Exam HeavyCopy(string examId, int points)
    {
        var random = new Random(7);
        var stroke = new StrokeAnnotation(1, Enumerable.Range(0, points)
            .Select(_ => new PagePoint(random.NextDouble(), random.NextDouble()))
            .ToList());
        var copy = new Copy("02600000001", Grade.Create(12.5m, 20m), new string('é', 40_000), 1, [stroke]);
        return new Exam(examId, "Lourd", "2026", ExamKind.Exam, Marking.Standard, 20m,
            [new Corrector("C1", "A", "B")],
            [new Candidate("02600000001", "A", "B", false), new Candidate("02600000002", "C", "D", false)],
            [new Lot("L1", "C1", true, [copy, new Copy("02600000002", null, "court", 1, [])])]);
    }
}
