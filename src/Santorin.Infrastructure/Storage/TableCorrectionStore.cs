using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Santorin.Core.Exams;

namespace Santorin.Infrastructure.Storage;

/// <summary>
/// The exams' correction data in Table Storage. An import writes a new data version beside the
/// current one, then switches the exam's header to it (one entity, with its ETag), then deletes
/// the version it replaced: a reader sees the old exam or the new one, never a mix.
/// Concurrent imports of one exam: the last switch wins, and each import deletes only the
/// version its own switch replaced (versions are never reused, so that one is never read again).
/// </summary>
public sealed class TableCorrectionStore(
    TableServiceClient service,
    StorageOptions options,
    TimeProvider timeProvider,
    ILogger<TableCorrectionStore> logger)
{
    /// <summary>Switch attempts before giving up when other imports keep switching the same exam.</summary>
    private const int MaxSwitchAttempts = 20;

    /// <summary>Reads before giving up when imports keep replacing the exam being read.</summary>
    private const int MaxReadAttempts = 5;

    private readonly TableClient _exams = service.GetTableClient(options.ExamsTable);
    private readonly TableClient _data = service.GetTableClient(options.ExamDataTable);
    private volatile bool _tablesReady;

    /// <summary>Replaces the exam whole; answers its new header.</summary>
    public async Task<ExamSummary> ImportAsync(Exam exam, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exam);
        ExamEntities.EnsureKeys(exam);
        await EnsureTablesAsync(cancellationToken);

        var now = timeProvider.GetUtcNow();
        var version = Guid.CreateVersion7(now).ToString("N");
        var header = ExamEntities.Header(exam, version, options.ExamDataShards, now);
        var started = timeProvider.GetTimestamp();
        Logs.ImportStarted(logger, exam.Id, version, exam.Candidates.Count);

        var (written, replaced) = await WriteAndSwitchAsync(exam, header, version, cancellationToken);
        var elapsed = (long)timeProvider.GetElapsedTime(started).TotalMilliseconds;
        Logs.ImportCompleted(logger, exam.Id, version, written, elapsed);

        if (replaced is not null)
        {
            await DeleteVersionAsync(replaced, cancellationToken);
        }

        return Summary(header);
    }

    /// <summary>The exam's header, read from one entity, or null for an unknown exam.</summary>
    public async Task<ExamSummary?> GetSummaryAsync(string examId, CancellationToken cancellationToken)
    {
        StorageKeys.EnsureValid(examId, "exam id");
        await EnsureTablesAsync(cancellationToken);

        var header = await ReadHeaderAsync(examId, cancellationToken);
        return header is null ? null : Summary(header);
    }

    /// <summary>The whole exam, or null for an unknown exam.</summary>
    public async Task<Exam?> ReadExamAsync(string examId, CancellationToken cancellationToken) =>
        (await ReadStoredExamAsync(examId, cancellationToken))?.Exam;

    /// <summary>The whole exam with the data version it was read from, or null for an unknown exam.</summary>
    public async Task<StoredExam?> ReadStoredExamAsync(string examId, CancellationToken cancellationToken)
    {
        StorageKeys.EnsureValid(examId, "exam id");
        await EnsureTablesAsync(cancellationToken);

        for (var attempt = 1; ; attempt++)
        {
            var header = await ReadHeaderAsync(examId, cancellationToken);
            if (header is null)
            {
                return null;
            }

            var summary = Summary(header);
            var started = timeProvider.GetTimestamp();
            if (await ReadVersionAsync(summary, Shards(header), cancellationToken) is { } exam)
            {
                var elapsed = (long)timeProvider.GetElapsedTime(started).TotalMilliseconds;
                Logs.ExamRead(logger, examId, summary.DataVersion, exam.Candidates.Count, elapsed);
                return new StoredExam(exam, summary.DataVersion);
            }

            await EnsureReplacedAsync(summary, attempt, cancellationToken);
            Logs.ReadRetried(logger, examId, summary.DataVersion);
        }
    }

    /// <summary>The exam's settings, or the defaults when none were saved.</summary>
    public async Task<ExamSettings> GetSettingsAsync(string examId, CancellationToken cancellationToken)
    {
        StorageKeys.EnsureValid(examId, "exam id");
        await EnsureTablesAsync(cancellationToken);

        var stored = await _exams.GetEntityIfExistsAsync<TableEntity>(
            examId,
            ExamLayout.SettingsRow,
            cancellationToken: cancellationToken);
        if (!stored.HasValue || stored.Value is not { } entity)
        {
            return ExamSettings.Default;
        }

        return new ExamSettings(
            entity.GetBoolean("IncludeAnnotations") ?? true,
            entity.GetBoolean("IncludeGrade") ?? true,
            entity.GetBoolean("IncludeComment") ?? true);
    }

    /// <summary>Saves the settings in their own entity, which an import never touches.</summary>
    public async Task SaveSettingsAsync(
        string examId,
        ExamSettings settings,
        CancellationToken cancellationToken)
    {
        StorageKeys.EnsureValid(examId, "exam id");
        ArgumentNullException.ThrowIfNull(settings);
        await EnsureTablesAsync(cancellationToken);

        var entity = new TableEntity(examId, ExamLayout.SettingsRow)
        {
            ["IncludeAnnotations"] = settings.IncludeAnnotations,
            ["IncludeGrade"] = settings.IncludeGrade,
            ["IncludeComment"] = settings.IncludeComment,
        };
        await _exams.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    private async Task<(int Written, StoredVersion? Replaced)> WriteAndSwitchAsync(
        Exam exam,
        TableEntity header,
        string version,
        CancellationToken cancellationToken)
    {
        try
        {
            var entities = ExamEntities.Data(exam, version, options.ExamDataShards);
            var written = await TableTransactions.SubmitAllAsync(
                _data,
                entities,
                options.MaxParallelTransactions,
                cancellationToken);
            return (written, await SwitchAsync(header, cancellationToken));
        }
        catch (Exception exception)
        {
            Logs.ImportFailed(logger, exam.Id, version, exception);
            await DiscardAsync(new StoredVersion(exam.Id, version, options.ExamDataShards), cancellationToken);
            throw;
        }
    }

    /// <summary>
    /// Points the exam's header at the new version; answers the version it replaced, or null
    /// when there was none or it cannot be known.
    /// </summary>
    private async Task<StoredVersion?> SwitchAsync(TableEntity header, CancellationToken cancellationToken)
    {
        var examId = header.PartitionKey;
        var version = Version(header);
        for (var attempt = 1; attempt <= MaxSwitchAttempts; attempt++)
        {
            var current = await ReadHeaderAsync(examId, cancellationToken);
            if (current is not null && Version(current) == version)
            {
                Logs.SwitchRepeated(logger, examId, version);
                return null;
            }

            if (await TrySwitchAsync(header, current, cancellationToken))
            {
                return current is null ? null : new StoredVersion(examId, Version(current), Shards(current));
            }

            Logs.SwitchConflict(logger, examId, version);
        }

        throw new InvalidOperationException(
            $"Exam {examId} kept changing: data version {version} could not be switched in.");
    }

    private async Task<bool> TrySwitchAsync(
        TableEntity header,
        TableEntity? current,
        CancellationToken cancellationToken)
    {
        try
        {
            if (current is null)
            {
                await _exams.AddEntityAsync(header, cancellationToken);
            }
            else
            {
                var ifMatch = current.ETag;
                await _exams.UpdateEntityAsync(header, ifMatch, TableUpdateMode.Replace, cancellationToken);
            }

            return true;
        }
        catch (RequestFailedException exception) when (exception.Status is 409 or 412)
        {
            return false;
        }
    }

    /// <summary>After a failed import: deletes its own version, unless its switch went through.</summary>
    private async Task DiscardAsync(StoredVersion own, CancellationToken cancellationToken)
    {
        try
        {
            var current = await ReadHeaderAsync(own.ExamId, cancellationToken);
            if (current is not null && Version(current) == own.Version)
            {
                return;
            }
        }
        catch (Exception exception) when (exception is RequestFailedException or OperationCanceledException)
        {
            Logs.VersionLeft(logger, own.ExamId, own.Version, exception);
            return;
        }

        await DeleteVersionAsync(own, cancellationToken);
    }

    /// <summary>Best effort: a version left behind is garbage that no header points at, never read.</summary>
    private async Task DeleteVersionAsync(StoredVersion version, CancellationToken cancellationToken)
    {
        try
        {
            var deleted = await TableTransactions.SubmitAllAsync(
                _data,
                DeletionsAsync(version, cancellationToken),
                options.MaxParallelTransactions,
                cancellationToken);
            Logs.VersionDeleted(logger, version.ExamId, version.Version, deleted);
        }
        catch (Exception exception) when (exception is RequestFailedException or OperationCanceledException)
        {
            Logs.VersionLeft(logger, version.ExamId, version.Version, exception);
        }
    }

    private async IAsyncEnumerable<TableTransactionAction> DeletionsAsync(
        StoredVersion version,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var shard = 0; shard < version.Shards; shard++)
        {
            var partition = ExamLayout.DataPartition(version.ExamId, version.Version, shard);
            var keys = QueryPartitionAsync(partition, ["RowKey"], cancellationToken);
            await foreach (var key in keys)
            {
                var entity = new TableEntity(partition, key.RowKey);
                yield return new TableTransactionAction(TableTransactionActionType.Delete, entity, ETag.All);
            }
        }
    }

    private async Task<Exam?> ReadVersionAsync(
        ExamSummary summary,
        int shards,
        CancellationToken cancellationToken)
    {
        var assembler = new ExamAssembler(summary);
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.MaxParallelTransactions,
            CancellationToken = cancellationToken,
        };
        await Parallel.ForEachAsync(Enumerable.Range(0, shards), parallel, async (shard, token) =>
        {
            var partition = ExamLayout.DataPartition(summary.ExamId, summary.DataVersion, shard);
            var content = assembler.NewShard();
            await foreach (var entity in QueryPartitionAsync(partition, null, token))
            {
                content.Add(entity);
            }

            content.Complete();
        });
        return assembler.Build();
    }

    /// <summary>Throws unless the exam was switched to another version after <paramref name="read"/>.</summary>
    private async Task EnsureReplacedAsync(ExamSummary read, int attempt, CancellationToken cancellationToken)
    {
        var now = await ReadHeaderAsync(read.ExamId, cancellationToken);
        if (now is not null && Version(now) == read.DataVersion)
        {
            throw new InvalidOperationException(
                $"Data version {read.DataVersion} of exam {read.ExamId} is incomplete in storage.");
        }

        if (attempt >= MaxReadAttempts)
        {
            throw new InvalidOperationException(
                $"Exam {read.ExamId} was replaced during each of {attempt} reads.");
        }
    }

    private IAsyncEnumerable<TableEntity> QueryPartitionAsync(
        string partition,
        IEnumerable<string>? select,
        CancellationToken cancellationToken) =>
        _data.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {partition}"),
            maxPerPage: 1000,
            select: select,
            cancellationToken: cancellationToken);

    private async Task<TableEntity?> ReadHeaderAsync(string examId, CancellationToken cancellationToken)
    {
        var header = await _exams.GetEntityIfExistsAsync<TableEntity>(
            examId,
            ExamLayout.HeaderRow,
            cancellationToken: cancellationToken);
        return header.HasValue ? header.Value : null;
    }

    private async Task EnsureTablesAsync(CancellationToken cancellationToken)
    {
        if (_tablesReady)
        {
            return;
        }

        await _exams.CreateIfNotExistsAsync(cancellationToken);
        await _data.CreateIfNotExistsAsync(cancellationToken);
        _tablesReady = true;
    }

    private static string Version(TableEntity header) => header.GetString("Version")!;

    private static int Shards(TableEntity header) => header.GetInt32("Shards") ?? 1;

    private static ExamSummary Summary(TableEntity header) => new(
        header.PartitionKey,
        header.GetString("Name") ?? "",
        header.GetString("Session") ?? "",
        Enum.Parse<ExamKind>(header.GetString("Kind")!),
        Enum.Parse<Marking>(header.GetString("Marking")!),
        decimal.Parse(header.GetString("MaxGrade")!, CultureInfo.InvariantCulture),
        header.GetInt32("Candidates") ?? 0,
        header.GetInt32("Correctors") ?? 0,
        header.GetInt32("Lots") ?? 0,
        header.GetInt32("LockedLots") ?? 0,
        Version(header),
        header.GetDateTimeOffset("ImportedAt") ?? default);

    private sealed record StoredVersion(string ExamId, string Version, int Shards);
}
