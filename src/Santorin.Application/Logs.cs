using Microsoft.Extensions.Logging;

namespace Santorin.Application;

/// <summary>
/// Every log line of the application layer. Event ids: 5000s closure and every activity,
/// 6000s edition, 7000s HTTP.
/// Ids and counts only: never grades, names or keys.
/// </summary>
internal static partial class Logs
{
    [LoggerMessage(5000, LogLevel.Information, "Closure {RunId} of exam {ExamId} started (resend all: {ResendAll})")]
    public static partial void ClosureStarted(ILogger logger, string examId, string runId, bool resendAll);

    [LoggerMessage(
        5001,
        LogLevel.Information,
        "Closure {RunId} of exam {ExamId} ended {Status}: {Accepted} lines accepted, {Rejected} rejected")]
    public static partial void ClosureCompleted(
        ILogger logger,
        string examId,
        string runId,
        string status,
        int accepted,
        int rejected);

    [LoggerMessage(5010, LogLevel.Information, "Activity {Activity} of {Workflow} {WorkId} started")]
    public static partial void ActivityStarted(ILogger logger, string activity, string workflow, string workId);

    [LoggerMessage(
        5011,
        LogLevel.Information,
        "Activity {Activity} of {Workflow} {WorkId} completed in {ElapsedMs} ms")]
    public static partial void ActivityCompleted(
        ILogger logger,
        string activity,
        string workflow,
        string workId,
        long elapsedMs);

    [LoggerMessage(5012, LogLevel.Error, "Activity {Activity} of {Workflow} {WorkId} failed")]
    public static partial void ActivityFailed(
        ILogger logger,
        Exception exception,
        string activity,
        string workflow,
        string workId);

    [LoggerMessage(
        5020,
        LogLevel.Information,
        "Run {RunId} planned: {Kind}, {Grades} grades, {Absents} absents, {Batches} batches, {WorkDone} work done")]
    public static partial void RunPlanned(
        ILogger logger,
        string runId,
        string kind,
        int grades,
        int absents,
        int batches,
        int workDone);

    [LoggerMessage(
        5021,
        LogLevel.Information,
        "Run {RunId} batch {Batch}: {Accepted} accepted, {Rejected} rejected")]
    public static partial void BatchSent(ILogger logger, string runId, int batch, int accepted, int rejected);

    [LoggerMessage(5022, LogLevel.Warning, "Run {RunId} batch {Batch} failed at Cyclades with {Code}")]
    public static partial void BatchFailed(ILogger logger, string runId, int batch, string code);
}
