using Santorin.Core.Closure;
using Santorin.Core.Exams;
using Santorin.Infrastructure.Storage;

namespace Santorin.Infrastructure.Tests.Storage;

public sealed class TableLedgerTests
{
    private const string ExamId = "BAC-2026_PHILO";

    private static readonly DateTimeOffset At = new(2026, 7, 3, 14, 30, 15, 123, TimeSpan.Zero);

    [Fact]
    public async Task ReadAsync_AfterRecords_GivesEveryValueAndDeclaration()
    {
        var sut = StorageTestbed.Ledger(StorageTestbed.UniqueOptions());
        GradeLine[] lines =
        [
            new("02612345678", TransmittedValue.Of(Grade.Create(14.5m, 20m))),
            new("02612345679", TransmittedValue.Absent),
            new("02612345680", TransmittedValue.Of(Grade.Create(0m, 20m))),
        ];

        await sut.RecordTransmittedAsync(ExamId, "run-1", lines, At, CancellationToken.None);
        await sut.RecordDeclaredAsync(ExamId, "run-1", new WorkDone("C0001", 12), At, CancellationToken.None);
        await sut.RecordDeclaredAsync(ExamId, "run-1", [new WorkDone("C0002", 0)], At, CancellationToken.None);
        var state = await sut.ReadAsync(ExamId, CancellationToken.None);

        Assert.Equal(
            lines.ToDictionary(line => line.Candidate, line => line.Value),
            state.Transmitted);
        Assert.Equal("14.50", state.Transmitted["02612345678"].Text);
        Assert.True(state.Transmitted["02612345679"].IsAbsent);
        Assert.Equal(new Dictionary<string, int> { ["C0001"] = 12, ["C0002"] = 0 }, state.Declared);
    }

    [Fact]
    public async Task RecordTransmittedAsync_Recorded_StoresWhenAndByWhichRun()
    {
        var options = StorageTestbed.UniqueOptions();
        var sut = StorageTestbed.Ledger(options);
        var line = new GradeLine("02612345678", TransmittedValue.Of(Grade.Create(9.25m, 20m)));

        await sut.RecordTransmittedAsync(ExamId, "run-7", [line], At, CancellationToken.None);
        var work = new WorkDone("C0001", 3);
        await sut.RecordDeclaredAsync(ExamId, "run-8", work, At.AddHours(1), CancellationToken.None);

        var entities = await StorageTestbed.EntitiesAsync(options.LedgerTable).ToListAsync();
        var transmitted = Assert.Single(entities, entity => entity.RowKey == "g_02612345678");
        Assert.Equal(("9.25", "run-7", At), (transmitted.GetString("Value"), transmitted.GetString("RunId"),
            transmitted.GetDateTimeOffset("At")));
        var declared = Assert.Single(entities, entity => entity.RowKey == "w_C0001");
        Assert.Equal((3, "run-8", At.AddHours(1)), (declared.GetInt32("Copies"), declared.GetString("RunId"),
            declared.GetDateTimeOffset("At")));
    }

    [Fact]
    public async Task RecordTransmittedAsync_SameRecordTwice_LeavesTheSameLedger()
    {
        var options = StorageTestbed.UniqueOptions();
        var sut = StorageTestbed.Ledger(options);
        var lines = Lines(250, 12.75m);
        await sut.RecordTransmittedAsync(ExamId, "run-1", lines, At, CancellationToken.None);
        var first = await sut.ReadAsync(ExamId, CancellationToken.None);

        await sut.RecordTransmittedAsync(ExamId, "run-1", lines, At, CancellationToken.None);
        var second = await sut.ReadAsync(ExamId, CancellationToken.None);

        Assert.Equal(first.Transmitted, second.Transmitted);
        Assert.Equal(250, second.Transmitted.Count);
        Assert.Equal(250, (await StorageTestbed.PartitionKeysAsync(options.LedgerTable)).Count);
    }

    [Fact]
    public async Task RecordTransmittedAsync_LaterRun_ReplacesTheValue()
    {
        var sut = StorageTestbed.Ledger(StorageTestbed.UniqueOptions());
        await sut.RecordTransmittedAsync(ExamId, "run-1", Lines(3, 10m), At, CancellationToken.None);

        await sut.RecordTransmittedAsync(ExamId, "run-2", Lines(2, 11m), At.AddDays(1), CancellationToken.None);
        var state = await sut.ReadAsync(ExamId, CancellationToken.None);

        var values = state.Transmitted.OrderBy(pair => pair.Key).Select(pair => pair.Value.Text);
        Assert.Equal(["11.00", "11.00", "10.00"], values);
    }

    [Fact]
    public async Task RecordTransmittedAsync_ManyCandidates_SpreadsThemOverSixteenPartitions()
    {
        var options = StorageTestbed.UniqueOptions();
        var sut = StorageTestbed.Ledger(options);

        await sut.RecordTransmittedAsync(ExamId, "run-1", Lines(800, 15m), At, CancellationToken.None);

        var partitions = (await StorageTestbed.PartitionKeysAsync(options.LedgerTable)).CountBy(key => key).ToList();
        Assert.Equal(TableLedger.Partitions, partitions.Count);
        Assert.All(partitions, partition => Assert.StartsWith(ExamId + "_", partition.Key, StringComparison.Ordinal));
        Assert.All(partitions, partition => Assert.InRange(partition.Value, 25, 80));
    }

    [Fact]
    public async Task ReadAsync_OtherExamRecorded_GivesEmptyMaps()
    {
        var sut = StorageTestbed.Ledger(StorageTestbed.UniqueOptions());
        await sut.RecordTransmittedAsync(ExamId + "_01", "run-1", Lines(50, 8m), At, CancellationToken.None);

        var state = await sut.ReadAsync(ExamId, CancellationToken.None);

        Assert.Empty(state.Transmitted);
        Assert.Empty(state.Declared);
    }

    [Fact]
    public async Task RecordTransmittedAsync_CandidateTwiceOrRefusedInAKey_ThrowsArgumentException()
    {
        var sut = StorageTestbed.Ledger(StorageTestbed.UniqueOptions());
        var twice = Lines(2, 8m).Concat(Lines(1, 9m)).ToList();
        var refused = new GradeLine("026/1", TransmittedValue.Absent);

        await Assert.ThrowsAsync<ArgumentException>(
            () => sut.RecordTransmittedAsync(ExamId, "run-1", twice, At, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(
            () => sut.RecordTransmittedAsync(ExamId, "run-1", [refused], At, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(
            () => sut.RecordDeclaredAsync("a?b", "run-1", new WorkDone("C1", 1), At, CancellationToken.None));
    }

    private static List<GradeLine> Lines(int count, decimal grade) =>
        Enumerable.Range(0, count)
            .Select(i => new GradeLine($"026{i:00000000}", TransmittedValue.Of(Grade.Create(grade, 20m))))
            .ToList();
}
