using Microsoft.Extensions.Logging;

namespace Santorin.Infrastructure;

internal static partial class Logs
{
    [LoggerMessage(1000, LogLevel.Information,
        "Import of exam {ExamId} started as data version {Version}: {Candidates} candidates")]
    public static partial void ImportStarted(ILogger logger, string examId, string version, int candidates);

    [LoggerMessage(1001, LogLevel.Information,
        "Import of exam {ExamId} completed as data version {Version}: {Entities} entities in {ElapsedMs} ms")]
    public static partial void ImportCompleted(
        ILogger logger,
        string examId,
        string version,
        int entities,
        long elapsedMs);

    [LoggerMessage(1002, LogLevel.Error, "Import of exam {ExamId} as data version {Version} failed")]
    public static partial void ImportFailed(ILogger logger, string examId, string version, Exception exception);

    [LoggerMessage(1003, LogLevel.Information,
        "Exam {ExamId} changed while data version {Version} was switched in; switching again")]
    public static partial void SwitchConflict(ILogger logger, string examId, string version);

    [LoggerMessage(1004, LogLevel.Warning,
        "Exam {ExamId} already pointed at data version {Version} (an earlier attempt went through); " +
        "the version it replaced is left in storage")]
    public static partial void SwitchRepeated(ILogger logger, string examId, string version);

    [LoggerMessage(1005, LogLevel.Information,
        "Data version {Version} of exam {ExamId} deleted: {Entities} entities")]
    public static partial void VersionDeleted(ILogger logger, string examId, string version, int entities);

    [LoggerMessage(1006, LogLevel.Warning,
        "Data version {Version} of exam {ExamId} could not be deleted; its entities stay as garbage, " +
        "never read")]
    public static partial void VersionLeft(ILogger logger, string examId, string version, Exception exception);

    [LoggerMessage(1007, LogLevel.Information,
        "Exam {ExamId} was replaced while data version {Version} was read; reading again")]
    public static partial void ReadRetried(ILogger logger, string examId, string version);

    [LoggerMessage(1008, LogLevel.Information,
        "Exam {ExamId} read as data version {Version}: {Candidates} candidates in {ElapsedMs} ms")]
    public static partial void ExamRead(
        ILogger logger,
        string examId,
        string version,
        int candidates,
        long elapsedMs);

    [LoggerMessage(1100, LogLevel.Information,
        "Ledger of exam {ExamId}: {Lines} transmitted values recorded for run {RunId}")]
    public static partial void TransmittedRecorded(ILogger logger, string examId, string runId, int lines);

    [LoggerMessage(1101, LogLevel.Information,
        "Ledger of exam {ExamId}: {Correctors} declared work done recorded for run {RunId}")]
    public static partial void DeclaredRecorded(ILogger logger, string examId, string runId, int correctors);

    [LoggerMessage(1102, LogLevel.Information,
        "Ledger of exam {ExamId} read: {Transmitted} transmitted values, " +
        "{Declared} declarations in {ElapsedMs} ms")]
    public static partial void LedgerRead(
        ILogger logger,
        string examId,
        int transmitted,
        int declared,
        long elapsedMs);
}
