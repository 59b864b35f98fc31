using System.Globalization;
using Santorin.Core.Exams;

namespace Santorin.DevHost.Seeding;

/// <summary>
/// The demonstration exam: a competitive exam (so a manager may render copies) of 1,200
/// candidates and 10 correctors with two lots each, 12 of the 20 lots locked and fully graded, the
/// others partly graded. The same every time: it is built from a fixed seed.
/// </summary>
internal static class DemoExam
{
    public const string Id = "demo-philo-2026";

    public const int CandidateCount = 1200;

    public const int CorrectorCount = 10;

    private const int LotsPerCorrector = 2;

    private const int Seed = 2026;

    private static readonly string[] LastNames =
    [
        "Martin", "Bernard", "Dubois", "Lefèvre", "N'Diaye", "Nguyễn", "Moreau", "Laurent", "Garcia",
        "Rousseau", "Fontaine", "Chevalier", "Müller", "Benali", "Da Silva", "Le Gall", "Ødegaard",
    ];

    private static readonly string[] FirstNames =
    [
        "Élise", "Tâm", "Claire", "Élodie", "Jérôme", "Zoë", "Noé", "Anaïs", "Paul", "Inès", "Lucas",
        "Maëlle", "Yanis", "Chloé", "Théo", "Aïcha", "Hugo", "Léa",
    ];

    private static readonly string[] Comments =
    [
        "Argumentation solide, références pertinentes.",
        "Problématique bien posée, développement inégal.",
        "Copie claire ; la conclusion mérite d'être approfondie.",
        "Hors sujet en deuxième partie.",
        "Bonne maîtrise des notions, quelques maladresses d'expression.",
    ];

    public static Exam Create()
    {
        var random = new Random(Seed);
        var correctors = Enumerable.Range(1, CorrectorCount)
            .Select(i => new Corrector(Invariant($"C{i:D4}"), Pick(random, LastNames), Pick(random, FirstNames)))
            .ToList();
        var candidates = Enumerable.Range(0, CandidateCount)
            .Select(i => new Candidate(
                Invariant($"026{i + 1:D8}"),
                Pick(random, LastNames),
                Pick(random, FirstNames),
                Absent: random.NextDouble() < 0.04))
            .ToList();

        return new Exam(
            Id,
            "Philosophie — voie générale (démonstration)",
            "2026",
            ExamKind.Competitive,
            Marking.Standard,
            Exam.DefaultMaxGrade,
            correctors,
            candidates,
            Lots(random, correctors, candidates));
    }

    /// <summary>The first lot of every corrector is locked, and the second of the first two.</summary>
    private static List<Lot> Lots(Random random, List<Corrector> correctors, List<Candidate> candidates)
    {
        var present = candidates.Where(c => !c.Absent).Select(c => c.Number).ToList();
        var lotCount = correctors.Count * LotsPerCorrector;
        var lots = new List<Lot>(lotCount);
        for (var index = 0; index < lotCount; index++)
        {
            var corrector = correctors[index % correctors.Count];
            var locked = index < correctors.Count + 2;
            var copies = present.Where((_, i) => i % lotCount == index)
                .Select(number => Copy(random, number, graded: locked || random.NextDouble() < 0.6))
                .ToList();
            lots.Add(new Lot(Invariant($"L{index + 1:D4}"), corrector.Id, locked, copies));
        }

        return lots;
    }

    private static Copy Copy(Random random, string candidate, bool graded)
    {
        var pages = random.Next(2, 5);
        if (!graded)
        {
            return new Copy(candidate, null, null, pages, []);
        }

        var grade = Grade.Create(random.Next(0, 81) / 4m, Exam.DefaultMaxGrade);
        Annotation[] annotations =
        [
            new TextAnnotation(1, 0.12, 0.30, "Très bien"),
            new StrokeAnnotation(
                Math.Min(2, pages),
                [new PagePoint(0.10, 0.50), new PagePoint(0.30, 0.52), new PagePoint(0.45, 0.51)]),
            new MarkAnnotation(pages, 0.80, 0.15, random.Next(3) == 0 ? MarkSymbol.Question : MarkSymbol.Check),
        ];
        return new Copy(candidate, grade, Pick(random, Comments), pages, annotations);
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
