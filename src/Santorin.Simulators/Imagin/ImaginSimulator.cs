using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Santorin.Simulators.Http;

namespace Santorin.Simulators.Imagin;

/// <summary>The work-done API of Imag'In, in memory, with every rule of its contract.</summary>
public sealed class ImaginSimulator : SimulatedSystem
{
    private readonly Dictionary<string, Dictionary<string, ImaginDeclaration>> _exams = new(StringComparer.Ordinal);

    internal ImaginSimulator(SimulatorOptions options, TimeProvider time, ILogger logger)
        : base("Imag'In", options.ImaginApiKey, time, logger)
    {
    }

    /// <summary>Creates the exam with its correctors, or replaces it with nothing declared.</summary>
    public void SeedExam(string examId, IEnumerable<string> correctorIds)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(examId);
        ArgumentNullException.ThrowIfNull(correctorIds);

        lock (Gate)
        {
            _exams[examId] = correctorIds.Distinct(StringComparer.Ordinal).ToDictionary(
                id => id,
                id => new ImaginDeclaration(id, null, null, null, 0),
                StringComparer.Ordinal);
        }
    }

    public IReadOnlyList<ImaginDeclaration>? FindExam(string examId)
    {
        lock (Gate)
        {
            return _exams.TryGetValue(examId, out var correctors)
                ? [.. correctors.Values.OrderBy(declaration => declaration.CorrectorId, StringComparer.Ordinal)]
                : null;
        }
    }

    public ImaginDeclaration DeclarationOf(string examId, string correctorId)
    {
        lock (Gate)
        {
            return RequireCorrectors(examId)[correctorId];
        }
    }

    /// <summary>Closes the corrector's pay with the given number, or the last one declared (0 if none).</summary>
    public ImaginDeclaration ClosePay(string examId, string correctorId, int? copies = null)
    {
        lock (Gate)
        {
            var correctors = RequireCorrectors(examId);
            var declaration = correctors[correctorId];
            declaration = declaration with { PaidCopies = copies ?? declaration.Copies ?? 0 };
            correctors[correctorId] = declaration;
            return declaration;
        }
    }

    private protected override void ClearState() => _exams.Clear();

    internal SimAnswer PutWorkDone(SimRequest request)
    {
        if (CheckIdempotencyKey(request.IdempotencyKey) is { } keyRefusal)
        {
            return keyRefusal;
        }

        if (request.Body is not JsonObject body
            || body["copies"] is not JsonValue copiesNode
            || copiesNode.GetValueKind() != JsonValueKind.Number
            || ReadInstant(body["declaredAt"]) is not { } declaredAt)
        {
            return BodyInvalid(
                "Le corps attendu est {\"copies\": 118, \"declaredAt\": \"2026-06-24T16:05:00Z\"}.");
        }

        if (ReadCopies(copiesNode) is not { } copies)
        {
            return SimAnswer.Problem(
                StatusCodes.Status422UnprocessableEntity,
                "copies-invalid",
                "Le nombre de copies est un entier positif ou nul.");
        }

        var (examId, correctorId) = (request.Route("examId"), request.Route("correctorId"));
        return ApplyOnce(
            request.Path,
            request.IdempotencyKey!,
            request.Body,
            () => Record(examId, correctorId, copies, declaredAt));
    }

    private SimAnswer Record(string examId, string correctorId, int copies, DateTimeOffset declaredAt)
    {
        if (!_exams.TryGetValue(examId, out var correctors))
        {
            return ExamUnknown();
        }

        if (!correctors.TryGetValue(correctorId, out var declaration))
        {
            return SimAnswer.Problem(
                StatusCodes.Status404NotFound,
                "corrector-unknown",
                "Correcteur inconnu pour cette épreuve.");
        }

        if (declaration.PaidCopies is { } paid && paid != copies)
        {
            return SimAnswer.Problem(
                StatusCodes.Status409Conflict,
                "payment-closed",
                $"La paie de ce correcteur est close avec {paid} copies.");
        }

        correctors[correctorId] = declaration with
        {
            Copies = copies,
            DeclaredAt = declaredAt,
            Declarations = declaration.Declarations + 1,
        };
        return SimAnswer.Ok(new RecordedBody(examId, correctorId, copies, "recorded"), CallOutcomes.Applied);
    }

    /// <summary>A JSON integer: <c>118.0</c> and <c>1e2</c> are numbers but not integers.</summary>
    private static int? ReadCopies(JsonValue node)
    {
        var text = node.ToJsonString();
        if (!text.All(c => char.IsAsciiDigit(c) || c == '-'))
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var copies)
               && copies >= 0
            ? copies
            : null;
    }

    /// <summary>An ISO 8601 date and time in a JSON string.</summary>
    private static DateTimeOffset? ReadInstant(JsonNode? node) =>
        node is JsonValue value
        && value.GetValueKind() == JsonValueKind.String
        && value.TryGetValue<DateTimeOffset>(out var instant)
            ? instant
            : null;

    private Dictionary<string, ImaginDeclaration> RequireCorrectors(string examId) =>
        _exams.TryGetValue(examId, out var correctors)
            ? correctors
            : throw new KeyNotFoundException($"Exam {examId} is not seeded in the Imag'In simulator.");

    private sealed record RecordedBody(string ExamId, string CorrectorId, int Copies, string Status);
}
