using Microsoft.Extensions.Logging;

namespace Santorin.Application;

internal static partial class Logs
{
    [LoggerMessage(
        6000,
        LogLevel.Information,
        "Exam {ExamId}: search index of data version {DataVersion} built ({Candidates} candidates, {ElapsedMs} ms)")]
    public static partial void IndexBuilt(
        ILogger logger,
        string examId,
        string dataVersion,
        int candidates,
        long elapsedMs);

    [LoggerMessage(
        6010,
        LogLevel.Information,
        "Exam {ExamId}: copy PDF served ({Pages} pages, {Bytes} bytes, reused: {Reused})")]
    public static partial void CopyPdfServed(ILogger logger, string examId, int pages, long bytes, bool reused);

    [LoggerMessage(
        6020,
        LogLevel.Information,
        "Archive {ArchiveId} of exam {ExamId} started ({Entries} copies, {Chunks} chunks)")]
    public static partial void ArchiveStarted(
        ILogger logger,
        string examId,
        string archiveId,
        int entries,
        int chunks);

    [LoggerMessage(
        6021,
        LogLevel.Information,
        "Archive {ArchiveId} of exam {ExamId} ended {Status} ({Bytes} bytes)")]
    public static partial void ArchiveEnded(
        ILogger logger,
        string examId,
        string archiveId,
        string status,
        long bytes);

    [LoggerMessage(6022, LogLevel.Warning, "Archive {ArchiveId}: chunk {Chunk} stopped with {Code}")]
    public static partial void ArchiveChunkRefused(ILogger logger, string archiveId, int chunk, string code);
}
