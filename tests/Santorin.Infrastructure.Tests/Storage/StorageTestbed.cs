using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Santorin.Infrastructure.Storage;
using Santorin.Testing;

namespace Santorin.Infrastructure.Tests.Storage;

/// <summary>Stores on the shared Azurite, each test on tables of its own.</summary>
internal static class StorageTestbed
{
    public static StorageOptions UniqueOptions(int shards = 16) => new()
    {
        ExamsTable = AzuriteServer.UniqueName("exams"),
        ExamDataTable = AzuriteServer.UniqueName("examdata"),
        LedgerTable = AzuriteServer.UniqueName("ledger"),
        ExamDataShards = shards,
    };

    public static TableServiceClient Service(HttpPipelinePolicy? policy = null)
    {
        var clientOptions = new TableClientOptions();
        if (policy is not null)
        {
            clientOptions.AddPolicy(policy, Azure.Core.HttpPipelinePosition.PerCall);
        }

        return new TableServiceClient(AzuriteServer.ConnectionString, clientOptions);
    }

    public static TableCorrectionStore CorrectionStore(
        StorageOptions options,
        HttpPipelinePolicy? policy = null,
        ILogger<TableCorrectionStore>? logger = null) =>
        new(Service(policy), options, TimeProvider.System, logger ?? NullLogger<TableCorrectionStore>.Instance);

    public static TableLedger Ledger(StorageOptions options) =>
        new(Service(), options, TimeProvider.System, NullLogger<TableLedger>.Instance);

    /// <summary>The partition keys of every entity of a table, read directly; none when it does not exist.</summary>
    public static async Task<List<string>> PartitionKeysAsync(string table)
    {
        var keys = new List<string>();
        await foreach (var entity in EntitiesAsync(table, ["PartitionKey"]))
        {
            keys.Add(entity.PartitionKey);
        }

        return keys;
    }

    public static async IAsyncEnumerable<TableEntity> EntitiesAsync(string table, IEnumerable<string>? select = null)
    {
        var client = Service().GetTableClient(table);
        var tables = Service().QueryAsync(TableClient.CreateQueryFilter($"TableName eq {table}"));
        if (!await tables.AnyAsync())
        {
            yield break;
        }

        await foreach (var entity in client.QueryAsync<TableEntity>(select: select))
        {
            yield return entity;
        }
    }
}

/// <summary>Keeps the event ids a store logged.</summary>
internal sealed class RecordingLogger<T> : ILogger<T>
{
    private readonly List<int> _events = [];

    public IReadOnlyList<int> Events
    {
        get
        {
            lock (_events)
            {
                return [.. _events];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(
        LogLevel logLevel,
        EventId eventId,
        TState state,
        Exception? exception,
        Func<TState, Exception?, string> formatter)
    {
        lock (_events)
        {
            _events.Add(eventId.Id);
        }
    }
}
