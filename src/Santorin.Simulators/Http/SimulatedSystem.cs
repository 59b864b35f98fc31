using System.Globalization;
using System.Text.Json.Nodes;
using Santorin.Simulators.Faults;

namespace Santorin.Simulators.Http;

/// <summary>
/// What both simulators share: the API key, faults, the call log and the idempotency records. Every
/// contract call goes through <see cref="HandleAsync"/>, which injects the fault, checks the key,
/// runs the system's own rules under its lock and records the call.
/// </summary>
public abstract class SimulatedSystem
{
    public const string ApiKeyHeader = "X-Api-Key";
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    private readonly Dictionary<(string Scope, string Key), (JsonNode? Body, SimAnswer Answer)> _idempotency = [];
    private readonly List<SimulatedCall> _calls = [];
    private readonly string _apiKey;
    private readonly ILogger _logger;

    private protected SimulatedSystem(string name, string apiKey, TimeProvider time, ILogger logger)
    {
        Name = name;
        _apiKey = apiKey;
        Time = time;
        _logger = logger;
    }

    public string Name { get; }

    public FaultInjector Faults { get; } = new();

    public IReadOnlyList<SimulatedCall> Calls
    {
        get
        {
            lock (Gate)
            {
                return [.. _calls];
            }
        }
    }

    public int CallCount
    {
        get
        {
            lock (Gate)
            {
                return _calls.Count;
            }
        }
    }

    private protected Lock Gate { get; } = new();

    private protected TimeProvider Time { get; }

    public int CallsWithKey(string idempotencyKey)
    {
        lock (Gate)
        {
            return _calls.Count(call => call.IdempotencyKey == idempotencyKey);
        }
    }

    /// <summary>Forgets every exam, call and idempotency record, and clears the faults.</summary>
    public void Reset()
    {
        lock (Gate)
        {
            _calls.Clear();
            _idempotency.Clear();
            ClearState();
        }

        Faults.Clear();
    }

    private protected abstract void ClearState();

    /// <summary>
    /// Answers an idempotent write: the first answer again for the same key and body, a refusal for the
    /// same key and another body, otherwise <paramref name="apply"/> (under the lock), remembered when it succeeded.
    /// </summary>
    private protected SimAnswer ApplyOnce(string scope, string key, JsonNode? body, Func<SimAnswer> apply)
    {
        if (_idempotency.TryGetValue((scope, key), out var first))
        {
            return JsonNode.DeepEquals(first.Body, body)
                ? first.Answer with { Outcome = CallOutcomes.Replayed }
                : SimAnswer.Problem(
                    StatusCodes.Status422UnprocessableEntity,
                    "idempotency-key-reused",
                    "Cette clé d'idempotence a déjà servi pour un autre contenu.");
        }

        var answer = apply();
        if (answer.Status == StatusCodes.Status200OK)
        {
            _idempotency[(scope, key)] = (body?.DeepClone(), answer);
        }

        return answer;
    }

    /// <summary>The refusal a missing or malformed idempotency key gets, or null when it is usable.</summary>
    private protected static SimAnswer? CheckIdempotencyKey(string? key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return SimAnswer.Problem(400, "idempotency-key-missing", "L'en-tête Idempotency-Key est obligatoire.");
        }

        return key.Length > 128 || !key.All(c => c is >= ' ' and <= '~')
            ? SimAnswer.Problem(
                400,
                "idempotency-key-invalid",
                "L'en-tête Idempotency-Key compte au plus 128 caractères ASCII imprimables.")
            : null;
    }

    private protected static SimAnswer BodyInvalid(string detail) =>
        SimAnswer.Problem(StatusCodes.Status400BadRequest, "body-invalid", detail);

    private protected static SimAnswer ExamUnknown() =>
        SimAnswer.Problem(StatusCodes.Status404NotFound, "exam-unknown", "Épreuve inconnue.");

    internal async Task HandleAsync(HttpContext context, Func<SimRequest, SimAnswer> process)
    {
        try
        {
            await AnswerAsync(context, process);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client gave up (its own timeout) before the answer: nothing was applied, nobody to answer.
        }
    }

    private async Task AnswerAsync(HttpContext context, Func<SimRequest, SimAnswer> process)
    {
        var aborted = context.RequestAborted;
        var receivedAt = Time.GetUtcNow();
        var (fault, settings) = Faults.Draw();
        var request = await SimRequest.ReadAsync(context.Request, aborted);

        if (settings.LatencyMilliseconds > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(settings.LatencyMilliseconds), Time, aborted);
        }

        var answer = fault switch
        {
            FaultKind.Unavailable =>
                SimAnswer.Problem(503, "service-unavailable", "Service momentanément indisponible.")
                    with { Outcome = CallOutcomes.FaultUnavailable },
            FaultKind.TooManyRequests =>
                SimAnswer.Problem(429, "too-many-requests", "Trop de requêtes ; revenez plus tard.")
                    with { Outcome = CallOutcomes.FaultTooManyRequests },
            _ => Authorised(request) ? Process(request, process) : SimAnswer.Problem(
                StatusCodes.Status401Unauthorized,
                "api-key-invalid",
                "Clé d'API absente ou invalide."),
        };

        var dropped = fault == FaultKind.DropAfterApply;
        Record(request, receivedAt, answer, dropped);
        if (dropped)
        {
            Logs.ConnectionDropped(_logger, Name, request.Method, answer.Status);
            context.Abort();
            return;
        }

        if (fault == FaultKind.TooManyRequests)
        {
            context.Response.Headers.RetryAfter = settings.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        }

        await answer.WriteAsync(context.Response, aborted);
    }

    private bool Authorised(SimRequest request) =>
        string.Equals(request.ApiKey, _apiKey, StringComparison.Ordinal);

    private SimAnswer Process(SimRequest request, Func<SimRequest, SimAnswer> process)
    {
        lock (Gate)
        {
            return process(request);
        }
    }

    private void Record(SimRequest request, DateTimeOffset receivedAt, SimAnswer answer, bool dropped)
    {
        lock (Gate)
        {
            _calls.Add(new SimulatedCall(
                _calls.Count + 1,
                request.Method,
                request.Path,
                request.IdempotencyKey,
                receivedAt,
                dropped ? null : answer.Status,
                dropped ? CallOutcomes.DroppedAfterApply : answer.Outcome));
        }

        Logs.CallAnswered(_logger, Name, request.Method, answer.Status, answer.Outcome);
    }
}
