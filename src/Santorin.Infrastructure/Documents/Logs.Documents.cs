using Microsoft.Extensions.Logging;

namespace Santorin.Infrastructure.Documents;

internal static partial class Logs
{
    [LoggerMessage(3000, LogLevel.Warning,
        "Exam {ExamId}: {Count} annotations are on pages the copy has no scan for; they are not drawn.")]
    public static partial void AnnotationsOffTheScans(ILogger logger, string examId, int count);

    [LoggerMessage(3001, LogLevel.Information, "Exam {ExamId}: copy PDF {BlobName} reused ({Pages} pages).")]
    public static partial void CopyPdfReused(ILogger logger, string examId, string blobName, int pages);

    [LoggerMessage(3002, LogLevel.Information,
        "Exam {ExamId}: copy PDF {BlobName} rendered ({Pages} pages, {Bytes} bytes, {ElapsedMs} ms).")]
    public static partial void CopyPdfRendered(
        ILogger logger, string examId, string blobName, int pages, long bytes, long elapsedMs);

    [LoggerMessage(3003, LogLevel.Warning, "Exam {ExamId}: a copy's scan of page {Page} is missing.")]
    public static partial void ScanMissing(ILogger logger, string examId, int page);

    [LoggerMessage(3010, LogLevel.Information, "Archive {BlobName} started ({Entries} copies).")]
    public static partial void ArchiveStarted(ILogger logger, string blobName, int entries);

    [LoggerMessage(3011, LogLevel.Information, "Archive {BlobName} completed ({Entries} copies, {Bytes} bytes).")]
    public static partial void ArchiveCompleted(ILogger logger, string blobName, int entries, long bytes);

    [LoggerMessage(3012, LogLevel.Error, "Archive {BlobName} failed after {EntriesDone} copies.")]
    public static partial void ArchiveFailed(ILogger logger, Exception exception, string blobName, int entriesDone);

    [LoggerMessage(3020, LogLevel.Information, "User delegation key obtained, valid until {ExpiresOn:o}.")]
    public static partial void UserDelegationKeyObtained(ILogger logger, DateTimeOffset expiresOn);
}
