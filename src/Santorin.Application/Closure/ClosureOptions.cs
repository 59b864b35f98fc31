using System.ComponentModel.DataAnnotations;

namespace Santorin.Application.Closure;

/// <summary>Configuration section <c>Closure</c>, validated at start-up.</summary>
public sealed class ClosureOptions
{
    public const string Section = "Closure";

    /// <summary>Grades per Cyclades call; Cyclades takes at most 1,000 lines a call.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 500;

    /// <summary>Batches in flight at once.</summary>
    [Range(1, 64)]
    public int MaxParallelBatches { get; set; } = 8;

    /// <summary>Work-done declarations per activity, each a call to Imag'In.</summary>
    [Range(1, 1000)]
    public int WorkDoneChunkSize { get; set; } = 100;
}
