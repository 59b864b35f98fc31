using System.IO.Compression;
using System.Text;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Logging;
using Santorin.Core.Exams;

namespace Santorin.Infrastructure.Documents;

/// <summary>One corrected copy of an archive: who, what the manifest says, and its PDF's blob.</summary>
internal sealed record ArchiveEntry(
    string Number,
    string LastName,
    string FirstName,
    Grade? Grade,
    int Pages,
    string DocumentBlobName);

/// <summary>Where an archive stands after each copy written.</summary>
internal sealed record ArchiveProgress(int EntriesDone, int Entries, long Bytes);

/// <summary>A written archive: its blob in the documents container and its size.</summary>
internal sealed record WrittenArchive(string BlobName, string FileName, int Entries, long Bytes);

/// <summary>
/// Streams a zip of corrected copies into the documents container: <c>manifest.csv</c> first,
/// then each copy's PDF copied from its blob, stored without compression (PDFs of JPEGs do not
/// shrink). Only one block of the blob and one read buffer are in memory at a time; ZipArchive
/// switches to zip64 by itself past 65,534 entries or 4 GiB.
/// </summary>
internal sealed class CopyArchiveWriter(
    DocumentsContainer documents,
    TimeProvider time,
    ILogger<CopyArchiveWriter> logger)
{
    public const string ManifestName = "manifest.csv";

    private const int BlockSize = 8 * 1024 * 1024;

    public async Task<WrittenArchive> WriteAsync(
        string archiveBlobName,
        string fileName,
        IReadOnlyList<ArchiveEntry> entries,
        Func<ArchiveProgress, CancellationToken, ValueTask>? progress,
        CancellationToken cancellationToken)
    {
        var container = await documents.GetAsync(cancellationToken);
        var target = container.GetBlockBlobClient(archiveBlobName);
        Logs.ArchiveStarted(logger, archiveBlobName, entries.Count);
        var state = new ArchiveProgress(0, entries.Count, 0);
        try
        {
            await using var blob = await target.OpenWriteAsync(true, WriteOptions(fileName), cancellationToken);
            var counting = new CountingStream(blob);
            await using (var zip = await ZipArchive.CreateAsync(
                counting, ZipArchiveMode.Create, true, null, cancellationToken))
            {
                await WriteManifestAsync(zip, entries, cancellationToken);
                foreach (var entry in entries)
                {
                    await WriteCopyAsync(zip, container, entry, cancellationToken);
                    state = state with { EntriesDone = state.EntriesDone + 1, Bytes = counting.BytesWritten };
                    await ReportAsync(progress, state, cancellationToken);
                }
            }

            await blob.FlushAsync(cancellationToken);
            Logs.ArchiveCompleted(logger, archiveBlobName, entries.Count, counting.BytesWritten);
            return new WrittenArchive(archiveBlobName, fileName, entries.Count, counting.BytesWritten);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Logs.ArchiveFailed(logger, e, archiveBlobName, state.EntriesDone);
            throw;
        }
    }

    /// <summary>
    /// The manifest, one row per copy: <c>number;lastName;firstName;grade;pages</c>, grades with a
    /// dot and two decimals, fields quoted only when they hold a separator or a quote.
    /// </summary>
    internal static string Manifest(IEnumerable<ArchiveEntry> entries)
    {
        var csv = new StringBuilder("number;lastName;firstName;grade;pages\n");
        foreach (var entry in entries)
        {
            csv.Append(Field(entry.Number)).Append(';')
                .Append(Field(entry.LastName)).Append(';')
                .Append(Field(entry.FirstName)).Append(';')
                .Append(entry.Grade?.ToCycladesValue()).Append(';')
                .Append(entry.Pages).Append('\n');
        }

        return csv.ToString();
    }

    private static BlockBlobOpenWriteOptions WriteOptions(string fileName) => new()
    {
        BufferSize = BlockSize,
        HttpHeaders = new BlobHttpHeaders
        {
            ContentType = "application/zip",
            ContentDisposition = DocumentsContainer.Attachment(fileName),
        },
    };

    private async Task WriteManifestAsync(
        ZipArchive zip,
        IReadOnlyList<ArchiveEntry> entries,
        CancellationToken cancellationToken)
    {
        var bytes = new UTF8Encoding(false).GetBytes(Manifest(entries));
        await using var stream = await NewEntry(zip, ManifestName).OpenAsync(cancellationToken);
        await stream.WriteAsync(bytes, cancellationToken);
    }

    private async Task WriteCopyAsync(
        ZipArchive zip,
        BlobContainerClient container,
        ArchiveEntry entry,
        CancellationToken cancellationToken)
    {
        var name = ArchiveEntryNames.ForCopy(entry.Number, entry.LastName, entry.FirstName);
        var source = container.GetBlobClient(entry.DocumentBlobName);
        using var download = (await source.DownloadStreamingAsync(cancellationToken: cancellationToken)).Value;
        await using var stream = await NewEntry(zip, name).OpenAsync(cancellationToken);
        await download.Content.CopyToAsync(stream, cancellationToken);
    }

    private ZipArchiveEntry NewEntry(ZipArchive zip, string name)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.NoCompression);
        entry.LastWriteTime = time.GetLocalNow();
        return entry;
    }

    private static async ValueTask ReportAsync(
        Func<ArchiveProgress, CancellationToken, ValueTask>? progress,
        ArchiveProgress state,
        CancellationToken cancellationToken)
    {
        if (progress is not null)
        {
            await progress(state, cancellationToken);
        }
    }

    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(";\"\r\n") < 0
            ? value
            : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
