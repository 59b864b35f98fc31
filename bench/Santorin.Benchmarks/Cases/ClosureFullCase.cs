using System.Diagnostics;
using Azure.Data.Tables;
using Santorin.Benchmarks.Harness;
using Santorin.Infrastructure.Storage;
using Santorin.Testing;

namespace Santorin.Benchmarks.Cases;

/// <summary>
/// <c>closure-full</c>: the generated exam closed end to end (workflow, ledger, simulators),
/// against Azurite ingesting as many ledger rows, in transactions of 100 entities over 16
/// partitions at the storage's default parallelism of 8.
/// </summary>
internal sealed class ClosureFullCase(Func<CancellationToken, Task<ClosureExam>> exam) : IBenchCase
{
    private const int Parallelism = 8;
    private const int TransactionSize = 100;

    public string Name => "closure-full";

    public async Task<BenchResult> RunAsync(CancellationToken cancellationToken)
    {
        var closure = await exam(cancellationToken);
        var run = await closure.CloseFirstAsync(cancellationToken);
        Console.WriteLine(
            $"  closure {run.Elapsed.TotalSeconds:F2} s: sent {run.Sent}, accepted {run.Accepted}, " +
            $"declared {run.Declared}, {run.CycladesCalls} Cyclades calls, {run.Transactions} transactions");
        Console.WriteLine($"  phases: {run.Phases}; {run.Cpu}");
        var rows = closure.Candidates + closure.Correctors;
        var (floor, floorCpu) = await IngestFloorAsync(rows, cancellationToken);
        Console.WriteLine($"  floor: {rows} rows ingested in {floor.TotalSeconds:F2} s; {floorCpu}");

        return new BenchResult(
            Name,
            run.Elapsed.TotalSeconds,
            "s",
            floor.TotalSeconds,
            run.Elapsed / floor,
            2.0,
            GoalKind.AtMost,
            [
                new("Cyclades calls", $"{run.CycladesCalls}", "≤ 200", run.CycladesCalls <= 200),
                new("lines accepted", $"{run.Accepted}", $"= {closure.Candidates}", run.Accepted == closure.Candidates),
            ],
            [
                $"{closure.Candidates} candidates, {closure.Correctors} correctors",
                $"{run.Transactions} table transactions during the closure",
                $"{run.Declared} work-done declarations",
                $"phases: {run.Phases}",
                $"closure: {run.Cpu}; floor: {floorCpu}",
                $"floor: {rows} ledger-sized rows in {TransactionSize}-entity transactions " +
                $"at parallelism {Parallelism}",
            ]);
    }

    /// <summary>Rows shaped like the ledger's (value, time, run id), in a table of their own.</summary>
    private static async Task<(TimeSpan Elapsed, CpuUse Cpu)> IngestFloorAsync(
        int rows,
        CancellationToken cancellationToken)
    {
        var service = new TableServiceClient(AzuriteServer.ConnectionString);
        var table = service.GetTableClient(AzuriteServer.UniqueName("floor"));
        await table.CreateIfNotExistsAsync(cancellationToken);
        var examId = AzuriteServer.UniqueName("floor");
        var at = DateTimeOffset.UtcNow;
        var transactions = Enumerable.Range(1, rows)
            .Select(index => LedgerRow(examId, index, at))
            .GroupBy(entity => entity.PartitionKey)
            .SelectMany(partition => partition.Chunk(TransactionSize))
            .Select(chunk => chunk.Select(Upsert).ToList())
            .ToList();

        var cpu = CpuUse.Start();
        var watch = Stopwatch.StartNew();
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = Parallelism,
            CancellationToken = cancellationToken,
        };
        await Parallel.ForEachAsync(transactions, parallel, async (transaction, token) =>
            await table.SubmitTransactionAsync(transaction, token));
        return (watch.Elapsed, cpu.Stop());
    }

    private static TableTransactionAction Upsert(TableEntity entity) =>
        new(TableTransactionActionType.UpsertReplace, entity);

    private static TableEntity LedgerRow(string examId, int index, DateTimeOffset at)
    {
        var key = "026" + index.ToString("00000000", System.Globalization.CultureInfo.InvariantCulture);
        return new TableEntity(TableLedger.Partition(examId, key), TableLedger.TransmittedPrefix + key)
        {
            ["Value"] = "12.50",
            ["At"] = at,
            ["RunId"] = "0123456789abcdef0123456789abcdef",
        };
    }
}
