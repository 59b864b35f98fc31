using System.Globalization;
using Azure.Data.Tables;
using Santorin.Core.Exams;
using Santorin.Infrastructure.Storage;

namespace Santorin.Application.Edition;

/// <summary>The statuses of an archive, as the API shows them.</summary>
public static class ArchiveStatuses
{
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Failed = "failed";
}

/// <summary>
/// One archive as asked for: who asked, what it holds (recomputed from the exam's data version,
/// the requester and the corrector named), with which settings, and where it stands.
/// </summary>
public sealed record ArchiveRecord(
    string ExamId,
    string ArchiveId,
    string DataVersion,
    bool RequesterIsManager,
    string? RequesterCorrectorId,
    string? CorrectorId,
    ExamSettings Settings,
    string Status,
    int Entries,
    long Bytes,
    string BlobName,
    string FileName,
    string? Message,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt);

/// <summary>One copy of an archive, once its PDF is in the documents container.</summary>
public sealed record ArchivedCopy(
    int Index,
    string Number,
    string LastName,
    string FirstName,
    string? Grade,
    int Pages,
    string DocumentBlobName);

/// <summary>
/// Archives in Table Storage, table <c>archives</c>:
/// <list type="bullet">
/// <item>partition = exam id, row = archive id: the archive's record;</item>
/// <item>partition = <c>{examId}_{archiveId}</c>, row = <c>e{index:000000}</c>: each rendered copy,
/// in the archive's order, for the activity that writes the zip;</item>
/// <item>same partition, row = <c>c{chunk:00000}</c>: the copies each chunk rendered, summed for
/// <c>entriesDone</c>.</item>
/// </list>
/// Every write is an upsert keyed by archive, chunk and copy, so a retried activity writes the
/// same rows again.
/// </summary>
public sealed class ArchiveStore(TableServiceClient tables)
{
    public const string TableName = "archives";

    private const int ParallelTransactions = 4;

    private readonly TableClient _table = tables.GetTableClient(TableName);
    private volatile bool _ready;

    public async Task AddAsync(ArchiveRecord archive, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken);
        await _table.AddEntityAsync(ToEntity(archive), cancellationToken);
    }

    public async Task<ArchiveRecord?> GetAsync(string examId, string archiveId, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken);
        var entity = await _table.GetEntityIfExistsAsync<TableEntity>(
            examId,
            archiveId,
            cancellationToken: cancellationToken);
        return entity.HasValue ? FromEntity(entity.Value!) : null;
    }

    /// <summary>Records how the archive ended, or how many bytes of its zip are written so far.</summary>
    public async Task SaveAsync(ArchiveRecord archive, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken);
        await _table.UpsertEntityAsync(ToEntity(archive), TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>Records one chunk's copies and how many they are.</summary>
    public async Task SaveChunkAsync(
        string examId,
        string archiveId,
        int chunk,
        IReadOnlyList<ArchivedCopy> copies,
        CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken);
        var partition = WorkPartition(examId, archiveId);
        var actions = copies.Select(copy => new TableTransactionAction(
            TableTransactionActionType.UpsertReplace,
            ToEntity(partition, copy)));
        await TableTransactions.SubmitAllAsync(_table, actions, ParallelTransactions, cancellationToken);

        var done = new TableEntity(partition, ChunkRow(chunk)) { ["Done"] = copies.Count };
        await _table.UpsertEntityAsync(done, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>Copies rendered so far: one row per chunk done, a few hundred at most.</summary>
    public async Task<int> CountDoneAsync(string examId, string archiveId, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken);
        var partition = WorkPartition(examId, archiveId);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {partition} and RowKey ge {"c"} and RowKey lt {"d"}");
        var done = 0;
        var rows = _table.QueryAsync<TableEntity>(filter, select: ["Done"], cancellationToken: cancellationToken);
        await foreach (var row in rows)
        {
            done += row.GetInt32("Done") ?? 0;
        }

        return done;
    }

    /// <summary>The archive's rendered copies, in its order.</summary>
    public async Task<IReadOnlyList<ArchivedCopy>> ReadCopiesAsync(
        string examId,
        string archiveId,
        CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken);
        var partition = WorkPartition(examId, archiveId);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {partition} and RowKey ge {"e"} and RowKey lt {"f"}");
        var copies = new List<ArchivedCopy>();
        var rows = _table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken);
        await foreach (var row in rows)
        {
            copies.Add(CopyFromEntity(row));
        }

        return copies;
    }

    private async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        if (_ready)
        {
            return;
        }

        await _table.CreateIfNotExistsAsync(cancellationToken);
        _ready = true;
    }

    private static string WorkPartition(string examId, string archiveId) => $"{examId}_{archiveId}";

    private static string ChunkRow(int chunk) => "c" + chunk.ToString("00000", CultureInfo.InvariantCulture);

    private static string CopyRow(int index) => "e" + index.ToString("000000", CultureInfo.InvariantCulture);

    private static TableEntity ToEntity(ArchiveRecord archive) => new(archive.ExamId, archive.ArchiveId)
    {
        ["DataVersion"] = archive.DataVersion,
        ["RequesterIsManager"] = archive.RequesterIsManager,
        ["RequesterCorrectorId"] = archive.RequesterCorrectorId,
        ["CorrectorId"] = archive.CorrectorId,
        ["IncludeAnnotations"] = archive.Settings.IncludeAnnotations,
        ["IncludeGrade"] = archive.Settings.IncludeGrade,
        ["IncludeComment"] = archive.Settings.IncludeComment,
        ["Status"] = archive.Status,
        ["Entries"] = archive.Entries,
        ["Bytes"] = archive.Bytes,
        ["BlobName"] = archive.BlobName,
        ["FileName"] = archive.FileName,
        ["Message"] = archive.Message,
        ["CreatedAt"] = archive.CreatedAt,
        ["CompletedAt"] = archive.CompletedAt,
    };

    private static ArchiveRecord FromEntity(TableEntity entity) => new(
        entity.PartitionKey,
        entity.RowKey,
        entity.GetString("DataVersion") ?? "",
        entity.GetBoolean("RequesterIsManager") ?? false,
        entity.GetString("RequesterCorrectorId"),
        entity.GetString("CorrectorId"),
        new ExamSettings(
            entity.GetBoolean("IncludeAnnotations") ?? true,
            entity.GetBoolean("IncludeGrade") ?? true,
            entity.GetBoolean("IncludeComment") ?? true),
        entity.GetString("Status") ?? ArchiveStatuses.Running,
        entity.GetInt32("Entries") ?? 0,
        entity.GetInt64("Bytes") ?? 0,
        entity.GetString("BlobName") ?? "",
        entity.GetString("FileName") ?? "",
        entity.GetString("Message"),
        entity.GetDateTimeOffset("CreatedAt") ?? default,
        entity.GetDateTimeOffset("CompletedAt"));

    private static TableEntity ToEntity(string partition, ArchivedCopy copy) => new(partition, CopyRow(copy.Index))
    {
        ["Number"] = copy.Number,
        ["LastName"] = copy.LastName,
        ["FirstName"] = copy.FirstName,
        ["Grade"] = copy.Grade,
        ["Pages"] = copy.Pages,
        ["DocumentBlobName"] = copy.DocumentBlobName,
    };

    private static ArchivedCopy CopyFromEntity(TableEntity row) => new(
        int.Parse(row.RowKey.AsSpan(1), CultureInfo.InvariantCulture),
        row.GetString("Number") ?? "",
        row.GetString("LastName") ?? "",
        row.GetString("FirstName") ?? "",
        row.GetString("Grade"),
        row.GetInt32("Pages") ?? 0,
        row.GetString("DocumentBlobName") ?? "");

    internal static bool IsArchiveId(string archiveId) => TableKey.IsValid(archiveId);
}
