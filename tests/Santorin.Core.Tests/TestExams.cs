using Santorin.Core.Closure;
using Santorin.Core.Exams;

namespace Santorin.Core.Tests;

/// <summary>Small hand-made exams, so a test reads as the situation it checks.</summary>
internal static class TestExams
{
    public static Candidate Present(string number, string lastName = "Dupont", string firstName = "Élise") =>
        new(number, lastName, firstName, Absent: false);

    public static Candidate Absent(string number) => new(number, "Moreau", "Inès", Absent: true);

    public static Copy Graded(string candidate, decimal grade) =>
        new(candidate, Grade.Create(grade, Santorin.Core.Exams.Exam.DefaultMaxGrade), null, 2, []);

    public static Copy Ungraded(string candidate) => new(candidate, null, null, 2, []);

    public static Lot Locked(string id, string correctorId, params Copy[] copies) =>
        new(id, correctorId, true, copies);

    public static Lot Open(string id, string correctorId, params Copy[] copies) =>
        new(id, correctorId, false, copies);

    public static Exam Exam(
        IReadOnlyList<Candidate> candidates,
        IReadOnlyList<Lot> lots,
        ExamKind kind = ExamKind.Exam,
        Marking marking = Marking.Standard,
        IReadOnlyList<string>? extraCorrectors = null)
    {
        var correctors = lots.Select(l => l.CorrectorId)
            .Concat(extraCorrectors ?? [])
            .Distinct()
            .Select(id => new Corrector(id, "Martin", "Claire"))
            .ToList();
        return new Exam("EX1", "Philosophie", "2026", kind, marking, 20m, correctors, candidates, lots);
    }

    public static LedgerSnapshot Ledger(params (string Candidate, string Value)[] transmitted) =>
        Ledger(transmitted, []);

    public static LedgerSnapshot Ledger(
        IReadOnlyList<(string Candidate, string Value)> transmitted,
        IReadOnlyList<(string CorrectorId, int Copies)> declared) =>
        new(
            transmitted.Select(t => KeyValuePair.Create(t.Candidate, Value(t.Value))),
            declared.Select(d => KeyValuePair.Create(d.CorrectorId, d.Copies)));

    public static TransmittedValue Value(string text) =>
        TransmittedValue.TryParse(text, out var value)
            ? value
            : throw new ArgumentException($"Not a transmitted value: {text}", nameof(text));

    public static IEnumerable<(string, string)> Texts(IEnumerable<GradeLine> lines) =>
        lines.Select(l => (l.Candidate, l.Value.Text));
}
