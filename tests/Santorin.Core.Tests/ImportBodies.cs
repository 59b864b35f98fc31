using Santorin.Core.Exams;

namespace Santorin.Core.Tests;

/// <summary>A valid import body, and ways to break one part of it.</summary>
internal static class ImportBodies
{
    public static CandidateImport Candidate(string number, bool? absent = false) =>
        new() { Number = number, LastName = "Dupont", FirstName = "Élise", Absent = absent };

    public static CopyImport Copy(string candidate, decimal? grade = 12m, int? pages = 4) =>
        new() { Candidate = candidate, Grade = grade, Pages = pages };

    public static LotImport Lot(string id, string correctorId, params CopyImport?[] copies) =>
        new() { Id = id, CorrectorId = correctorId, Locked = true, Copies = copies };

    /// <summary>Two correctors, three candidates (the third absent), two lots.</summary>
    public static ExamImport Valid() => new()
    {
        Name = "Philosophie — voie générale",
        Session = "2026",
        Kind = "exam",
        Marking = "standard",
        MaxGrade = 20,
        Correctors =
        [
            new CorrectorImport { Id = "C0001", LastName = "Martin", FirstName = "Claire" },
            new CorrectorImport { Id = "C0002", LastName = "Bernard", FirstName = "Paul" },
        ],
        Candidates = [Candidate("02612345678"), Candidate("02612345679"), Candidate("02612345680", true)],
        Lots =
        [
            Lot("L0001", "C0001", Copy("02612345678") with
            {
                Comment = "Argumentation solide.",
                Annotations =
                [
                    new AnnotationImport { Page = 1, Type = "text", X = 0.12, Y = 0.30, Text = "Très bien" },
                    new AnnotationImport { Page = 2, Type = "stroke", Points = [[0.10, 0.50], [0.42, 0.52]] },
                    new AnnotationImport { Page = 3, Type = "mark", X = 0.80, Y = 0.15, Symbol = "check" },
                ],
            }),
            Lot("L0002", "C0002", Copy("02612345679", grade: null)) with { Locked = false },
        ],
    };

    public static ExamImport WithCopy(CopyImport? copy) =>
        Valid() with { Lots = [Lot("L0001", "C0001", copy)] };

    public static ExamImport WithAnnotation(AnnotationImport? annotation) =>
        WithCopy(Copy("02612345678") with { Annotations = [annotation] });
}
