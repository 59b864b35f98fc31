using System.Globalization;
using Santorin.Core.Exams;

namespace Santorin.Infrastructure.Tests.Storage;

/// <summary>
/// Builds a plausible exam of any size, the same for the same arguments: one candidate in 20
/// absent, copies in lots of <c>copiesPerLot</c> spread over the correctors, two lots in three
/// locked, one copy in ten ungraded, a few annotations of each kind.
/// </summary>
internal static class ExamGenerator
{
    public static Exam Generate(
        string examId,
        int candidates,
        int correctors = 800,
        int copiesPerLot = 100,
        string numberPrefix = "026",
        int seed = 1)
    {
        var random = new Random(seed);
        var correctorList = Enumerable.Range(1, correctors)
            .Select(i => new Corrector(Id("C", i, 4), $"Correcteur{i}", "Anne-Élise"))
            .ToList();
        var candidateList = Enumerable.Range(1, candidates)
            .Select(i => new Candidate(
                numberPrefix + Id("", i, 8),
                $"Nom{i}",
                i % 7 == 0 ? "Zoé" : "Jean",
                Absent: i % 20 == 0))
            .ToList();
        var present = candidateList.Where(candidate => !candidate.Absent).ToList();
        var lots = present
            .Chunk(copiesPerLot)
            .Select((chunk, i) => new Lot(
                Id("L", i + 1, 5),
                correctorList[i % correctorList.Count].Id,
                Locked: i % 3 != 2,
                chunk.Select(candidate => NewCopy(candidate.Number, random)).ToList()))
            .ToList();
        return new Exam(examId, "Philosophie — voie générale", "2026", ExamKind.Exam, Marking.Standard, 20m,
            correctorList, candidateList, lots);
    }

    private static Copy NewCopy(string number, Random random)
    {
        Grade? grade = random.Next(10) == 0 ? null : Grade.Create(random.Next(0, 2001) / 100m, 20m);
        var comment = random.Next(3) == 0 ? null : "Bonne copie, argumentation à étoffer.";
        var pages = random.Next(1, 9);
        var annotations = new List<Annotation>
        {
            new TextAnnotation(1, random.NextDouble(), random.NextDouble(), "Très bien"),
            new MarkAnnotation(pages, random.NextDouble(), random.NextDouble(), MarkSymbol.Check),
        };
        if (random.Next(2) == 0)
        {
            var points = Enumerable.Range(0, 5).Select(_ => new PagePoint(random.NextDouble(), random.NextDouble()));
            annotations.Add(new StrokeAnnotation(1, points.ToList()));
        }

        return new Copy(number, grade, comment, pages, annotations);
    }

    private static string Id(string prefix, int number, int digits) =>
        prefix + number.ToString(new string('0', digits), CultureInfo.InvariantCulture);
}
