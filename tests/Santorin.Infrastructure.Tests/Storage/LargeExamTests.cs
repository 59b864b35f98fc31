using System.Diagnostics;
using Santorin.Core.Closure;
using Santorin.Core.Exams;
using Xunit.Abstractions;

namespace Santorin.Infrastructure.Tests.Storage;

public sealed class LargeExamTests(ITestOutputHelper output)
{
    [Fact]
    public async Task ReadExamAsync_HundredThousandCandidates_GivesBackTheWholeExam()
    {
        var exam = ExamGenerator.Generate("BAC-2026_LARGE", 100_000);
        var sut = StorageTestbed.CorrectionStore(StorageTestbed.UniqueOptions());

        var import = Stopwatch.StartNew();
        await sut.ImportAsync(exam, CancellationToken.None);
        import.Stop();
        var read = Stopwatch.StartNew();
        var stored = await sut.ReadExamAsync(exam.Id, CancellationToken.None);
        read.Stop();

        ExamAssert.Equal(exam, stored);
        output.WriteLine(
            $"100,000 candidates: import {import.ElapsedMilliseconds} ms, read {read.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task ReadAsync_HundredThousandLedgerRows_GivesBackEveryValue()
    {
        var sut = StorageTestbed.Ledger(StorageTestbed.UniqueOptions());
        var lines = Enumerable.Range(0, 100_000)
            .Select(i => new GradeLine($"026{i:00000000}", TransmittedValue.Of(Grade.Create(i % 2001 / 100m, 20m))))
            .ToList();
        var at = new DateTimeOffset(2026, 7, 3, 12, 0, 0, TimeSpan.Zero);

        var record = Stopwatch.StartNew();
        await sut.RecordTransmittedAsync("BAC-2026_LARGE", "run-1", lines, at, CancellationToken.None);
        record.Stop();
        var read = Stopwatch.StartNew();
        var state = await sut.ReadAsync("BAC-2026_LARGE", CancellationToken.None);
        read.Stop();

        Assert.Equal(lines.ToDictionary(line => line.Candidate, line => line.Value), state.Transmitted);
        output.WriteLine(
            $"100,000 ledger rows: record {record.ElapsedMilliseconds} ms, read {read.ElapsedMilliseconds} ms");
    }
}
