using System.Collections.Concurrent;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Santorin.Core.Closure;
using Santorin.Core.Exams;

namespace Santorin.Infrastructure.Storage;

/// <summary>
/// The ledger in Table Storage: one entity per candidate (the value transmitted) and per
/// corrector (the work done declared), spread over <see cref="Partitions"/> partitions per exam
/// by a stable hash of the key, so a large closure is not held to one partition's throughput.
/// Records are upserts: a retried activity writes the same entity again.
/// </summary>
public sealed class TableLedger(
    TableServiceClient service,
    StorageOptions options,
    TimeProvider timeProvider,
    ILogger<TableLedger> logger)
{
    /// <summary>Fixed: a ledger written with one count could not be found with another.</summary>
    public const int Partitions = 16;

    public const string TransmittedPrefix = "g_";
    public const string DeclaredPrefix = "w_";

    private readonly TableClient _ledger = service.GetTableClient(options.LedgerTable);
    private volatile bool _tableReady;

    public static string Partition(string examId, string key) =>
        $"{examId}_{StorageKeys.TwoDigits(StorageKeys.Bucket(key, Partitions))}";

    /// <summary>
    /// The lines ordered by the partition their ledger entities go to, so that batches cut from
    /// this order record in few, full transactions (a batch spread over every partition would
    /// take one small transaction per partition, and Azure Storage charges per transaction).
    /// </summary>
    public static IReadOnlyList<GradeLine> InWriteOrder(string examId, IEnumerable<GradeLine> lines) =>
        lines
            .OrderBy(line => Partition(examId, line.Candidate), StringComparer.Ordinal)
            .ThenBy(line => line.Candidate, StringComparer.Ordinal)
            .ToList();

    public async Task<LedgerSnapshot> ReadAsync(string examId, CancellationToken cancellationToken)
    {
        StorageKeys.EnsureValid(examId, "exam id");
        await EnsureTableAsync(cancellationToken);

        var started = timeProvider.GetTimestamp();
        var transmitted = new ConcurrentDictionary<string, TransmittedValue>(StringComparer.Ordinal);
        var declared = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.MaxParallelTransactions,
            CancellationToken = cancellationToken,
        };
        await Parallel.ForEachAsync(Enumerable.Range(0, Partitions), parallel, async (bucket, token) =>
        {
            var partition = $"{examId}_{StorageKeys.TwoDigits(bucket)}";
            await foreach (var entity in QueryPartitionAsync(partition, token))
            {
                Fold(entity, transmitted, declared);
            }
        });

        var elapsed = (long)timeProvider.GetElapsedTime(started).TotalMilliseconds;
        Logs.LedgerRead(logger, examId, transmitted.Count, declared.Count, elapsed);
        return new LedgerSnapshot(transmitted, declared);
    }

    /// <summary>Records the lines Cyclades accepted in a run.</summary>
    public async Task RecordTransmittedAsync(
        string examId,
        string runId,
        IReadOnlyList<GradeLine> accepted,
        DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        StorageKeys.EnsureValid(examId, "exam id");
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        ArgumentNullException.ThrowIfNull(accepted);
        EnsureOnceEach(accepted.Select(line => line.Candidate), "candidate number");

        await EnsureTableAsync(cancellationToken);
        var actions = accepted.Select(line => Upsert(new TableEntity(
            Partition(examId, line.Candidate),
            TransmittedPrefix + line.Candidate)
        {
            ["Value"] = line.Value.Text,
            ["At"] = at,
            ["RunId"] = runId,
        }));
        var written = await TableTransactions.SubmitAllAsync(
            _ledger,
            actions,
            options.MaxParallelTransactions,
            cancellationToken);
        Logs.TransmittedRecorded(logger, examId, runId, written);
    }

    /// <summary>Records a corrector's work done that Imag'In recorded in a run.</summary>
    public Task RecordDeclaredAsync(
        string examId,
        string runId,
        WorkDone declared,
        DateTimeOffset at,
        CancellationToken cancellationToken) =>
        RecordDeclaredAsync(examId, runId, [declared], at, cancellationToken);

    /// <summary>Records the work done Imag'In recorded in a run, for several correctors at once.</summary>
    public async Task RecordDeclaredAsync(
        string examId,
        string runId,
        IReadOnlyList<WorkDone> declared,
        DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        StorageKeys.EnsureValid(examId, "exam id");
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        ArgumentNullException.ThrowIfNull(declared);
        EnsureOnceEach(declared.Select(work => work.CorrectorId), "corrector id");

        await EnsureTableAsync(cancellationToken);
        var actions = declared.Select(work => Upsert(new TableEntity(
            Partition(examId, work.CorrectorId),
            DeclaredPrefix + work.CorrectorId)
        {
            ["Copies"] = work.Copies,
            ["At"] = at,
            ["RunId"] = runId,
        }));
        var written = await TableTransactions.SubmitAllAsync(
            _ledger,
            actions,
            options.MaxParallelTransactions,
            cancellationToken);
        Logs.DeclaredRecorded(logger, examId, runId, written);
    }

    /// <summary>Each key valid and given once: with two values for one, either could win.</summary>
    private static void EnsureOnceEach(IEnumerable<string> keys, string name)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (!seen.Add(StorageKeys.EnsureValid(key, name)))
            {
                throw new ArgumentException($"The {name} {key} is given twice.", name);
            }
        }
    }

    private static void Fold(
        TableEntity entity,
        ConcurrentDictionary<string, TransmittedValue> transmitted,
        ConcurrentDictionary<string, int> declared)
    {
        var row = entity.RowKey;
        if (row.StartsWith(TransmittedPrefix, StringComparison.Ordinal))
        {
            var text = entity.GetString("Value");
            transmitted[row[TransmittedPrefix.Length..]] = TransmittedValue.TryParse(text, out var value)
                ? value
                : throw new InvalidOperationException("The ledger holds a transmitted value that is not one.");
        }
        else if (row.StartsWith(DeclaredPrefix, StringComparison.Ordinal))
        {
            declared[row[DeclaredPrefix.Length..]] = entity.GetInt32("Copies")
                ?? throw new InvalidOperationException("The ledger holds a declaration without copies.");
        }
    }

    private IAsyncEnumerable<TableEntity> QueryPartitionAsync(
        string partition,
        CancellationToken cancellationToken) =>
        _ledger.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {partition}"),
            maxPerPage: 1000,
            select: ["RowKey", "Value", "Copies"],
            cancellationToken: cancellationToken);

    private async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        if (_tableReady)
        {
            return;
        }

        await _ledger.CreateIfNotExistsAsync(cancellationToken);
        _tableReady = true;
    }

    private static TableTransactionAction Upsert(TableEntity entity) =>
        new(TableTransactionActionType.UpsertReplace, entity);
}
