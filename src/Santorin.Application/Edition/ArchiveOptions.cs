using System.ComponentModel.DataAnnotations;

namespace Santorin.Application.Edition;

/// <summary>Configuration section <c>Edition</c> (beside the link lifetime), validated at start-up.</summary>
public sealed class ArchiveOptions
{
    public const string Section = "Edition";

    /// <summary>Copies rendered by one activity, for an archive of up to MaxArchiveChunks chunks.</summary>
    [Range(1, 1000)]
    public int ArchiveChunkSize { get; set; } = 25;

    /// <summary>
    /// Activities one archive fans out to at most: past it, chunks grow instead, so a whole-exam
    /// archive of 100,000 copies stays a few hundred activities.
    /// </summary>
    [Range(1, 1000)]
    public int MaxArchiveChunks { get; set; } = 200;

    /// <summary>Chunks rendering at once.</summary>
    [Range(1, 64)]
    public int MaxParallelChunks { get; set; } = 4;

    /// <summary>Copies whose scans are listed at once when an archive is asked for.</summary>
    [Range(1, 256)]
    public int ParallelScanChecks { get; set; } = 16;

    /// <summary>Exams whose search index is kept in memory, the least recently used dropped first.</summary>
    [Range(1, 256)]
    public int CachedIndexes { get; set; } = 8;
}
