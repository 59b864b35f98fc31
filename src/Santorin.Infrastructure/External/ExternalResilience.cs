using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Timeout;

namespace Santorin.Infrastructure.External;

/// <summary>
/// The pipeline every external call goes through, outermost first: a timeout for the whole call,
/// retries with exponential backoff and jitter (or the service's <c>Retry-After</c>), a circuit
/// breaker counting each attempt, and a timeout per attempt.
/// </summary>
internal static class ExternalResilience
{
    public static void Configure(
        ResiliencePipelineBuilder<HttpResponseMessage> builder,
        ExternalSystemOptions options,
        ExternalSystem system,
        TimeProvider time,
        ILogger logger)
    {
        builder.TimeProvider = time;
        builder
            .AddTimeout(new TimeoutStrategyOptions { Name = "total", Timeout = options.TotalTimeout })
            .AddRetry(Retry(options, system, time, logger))
            .AddCircuitBreaker(Breaker(options, system, logger))
            .AddTimeout(new TimeoutStrategyOptions { Name = "attempt", Timeout = options.AttemptTimeout });
    }

    /// <summary>
    /// The wait a 429 or 503 asks for, or null to use the backoff. Read here rather than by the
    /// library's own option so that a date is measured against the injected clock.
    /// </summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider time)
    {
        var retryAfter = response?.Headers.RetryAfter;
        if (retryAfter is null)
        {
            return null;
        }

        if (retryAfter.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (retryAfter.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    private static HttpRetryStrategyOptions Retry(
        ExternalSystemOptions options,
        ExternalSystem system,
        TimeProvider time,
        ILogger logger) => new()
        {
            MaxRetryAttempts = options.MaxRetryAttempts,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.RetryBaseDelay,
            MaxDelay = options.RetryMaxDelay,
            ShouldRetryAfterHeader = false,
            DelayGenerator = arguments => ValueTask.FromResult(RetryAfter(arguments.Outcome.Result, time)),
            OnRetry = arguments =>
            {
                Logs.RetryScheduled(
                    logger,
                    system.DisplayName,
                    arguments.AttemptNumber + 1,
                    Describe(arguments.Outcome),
                    (long)arguments.RetryDelay.TotalMilliseconds);
                return ValueTask.CompletedTask;
            },
        };

    private static HttpCircuitBreakerStrategyOptions Breaker(
        ExternalSystemOptions options,
        ExternalSystem system,
        ILogger logger) => new()
        {
            FailureRatio = options.BreakerFailureRatio,
            MinimumThroughput = options.BreakerMinimumThroughput,
            SamplingDuration = options.BreakerSamplingDuration,
            BreakDuration = options.BreakDuration,
            OnOpened = arguments =>
            {
                Logs.CircuitOpened(
                    logger,
                    system.DisplayName,
                    (long)arguments.BreakDuration.TotalSeconds,
                    Describe(arguments.Outcome));
                return ValueTask.CompletedTask;
            },
            OnHalfOpened = _ =>
            {
                Logs.CircuitHalfOpened(logger, system.DisplayName);
                return ValueTask.CompletedTask;
            },
            OnClosed = _ =>
            {
                Logs.CircuitClosed(logger, system.DisplayName);
                return ValueTask.CompletedTask;
            },
        };

    private static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is { } exception
            ? exception.GetType().Name
            : $"HTTP {(int)(outcome.Result?.StatusCode ?? HttpStatusCode.InternalServerError)}";
}
