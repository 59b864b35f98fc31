using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Santorin.Infrastructure.Storage;

namespace Santorin.Infrastructure.Runs;

/// <summary>
/// Closure runs and their messages in Table Storage.
/// <list type="bullet">
/// <item><c>runs</c>: partition = exam id, row = run id; one entity per run.</item>
/// <item><c>runmessages</c>: partition = <c>{examId}_{runId}_{export}</c>, row = a key that orders
/// messages as they were produced (batch, then line); every message is kept, the API shows the
/// first 100.</item>
/// </list>
/// Writes are upserts keyed by run, batch and line, so a retried activity writes the same rows.
/// </summary>
public sealed class RunStore(TableServiceClient tables, RunStoreOptions options)
{
    private const int ParallelTransactions = 4;

    private readonly TableClient _runs = tables.GetTableClient(options.RunsTable);
    private readonly TableClient _messages = tables.GetTableClient(options.MessagesTable);

    private volatile bool _tablesReady;

    /// <summary>Creates the tables on first use; a failure is tried again by the next call.</summary>
    private async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        if (_tablesReady)
        {
            return;
        }

        await _runs.CreateIfNotExistsAsync(cancellationToken);
        await _messages.CreateIfNotExistsAsync(cancellationToken);
        _tablesReady = true;
    }

    /// <summary>Records a new run unless one with this id exists already (its activity was first).</summary>
    public async Task AddIfMissingAsync(RunRecord run, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken);
        try
        {
            await _runs.AddEntityAsync(ToEntity(run), cancellationToken);
        }
        catch (RequestFailedException failure) when (failure.Status == 409)
        {
            // The orchestration already recorded it as running: what it wrote is newer.
        }
    }

    public async Task SaveAsync(RunRecord run, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken);
        await _runs.UpsertEntityAsync(ToEntity(run), TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<RunRecord?> GetAsync(string examId, string runId, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken);
        var entity = await _runs.GetEntityIfExistsAsync<TableEntity>(
            examId,
            runId,
            cancellationToken: cancellationToken);
        return entity.HasValue ? FromEntity(entity.Value!) : null;
    }

    /// <summary>The exam's runs, newest first.</summary>
    public async Task<IReadOnlyList<RunRecord>> ListAsync(string examId, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken);
        var runs = new List<RunRecord>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {examId}");
        await foreach (var entity in _runs.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            runs.Add(FromEntity(entity));
        }

        return runs.OrderByDescending(run => run.StartedAt).ThenByDescending(run => run.RunId).ToList();
    }

    /// <summary>Adds messages under keys the caller makes stable (batch and line), in order.</summary>
    public async Task AddMessagesAsync(
        string examId,
        string runId,
        RunExport export,
        IReadOnlyList<(string Key, RunMessage Message)> messages,
        CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken);
        var partition = MessagePartition(examId, runId, export);
        var actions = messages.Select(item => new TableTransactionAction(
            TableTransactionActionType.UpsertReplace,
            ToEntity(partition, item.Key, item.Message)));
        await TableTransactions.SubmitAllAsync(_messages, actions, ParallelTransactions, cancellationToken);
    }

    public async Task<IReadOnlyList<RunMessage>> ReadMessagesAsync(
        string examId,
        string runId,
        RunExport export,
        int limit,
        CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken);
        var partition = MessagePartition(examId, runId, export);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        var messages = new List<RunMessage>();
        var query = _messages.QueryAsync<TableEntity>(filter, maxPerPage: limit, cancellationToken: cancellationToken);
        await foreach (var entity in query)
        {
            messages.Add(new RunMessage(
                entity.GetString("Candidate"),
                entity.GetString("CorrectorId"),
                entity.GetString("Code") ?? "",
                entity.GetString("Message") ?? ""));
            if (messages.Count == limit)
            {
                break;
            }
        }

        return messages;
    }

    private static string MessagePartition(string examId, string runId, RunExport export) =>
        $"{examId}_{runId}_{export.ToString().ToLowerInvariant()}";

    private static TableEntity ToEntity(string partition, string key, RunMessage message) =>
        new(partition, key)
        {
            ["Candidate"] = message.Candidate,
            ["CorrectorId"] = message.CorrectorId,
            ["Code"] = message.Code,
            ["Message"] = message.Message,
        };

    private static TableEntity ToEntity(RunRecord run) =>
        new(run.ExamId, run.RunId)
        {
            ["Status"] = run.Status,
            ["Kind"] = run.Kind,
            ["StartedAt"] = run.StartedAt,
            ["CompletedAt"] = run.CompletedAt,
            ["ResendAll"] = run.ResendAll,
            ["Progress"] = JsonSerializer.Serialize(run.Progress),
            ["Cyclades"] = JsonSerializer.Serialize(run.Cyclades),
            ["Imagin"] = JsonSerializer.Serialize(run.Imagin),
        };

    private static RunRecord FromEntity(TableEntity entity) =>
        new(
            entity.PartitionKey,
            entity.RowKey,
            entity.GetString("Status"),
            entity.GetString("Kind"),
            entity.GetDateTimeOffset("StartedAt") ?? DateTimeOffset.MinValue,
            entity.GetDateTimeOffset("CompletedAt"),
            entity.GetBoolean("ResendAll") ?? false,
            Read<RunProgress>(entity, "Progress"),
            Read<CycladesExport>(entity, "Cyclades"),
            Read<ImaginExport>(entity, "Imagin"));

    private static T Read<T>(TableEntity entity, string property) =>
        JsonSerializer.Deserialize<T>(entity.GetString(property))
        ?? throw new InvalidDataException($"Run {entity.RowKey} has no {property}.");
}

public sealed record RunStoreOptions(string RunsTable = "runs", string MessagesTable = "runmessages");
