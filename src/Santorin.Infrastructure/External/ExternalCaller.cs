using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Santorin.Infrastructure.External;

/// <summary>
/// Sends one call through the client's resilience pipeline and turns every expected outcome into a
/// result: a success read by the caller, a refusal, or the failure left once retries are spent.
/// </summary>
internal sealed class ExternalCaller(HttpClient http, ExternalSystem system, ILogger logger, TimeProvider time)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public ExternalSystem System => system;

    public async Task<ExternalResult<T>> SendAsync<T>(
        HttpRequestMessage request,
        string operation,
        string examId,
        Func<HttpResponseMessage, CancellationToken, Task<ExternalResult<T>>> readSuccessAsync,
        CancellationToken cancellationToken)
        where T : class
    {
        var started = time.GetTimestamp();
        Logs.CallStarted(logger, system.DisplayName, operation, examId);

        var result = await SendOnceAsync(request, readSuccessAsync, cancellationToken);

        var elapsed = (long)time.GetElapsedTime(started).TotalMilliseconds;
        if (result.Succeeded)
        {
            Logs.CallSucceeded(logger, system.DisplayName, operation, examId, elapsed);
        }
        else
        {
            var failure = result.Failure;
            Logs.CallFailed(
                logger,
                system.DisplayName,
                operation,
                examId,
                failure.Kind,
                failure.Status,
                failure.Code,
                elapsed);
        }

        return result;
    }

    public ExternalResult<T> InvalidResponse<T>(int status)
        where T : class =>
        ExternalResult.Failed<T>(new ExternalFailure(
            ExternalFailureKind.InvalidResponse,
            status,
            ExternalErrorCodes.ResponseInvalid,
            ExternalMessages.ResponseInvalid(system)));

    public static async Task<TBody?> ReadJsonAsync<TBody>(
        HttpResponseMessage response,
        CancellationToken cancellationToken)
        where TBody : class
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<TBody>(Json, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task<ExternalResult<T>> SendOnceAsync<T>(
        HttpRequestMessage request,
        Func<HttpResponseMessage, CancellationToken, Task<ExternalResult<T>>> readSuccessAsync,
        CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode
                ? await readSuccessAsync(response, cancellationToken)
                : await ReadFailureAsync<T>(response, cancellationToken);
        }
        catch (BrokenCircuitException)
        {
            return Unavailable<T>(ExternalErrorCodes.CircuitOpen, ExternalMessages.CircuitOpen(system));
        }
        catch (TimeoutRejectedException)
        {
            return Unavailable<T>(ExternalErrorCodes.Timeout, ExternalMessages.Timeout(system));
        }
        catch (HttpRequestException exception) when (!cancellationToken.IsCancellationRequested)
        {
            Logs.ConnectionFailed(logger, system.DisplayName, exception);
            return Unavailable<T>(ExternalErrorCodes.Unreachable, ExternalMessages.Unreachable(system));
        }
    }

    private ExternalResult<T> Unavailable<T>(string code, string message)
        where T : class =>
        ExternalResult.Failed<T>(new ExternalFailure(ExternalFailureKind.Unavailable, null, code, message));

    private async Task<ExternalResult<T>> ReadFailureAsync<T>(
        HttpResponseMessage response,
        CancellationToken cancellationToken)
        where T : class
    {
        var status = (int)response.StatusCode;
        var problem = await Problem.ReadAsync(response, cancellationToken);

        var failure = IsTransient(response.StatusCode)
            ? new ExternalFailure(
                ExternalFailureKind.Unavailable,
                status,
                problem.Code ?? (status == 429 ? ExternalErrorCodes.RateLimited : ExternalErrorCodes.Unavailable),
                ExternalMessages.ForUnavailable(system, status),
                problem.Detail)
            : new ExternalFailure(
                ExternalFailureKind.Refused,
                status,
                problem.Code ?? ExternalErrorCodes.Refused,
                ExternalMessages.ForRefusal(system, status, problem.Code),
                problem.Detail);
        return ExternalResult.Failed<T>(failure);
    }

    private static bool IsTransient(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
}
