using Microsoft.Extensions.Logging;

namespace Santorin.Infrastructure;

internal static partial class Logs
{
    [LoggerMessage(
        EventId = 2000,
        Level = LogLevel.Debug,
        Message = "{System} {Operation} for exam {ExamId} started")]
    public static partial void CallStarted(ILogger logger, string system, string operation, string examId);

    [LoggerMessage(
        EventId = 2001,
        Level = LogLevel.Information,
        Message = "{System} {Operation} for exam {ExamId} completed in {ElapsedMs} ms")]
    public static partial void CallSucceeded(
        ILogger logger,
        string system,
        string operation,
        string examId,
        long elapsedMs);

    [LoggerMessage(
        EventId = 2002,
        Level = LogLevel.Warning,
        Message = "{System} {Operation} for exam {ExamId} failed ({Kind}, {Status}, {Code}) in {ElapsedMs} ms")]
    public static partial void CallFailed(
        ILogger logger,
        string system,
        string operation,
        string examId,
        External.ExternalFailureKind kind,
        int? status,
        string code,
        long elapsedMs);

    [LoggerMessage(
        EventId = 2003,
        Level = LogLevel.Information,
        Message = "{System} answered {Accepted} accepted and {Rejected} rejected lines for exam {ExamId}")]
    public static partial void GradesAnswered(
        ILogger logger,
        string system,
        string examId,
        int accepted,
        int rejected);

    [LoggerMessage(
        EventId = 2004,
        Level = LogLevel.Warning,
        Message = "{System} could not be reached on the last attempt")]
    public static partial void ConnectionFailed(ILogger logger, string system, Exception exception);

    [LoggerMessage(
        EventId = 2010,
        Level = LogLevel.Warning,
        Message = "{System} attempt {Attempt} failed ({Outcome}); retrying in {DelayMs} ms")]
    public static partial void RetryScheduled(
        ILogger logger,
        string system,
        int attempt,
        string outcome,
        long delayMs);

    [LoggerMessage(
        EventId = 2011,
        Level = LogLevel.Error,
        Message = "{System} circuit opened for {BreakSeconds} s after {Outcome}")]
    public static partial void CircuitOpened(ILogger logger, string system, long breakSeconds, string outcome);

    [LoggerMessage(
        EventId = 2012,
        Level = LogLevel.Information,
        Message = "{System} circuit half-open: trying one call")]
    public static partial void CircuitHalfOpened(ILogger logger, string system);

    [LoggerMessage(EventId = 2013, Level = LogLevel.Information, Message = "{System} circuit closed")]
    public static partial void CircuitClosed(ILogger logger, string system);
}
