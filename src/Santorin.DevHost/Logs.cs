namespace Santorin.DevHost;

/// <summary>The development host's own log lines, event ids 8000s. Ids and counts only.</summary>
internal static partial class Logs
{
    [LoggerMessage(8000, LogLevel.Information, "{Method} {Path} answered {Status} in {ElapsedMs} ms")]
    public static partial void RequestAnswered(ILogger logger, string method, string path, int status, long elapsedMs);

    [LoggerMessage(8001, LogLevel.Warning, "{Method} {Path} failed after {ElapsedMs} ms")]
    public static partial void RequestFailed(
        ILogger logger,
        Exception exception,
        string method,
        string path,
        long elapsedMs);

    [LoggerMessage(8020, LogLevel.Information, "Azurite started, data in {Location}")]
    public static partial void AzuriteStarted(ILogger logger, string location);

    [LoggerMessage(8030, LogLevel.Information, "Demo exam {ExamId} already in the store: not seeded again")]
    public static partial void DemoPresent(ILogger logger, string examId);

    [LoggerMessage(
        8031,
        LogLevel.Information,
        "Demo exam {ExamId} seeded: {Candidates} candidates, {Scans} scans, in {ElapsedMs} ms")]
    public static partial void DemoSeeded(ILogger logger, string examId, int candidates, int scans, long elapsedMs);

    [LoggerMessage(8032, LogLevel.Information, "Simulators learnt {Exams} exams from the store")]
    public static partial void SimulatorsSeeded(ILogger logger, int exams);
}
