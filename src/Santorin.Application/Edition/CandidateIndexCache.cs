using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Santorin.Core.Edition;
using Santorin.Infrastructure.Storage;

namespace Santorin.Application.Edition;

/// <summary>An exam's search index with the data version it was built from.</summary>
public sealed record ExamIndex(CandidateIndex Index, string DataVersion);

/// <summary>
/// Keeps each exam's <see cref="CandidateIndex"/> in memory for as long as its data version is the
/// current one, so a search reads one header entity instead of the whole exam: reading 100,000
/// candidates from the table takes seconds, scanning their folded keys takes milliseconds.
/// </summary>
/// <remarks>
/// A search is a linear scan over keys folded once, when the index is built: three ordinal
/// <c>Contains</c> on short strings per candidate, a few milliseconds for 100,000 of them. A
/// substring index (n-grams, a suffix array) would cost several times the candidates' memory and a
/// slower build for a gain nobody typing in a search box would notice. Each process keeps its own
/// cache; an import anywhere changes the version in the header, which every call reads first.
/// </remarks>
public sealed class CandidateIndexCache
{
    private readonly TableCorrectionStore _corrections;
    private readonly int _capacity;
    private readonly ILogger<CandidateIndexCache> _logger;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Slot> _slots = new(StringComparer.Ordinal);
    private long _clock;

    internal CandidateIndexCache(
        TableCorrectionStore corrections,
        IOptions<ArchiveOptions> options,
        ILogger<CandidateIndexCache> logger)
    {
        _corrections = corrections;
        _capacity = options.Value.CachedIndexes;
        _logger = logger;
    }

    /// <summary>
    /// The index of the exam's data version <paramref name="dataVersion"/> (as its header says now),
    /// or of a newer one if an import switched it meanwhile; null for an unknown exam.
    /// </summary>
    public async Task<ExamIndex?> GetAsync(string examId, string dataVersion, CancellationToken cancellationToken)
    {
        Task<ExamIndex?> load;
        lock (_gate)
        {
            if (!_slots.TryGetValue(examId, out var slot) || Stale(slot, dataVersion))
            {
                slot = new Slot(dataVersion, LoadAsync(examId)) { LastUsed = ++_clock };
                _slots[examId] = slot;
                Evict();
            }

            slot.LastUsed = ++_clock;
            load = slot.Load;
        }

        // The load is shared by every caller, so one caller giving up does not cancel it.
        return await load.WaitAsync(cancellationToken);
    }

    private static bool Stale(Slot slot, string dataVersion) =>
        slot.Load.IsFaulted
        || slot.Load.IsCanceled
        || (slot.DataVersion != dataVersion
            && !(slot.Load.IsCompletedSuccessfully && slot.Load.Result?.DataVersion == dataVersion));

    private async Task<ExamIndex?> LoadAsync(string examId)
    {
        await Task.Yield();
        var started = Stopwatch.GetTimestamp();
        var stored = await _corrections.ReadStoredExamAsync(examId, CancellationToken.None);
        if (stored is null)
        {
            return null;
        }

        var index = new CandidateIndex(stored.Exam);
        var elapsed = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        Logs.IndexBuilt(_logger, examId, stored.DataVersion, stored.Exam.Candidates.Count, elapsed);
        return new ExamIndex(index, stored.DataVersion);
    }

    private void Evict()
    {
        while (_slots.Count > _capacity)
        {
            var oldest = _slots.MinBy(pair => pair.Value.LastUsed).Key;
            _slots.Remove(oldest);
        }
    }

    private sealed class Slot(string dataVersion, Task<ExamIndex?> load)
    {
        public string DataVersion { get; } = dataVersion;

        public Task<ExamIndex?> Load { get; } = load;

        public long LastUsed { get; set; }
    }
}
