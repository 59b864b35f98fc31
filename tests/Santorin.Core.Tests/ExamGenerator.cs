using Santorin.Core.Closure;
using Santorin.Core.Exams;

namespace Santorin.Core.Tests;

/// <summary>How big and how far along a generated exam is; rates are probabilities.</summary>
public sealed record ExamShape
{
    public int Candidates { get; init; } = 300;

    public int Correctors { get; init; } = 6;

    public int Lots { get; init; } = 12;

    public double AbsentRate { get; init; } = 0.1;

    /// <summary>Present candidates whose copy is in no lot yet.</summary>
    public double UnplacedRate { get; init; } = 0.03;

    public double GradedRate { get; init; } = 0.85;

    public double LockedRate { get; init; } = 0.5;

    public ExamKind Kind { get; init; } = ExamKind.Exam;

    public Marking Marking { get; init; } = Marking.Standard;

    public decimal MaxGrade { get; init; } = Exam.DefaultMaxGrade;
}

/// <summary>
/// Builds valid exams, ledgers and import bodies from a seed: the same seed gives the same exam.
/// Depends only on Santorin.Core.
/// </summary>
public static class ExamGenerator
{
    private static readonly string[] LastNames =
        ["Dupont", "Nguyễn", "Martin", "N'Diaye", "Lefèvre", "Müller", "Ødegaard", "Bernard", "Garcia"];

    private static readonly string[] FirstNames =
        ["Élise", "Tâm", "Claire", "Élodie", "Jérôme", "Zoë", "Noé", "Anaïs", "Paul"];

    public static Exam Generate(int seed, ExamShape? shape = null)
    {
        shape ??= new ExamShape();
        var random = new Random(seed);

        var correctors = Enumerable.Range(0, shape.Correctors)
            .Select(i => new Corrector($"C{i:D4}", Pick(random, LastNames), Pick(random, FirstNames)))
            .ToList();
        var candidates = Enumerable.Range(0, shape.Candidates)
            .Select(i => new Candidate(
                $"026{i:D8}",
                Pick(random, LastNames),
                Pick(random, FirstNames),
                random.NextDouble() < shape.AbsentRate))
            .ToList();
        var lots = GenerateLots(random, shape, correctors, candidates);

        return new Exam(
            $"EX{seed}",
            $"Épreuve {seed}",
            "2026",
            shape.Kind,
            shape.Marking,
            shape.MaxGrade,
            correctors,
            candidates,
            lots);
    }

    /// <summary>
    /// A ledger as earlier runs could have left it: for each candidate nothing, the current
    /// grade, another grade or ABS; for each corrector nothing, the current work done or another.
    /// </summary>
    public static LedgerSnapshot GenerateLedger(Exam exam, int seed)
    {
        var random = new Random(seed);
        var current = exam.Lots.SelectMany(l => l.Copies)
            .Where(c => c.Grade is not null)
            .ToDictionary(c => c.Candidate, c => c.Grade!.Value);

        var transmitted = new Dictionary<string, TransmittedValue>();
        foreach (var candidate in exam.Candidates)
        {
            if (PastValue(random, exam, current.GetValueOrDefault(candidate.Number)) is { } value)
            {
                transmitted[candidate.Number] = value;
            }
        }

        var declared = new Dictionary<string, int>();
        foreach (var corrector in exam.Correctors.Where(_ => random.Next(3) != 0))
        {
            declared[corrector.Id] = random.Next(0, 4) == 0 ? random.Next(0, 50) : CountWork(exam, corrector.Id);
        }

        return new LedgerSnapshot(transmitted, declared);
    }

    /// <summary>The import body that describes <paramref name="exam"/>.</summary>
    public static ExamImport ToImport(Exam exam) => new()
    {
        Name = exam.Name,
        Session = exam.Session,
        Kind = exam.Kind == ExamKind.Competitive ? "competitive" : "exam",
        Marking = exam.Marking == Marking.Harmonised ? "harmonised" : "standard",
        MaxGrade = exam.MaxGrade,
        Correctors = exam.Correctors
            .Select(c => new CorrectorImport { Id = c.Id, LastName = c.LastName, FirstName = c.FirstName })
            .ToList(),
        Candidates = exam.Candidates
            .Select(c => new CandidateImport
            {
                Number = c.Number,
                LastName = c.LastName,
                FirstName = c.FirstName,
                Absent = c.Absent,
            })
            .ToList(),
        Lots = exam.Lots
            .Select(l => new LotImport
            {
                Id = l.Id,
                CorrectorId = l.CorrectorId,
                Locked = l.Locked,
                Copies = l.Copies.Select(ToImport).ToList(),
            })
            .ToList(),
    };

    public static int CountWork(Exam exam, string correctorId) =>
        exam.Lots.Where(l => l.Locked && l.CorrectorId == correctorId)
            .Sum(l => l.Copies.Count(c => c.IsGraded));

    private static List<Lot> GenerateLots(
        Random random,
        ExamShape shape,
        List<Corrector> correctors,
        List<Candidate> candidates)
    {
        var copies = Enumerable.Range(0, shape.Lots).Select(_ => new List<Copy>()).ToList();
        foreach (var candidate in candidates.Where(c => !c.Absent))
        {
            if (shape.Lots > 0 && random.NextDouble() >= shape.UnplacedRate)
            {
                copies[random.Next(shape.Lots)].Add(GenerateCopy(random, shape, candidate));
            }
        }

        return copies
            .Select((list, i) => new Lot(
                $"L{i:D4}",
                correctors[random.Next(correctors.Count)].Id,
                random.NextDouble() < shape.LockedRate,
                list))
            .ToList();
    }

    private static Copy GenerateCopy(Random random, ExamShape shape, Candidate candidate)
    {
        var pages = random.Next(1, 9);
        Grade? grade = random.NextDouble() < shape.GradedRate ? RandomGrade(random, shape.MaxGrade) : null;
        var annotations = Enumerable.Range(0, random.Next(0, 4))
            .Select(_ => GenerateAnnotation(random, pages))
            .ToList();
        var comment = random.Next(2) == 0 ? null : "Bonne copie, argumentée.";
        return new Copy(candidate.Number, grade, comment, pages, annotations);
    }

    private static Annotation GenerateAnnotation(Random random, int pages)
    {
        var page = random.Next(1, pages + 1);
        return random.Next(3) switch
        {
            0 => new TextAnnotation(page, random.NextDouble(), random.NextDouble(), "Très bien"),
            1 => new StrokeAnnotation(
                page,
                Enumerable.Range(0, random.Next(2, 6))
                    .Select(_ => new PagePoint(random.NextDouble(), random.NextDouble()))
                    .ToList()),
            _ => new MarkAnnotation(
                page,
                random.NextDouble(),
                random.NextDouble(),
                (MarkSymbol)random.Next(3)),
        };
    }

    private static Grade RandomGrade(Random random, decimal maxGrade) =>
        Grade.Create(random.Next(0, (int)(maxGrade * 100) + 1) / 100m, maxGrade);

    private static TransmittedValue? PastValue(Random random, Exam exam, Grade? current) =>
        random.Next(5) switch
        {
            0 or 1 => null,
            2 when current is { } grade => TransmittedValue.Of(grade),
            3 => TransmittedValue.Of(RandomGrade(random, exam.MaxGrade)),
            4 => TransmittedValue.Absent,
            _ => null,
        };

    private static CopyImport ToImport(Copy copy) => new()
    {
        Candidate = copy.Candidate,
        Grade = copy.Grade?.Value,
        Comment = copy.Comment,
        Pages = copy.Pages,
        Annotations = copy.Annotations.Select(ToImport).ToList(),
    };

    private static AnnotationImport ToImport(Annotation annotation) => annotation switch
    {
        TextAnnotation t => new() { Page = t.Page, Type = "text", X = t.X, Y = t.Y, Text = t.Text },
        StrokeAnnotation s => new()
        {
            Page = s.Page,
            Type = "stroke",
            Points = s.Points.Select(p => (IReadOnlyList<double>)[p.X, p.Y]).ToList(),
        },
        MarkAnnotation m => new()
        {
            Page = m.Page,
            Type = "mark",
            X = m.X,
            Y = m.Y,
            Symbol = m.Symbol.ToString().ToLowerInvariant(),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(annotation), annotation, "Unknown annotation."),
    };

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
