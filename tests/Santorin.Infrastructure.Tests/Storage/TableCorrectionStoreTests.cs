using Azure;
using Santorin.Core.Exams;
using Santorin.Infrastructure.Storage;

namespace Santorin.Infrastructure.Tests.Storage;

public sealed class TableCorrectionStoreTests
{
    private const string ExamId = "BAC-2026_MATHS";

    [Fact]
    public async Task ReadExamAsync_AfterImport_GivesBackEveryField()
    {
        var exam = SampleExams.EveryField(ExamId);
        var sut = StorageTestbed.CorrectionStore(StorageTestbed.UniqueOptions());

        await sut.ImportAsync(exam, CancellationToken.None);
        var read = await sut.ReadExamAsync(ExamId, CancellationToken.None);

        ExamAssert.Equal(exam, read);
    }

    [Fact]
    public async Task ReadExamAsync_CopyLargerThanAnEntity_GivesItBackWhole()
    {
        var exam = SampleExams.HeavyCopy(ExamId, points: 120_000);
        var sut = StorageTestbed.CorrectionStore(StorageTestbed.UniqueOptions(shards: 2));

        await sut.ImportAsync(exam, CancellationToken.None);
        var read = await sut.ReadExamAsync(ExamId, CancellationToken.None);

        ExamAssert.Equal(exam, read);
    }

    [Fact]
    public async Task ReadExamAsync_UnknownExam_GivesNull()
    {
        var sut = StorageTestbed.CorrectionStore(StorageTestbed.UniqueOptions());

        Assert.Null(await sut.ReadExamAsync("unknown", CancellationToken.None));
        Assert.Null(await sut.GetSummaryAsync("unknown", CancellationToken.None));
    }

    [Fact]
    public async Task GetSummaryAsync_AfterImport_GivesTheHeaderAndCounts()
    {
        var sut = StorageTestbed.CorrectionStore(StorageTestbed.UniqueOptions());
        var imported = await sut.ImportAsync(SampleExams.EveryField(ExamId), CancellationToken.None);

        var summary = await sut.GetSummaryAsync(ExamId, CancellationToken.None);

        Assert.NotNull(summary);
        Assert.Equal(imported, summary);
        Assert.Equal(
            (ExamId, "Mathématiques — spécialité", "2026", ExamKind.Competitive, Marking.Harmonised, 40m),
            (summary.ExamId, summary.Name, summary.Session, summary.Kind, summary.Marking, summary.MaxGrade));
        Assert.Equal((5, 2, 3, 2), (summary.Candidates, summary.Correctors, summary.Lots, summary.LockedLots));
        Assert.Equal(32, summary.DataVersion.Length);
    }

    [Fact]
    public async Task ImportAsync_ExamStoredBefore_ReplacesItWholeAndLeavesNoOldEntity()
    {
        var options = StorageTestbed.UniqueOptions();
        var sut = StorageTestbed.CorrectionStore(options);
        var before = await sut.ImportAsync(ExamGenerator.Generate(ExamId, 300, 5, 20, "111"), CancellationToken.None);
        var replacement = ExamGenerator.Generate(ExamId, 120, 3, 30, "222", seed: 2);

        var after = await sut.ImportAsync(replacement, CancellationToken.None);
        var read = await sut.ReadStoredExamAsync(ExamId, CancellationToken.None);

        Assert.NotNull(read);
        ExamAssert.Equal(replacement, read.Exam);
        Assert.NotEqual(before.DataVersion, after.DataVersion);
        Assert.Equal(after.DataVersion, read.DataVersion);
        var partitions = await StorageTestbed.PartitionKeysAsync(options.ExamDataTable);
        Assert.All(partitions, key => Assert.StartsWith(Prefix(after.DataVersion), key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ImportAsync_ManyCandidates_SpreadsThemOverEveryShard()
    {
        var options = StorageTestbed.UniqueOptions(shards: 16);
        var sut = StorageTestbed.CorrectionStore(options);

        await sut.ImportAsync(ExamGenerator.Generate(ExamId, 500, 10, 50), CancellationToken.None);

        var partitions = await StorageTestbed.PartitionKeysAsync(options.ExamDataTable);
        var perPartition = partitions.CountBy(key => key).ToList();
        Assert.Equal(16, perPartition.Count);
        Assert.All(perPartition, group => Assert.InRange(group.Value, 10, 80));
    }

    [Fact]
    public async Task ReadExamAsync_DuringReplacements_SeesOneExamWholeEachTime()
    {
        var sut = StorageTestbed.CorrectionStore(StorageTestbed.UniqueOptions(shards: 4));
        var first = ExamGenerator.Generate(ExamId, 1500, 20, 50, "111");
        var second = ExamGenerator.Generate(ExamId, 1000, 10, 40, "222", seed: 2);
        await sut.ImportAsync(first, CancellationToken.None);

        using var done = new CancellationTokenSource();
        var reads = ReadUntilAsync(sut, done.Token);
        foreach (var exam in new[] { second, first, second, first, second })
        {
            await sut.ImportAsync(exam, CancellationToken.None);
        }

        await done.CancelAsync();
        var seen = await reads;

        Assert.True(seen.Count >= 3, $"only {seen.Count} reads");
        Assert.All(seen, exam => Assert.True(ExamAssert.AreEqual(first, exam) || ExamAssert.AreEqual(second, exam)));
    }

    [Fact]
    public async Task ImportAsync_TwoAtOnce_OneWinsWholeAndBothOldVersionsAreDeleted()
    {
        var options = StorageTestbed.UniqueOptions(shards: 4);
        var sut = StorageTestbed.CorrectionStore(options);
        await sut.ImportAsync(ExamGenerator.Generate(ExamId, 400, 5, 40, "111"), CancellationToken.None);
        var second = ExamGenerator.Generate(ExamId, 300, 5, 40, "222", seed: 2);
        var third = ExamGenerator.Generate(ExamId, 350, 5, 40, "333", seed: 3);

        await Task.WhenAll(
            Task.Run(() => sut.ImportAsync(second, CancellationToken.None)),
            Task.Run(() => sut.ImportAsync(third, CancellationToken.None)));
        var read = await sut.ReadStoredExamAsync(ExamId, CancellationToken.None);

        Assert.NotNull(read);
        Assert.True(ExamAssert.AreEqual(second, read.Exam) || ExamAssert.AreEqual(third, read.Exam));
        var partitions = await StorageTestbed.PartitionKeysAsync(options.ExamDataTable);
        Assert.All(partitions, key => Assert.StartsWith(Prefix(read.DataVersion), key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ImportAsync_WritesFail_KeepsTheExamStoredBefore()
    {
        var options = StorageTestbed.UniqueOptions(shards: 4);
        var faults = new FailingBatches(options.ExamsTable);
        var logger = new RecordingLogger<TableCorrectionStore>();
        var sut = StorageTestbed.CorrectionStore(options, faults, logger);
        var stored = SampleExams.EveryField(ExamId);
        var before = await sut.ImportAsync(stored, CancellationToken.None);
        faults.Armed = true;

        await Assert.ThrowsAsync<RequestFailedException>(
            () => sut.ImportAsync(ExamGenerator.Generate(ExamId, 200, 5, 20), CancellationToken.None));

        ExamAssert.Equal(stored, await sut.ReadExamAsync(ExamId, CancellationToken.None));
        Assert.Equal(before, await sut.GetSummaryAsync(ExamId, CancellationToken.None));
        Assert.Contains(1002, logger.Events);
    }

    [Fact]
    public async Task ImportAsync_CleanupFails_LogsItAndReadsTheNewExam()
    {
        var options = StorageTestbed.UniqueOptions(shards: 4);
        var faults = new FailingBatches(options.ExamsTable) { ArmOnHeaderReplace = true };
        var logger = new RecordingLogger<TableCorrectionStore>();
        var sut = StorageTestbed.CorrectionStore(options, faults, logger);
        var before = await sut.ImportAsync(SampleExams.EveryField(ExamId), CancellationToken.None);
        var replacement = ExamGenerator.Generate(ExamId, 200, 5, 20);

        var after = await sut.ImportAsync(replacement, CancellationToken.None);

        ExamAssert.Equal(replacement, await sut.ReadExamAsync(ExamId, CancellationToken.None));
        Assert.Contains(1006, logger.Events);
        var partitions = await StorageTestbed.PartitionKeysAsync(options.ExamDataTable);
        Assert.Contains(partitions, key => key.StartsWith(Prefix(before.DataVersion), StringComparison.Ordinal));
        Assert.Contains(partitions, key => key.StartsWith(Prefix(after.DataVersion), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("BAC/2026", "026", "C1", "L1")]
    [InlineData("BAC", "026#1", "C1", "L1")]
    [InlineData("BAC", "026", "C?1", "L1")]
    [InlineData("BAC", "026", "C1", "L\\1")]
    public async Task ImportAsync_IdRefusedInAKey_ThrowsAndStoresNothing(
        string examId,
        string number,
        string correctorId,
        string lotId)
    {
        var options = StorageTestbed.UniqueOptions();
        var sut = StorageTestbed.CorrectionStore(options);
        var exam = new Exam(examId, "n", "2026", ExamKind.Exam, Marking.Standard, 20m,
            [new Corrector(correctorId, "a", "b")],
            [new Candidate(number, "a", "b", false)],
            [new Lot(lotId, correctorId, true, [new Copy(number, null, null, 1, [])])]);

        await Assert.ThrowsAsync<ArgumentException>(() => sut.ImportAsync(exam, CancellationToken.None));

        Assert.Empty(await StorageTestbed.PartitionKeysAsync(options.ExamDataTable));
        Assert.Empty(await StorageTestbed.PartitionKeysAsync(options.ExamsTable));
    }

    [Fact]
    public async Task GetSettingsAsync_NothingSaved_GivesTheDefaults()
    {
        var sut = StorageTestbed.CorrectionStore(StorageTestbed.UniqueOptions());

        var settings = await sut.GetSettingsAsync(ExamId, CancellationToken.None);

        Assert.Equal(ExamSettings.Default, settings);
    }

    [Fact]
    public async Task GetSettingsAsync_SavedThenExamReimported_GivesTheSavedSettings()
    {
        var sut = StorageTestbed.CorrectionStore(StorageTestbed.UniqueOptions());
        var saved = new ExamSettings(IncludeAnnotations: false, IncludeGrade: true, IncludeComment: false);
        await sut.ImportAsync(SampleExams.EveryField(ExamId), CancellationToken.None);
        await sut.SaveSettingsAsync(ExamId, saved, CancellationToken.None);

        await sut.ImportAsync(SampleExams.EveryField(ExamId), CancellationToken.None);
        var settings = await sut.GetSettingsAsync(ExamId, CancellationToken.None);

        Assert.Equal(saved, settings);
    }

    [Fact]
    public async Task GetSummaryAsync_ExamIdRefusedInAKey_ThrowsArgumentException()
    {
        var sut = StorageTestbed.CorrectionStore(StorageTestbed.UniqueOptions());

        await Assert.ThrowsAsync<ArgumentException>(() => sut.GetSummaryAsync("a#b", CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => sut.ReadExamAsync("a\nb", CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(
            () => sut.SaveSettingsAsync("a/b", ExamSettings.Default, CancellationToken.None));
    }

    private static string Prefix(string version) => $"{ExamId}_{version}_";

    private static async Task<List<Exam>> ReadUntilAsync(TableCorrectionStore sut, CancellationToken done)
    {
        await Task.Yield();
        var seen = new List<Exam>();
        while (!done.IsCancellationRequested)
        {
            seen.Add((await sut.ReadExamAsync(ExamId, CancellationToken.None))!);
        }

        return seen;
    }
}
