using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Santorin.Simulators.Http;

namespace Santorin.Simulators.Cyclades;

/// <summary>The grades API of Cyclades, in memory, with every rule of its contract.</summary>
public sealed partial class CycladesSimulator : SimulatedSystem
{
    private readonly Dictionary<string, Exam> _exams = new(StringComparer.Ordinal);
    private readonly int _maxBatchLines;

    internal CycladesSimulator(SimulatorOptions options, TimeProvider time, ILogger logger)
        : base("Cyclades", options.CycladesApiKey, time, logger)
    {
        _maxBatchLines = options.CycladesMaxBatchLines;
    }

    /// <summary>Creates the exam, or replaces it with no grades and unpublished.</summary>
    public CycladesExamState SeedExam(string examId, decimal maximum, IEnumerable<string> candidates)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(examId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maximum);
        ArgumentNullException.ThrowIfNull(candidates);

        lock (Gate)
        {
            var exam = new Exam(maximum, [.. candidates]);
            _exams[examId] = exam;
            return exam.Snapshot(examId);
        }
    }

    public CycladesExamState? FindExam(string examId)
    {
        lock (Gate)
        {
            return _exams.TryGetValue(examId, out var exam) ? exam.Snapshot(examId) : null;
        }
    }

    public string? GradeOf(string examId, string candidate)
    {
        lock (Gate)
        {
            return RequireExam(examId).Grades.GetValueOrDefault(candidate);
        }
    }

    public int ApplicationsOf(string examId, string candidate)
    {
        lock (Gate)
        {
            return RequireExam(examId).Applications.GetValueOrDefault(candidate);
        }
    }

    /// <summary>A change made by hand in Cyclades: it does not count as an application.</summary>
    public void ChangeGradeManually(string examId, string candidate, string value)
    {
        lock (Gate)
        {
            var exam = RequireExam(examId);
            if (!exam.Candidates.Contains(candidate) || !exam.IsValidValue(value))
            {
                throw new ArgumentException(
                    "Candidat inconnu ou valeur invalide pour cette épreuve.",
                    nameof(candidate));
            }

            exam.Grades[candidate] = value;
        }
    }

    public CycladesExamState Publish(string examId)
    {
        lock (Gate)
        {
            var exam = RequireExam(examId);
            exam.PublishedAt ??= Time.GetUtcNow();
            return exam.Snapshot(examId);
        }
    }

    private protected override void ClearState() => _exams.Clear();

    internal SimAnswer GetPublication(SimRequest request)
    {
        var examId = request.Route("examId");
        if (!_exams.TryGetValue(examId, out var exam))
        {
            return ExamUnknown();
        }

        return SimAnswer.Ok(
            new PublicationBody(examId, exam.PublishedAt is not null, exam.PublishedAt),
            CallOutcomes.Read);
    }

    internal SimAnswer PutGrades(SimRequest request)
    {
        if (CheckIdempotencyKey(request.IdempotencyKey) is { } keyRefusal)
        {
            return keyRefusal;
        }

        if (ReadLines(request.Body) is not { } lines)
        {
            return BodyInvalid("Le corps attendu est {\"grades\": [{\"candidate\": \"…\", \"value\": \"…\"}]}.");
        }

        if (lines.Count > _maxBatchLines)
        {
            return SimAnswer.Problem(
                StatusCodes.Status400BadRequest,
                "batch-too-large",
                $"Un appel compte au plus {_maxBatchLines} lignes.");
        }

        var examId = request.Route("examId");
        return ApplyOnce(request.Path, request.IdempotencyKey!, request.Body, () => Apply(examId, lines));
    }

    private SimAnswer Apply(string examId, IReadOnlyList<(string Candidate, string Value)> lines)
    {
        if (!_exams.TryGetValue(examId, out var exam))
        {
            return ExamUnknown();
        }

        if (exam.PublishedAt is not null)
        {
            return SimAnswer.Problem(
                StatusCodes.Status409Conflict,
                "exam-published",
                "Les résultats de l'épreuve sont publiés : les notes ne peuvent plus changer.");
        }

        var duplicates = lines.GroupBy(line => line.Candidate, StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .Select(group => group.Key)
            .ToHashSet(StringComparer.Ordinal);
        var results = lines.Select(line => exam.Apply(line.Candidate, line.Value, duplicates)).ToList();
        return SimAnswer.Ok(new GradesResponse(results), CallOutcomes.Applied);
    }

    private static List<(string Candidate, string Value)>? ReadLines(JsonNode? body)
    {
        if (body is not JsonObject root || root["grades"] is not JsonArray grades)
        {
            return null;
        }

        var lines = new List<(string, string)>(grades.Count);
        foreach (var item in grades)
        {
            if (item is not JsonObject line
                || ReadString(line, "candidate") is not { Length: > 0 } candidate
                || ReadString(line, "value") is not { } value)
            {
                return null;
            }

            lines.Add((candidate, value));
        }

        return lines;
    }

    private static string? ReadString(JsonObject node, string name) =>
        node[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private Exam RequireExam(string examId) =>
        _exams.TryGetValue(examId, out var exam)
            ? exam
            : throw new KeyNotFoundException($"Exam {examId} is not seeded in the Cyclades simulator.");

    [GeneratedRegex(@"^(0|[1-9][0-9]*)\.[0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex GradePattern();

    private sealed class Exam(decimal maximum, HashSet<string> candidates)
    {
        public decimal Maximum { get; } = maximum;

        public HashSet<string> Candidates { get; } = candidates;

        public Dictionary<string, string> Grades { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> Applications { get; } = new(StringComparer.Ordinal);

        public DateTimeOffset? PublishedAt { get; set; }

        public bool IsValidValue(string value) =>
            value == "ABS"
            || (GradePattern().IsMatch(value)
                && decimal.Parse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) <= Maximum);

        public GradeResult Apply(string candidate, string value, HashSet<string> duplicates)
        {
            if (duplicates.Contains(candidate))
            {
                return GradeResult.Rejected(
                    candidate,
                    "candidate-duplicate",
                    "Candidat présent plusieurs fois dans l'appel");
            }

            if (!Candidates.Contains(candidate))
            {
                return GradeResult.Rejected(candidate, "candidate-unknown", "Candidat inconnu pour cette épreuve");
            }

            if (!IsValidValue(value))
            {
                return GradeResult.Rejected(
                    candidate,
                    "value-invalid",
                    $"Valeur invalide : une note de 0.00 à {Maximum.ToString("0.00", CultureInfo.InvariantCulture)} "
                    + "avec deux décimales, ou ABS");
            }

            Grades[candidate] = value;
            Applications[candidate] = Applications.GetValueOrDefault(candidate) + 1;
            return new GradeResult(candidate, "accepted", null, null);
        }

        public CycladesExamState Snapshot(string examId) => new(
            examId,
            Maximum,
            PublishedAt is not null,
            PublishedAt,
            [.. Candidates.Order(StringComparer.Ordinal)],
            new Dictionary<string, string>(Grades, StringComparer.Ordinal),
            new Dictionary<string, int>(Applications, StringComparer.Ordinal));
    }

    private sealed record PublicationBody(string ExamId, bool Published, DateTimeOffset? PublishedAt);

    private sealed record GradesResponse(IReadOnlyList<GradeResult> Results);

    private sealed record GradeResult(
        string Candidate,
        string Status,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        string? Code,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        string? Message)
    {
        public static GradeResult Rejected(string candidate, string code, string message) =>
            new(candidate, "rejected", code, message);
    }
}
