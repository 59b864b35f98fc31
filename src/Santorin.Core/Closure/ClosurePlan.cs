namespace Santorin.Core.Closure;

/// <summary>What a closure run started now sends: grade lines, then ABS lines, and work done.</summary>
public sealed record ClosurePlan(
    ClosureKind Kind,
    IReadOnlyList<GradeLine> Lines,
    int Grades,
    int Absents,
    IReadOnlyList<WorkDone> WorkDone,
    string? BlockedBy)
{
    /// <summary>The refusal code of a start when no lot of the exam is locked.</summary>
    public const string NoLockedLot = "no-locked-lot";

    public bool IsBlocked => BlockedBy is not null;

    /// <summary>Nothing to send: no line and no work done.</summary>
    public bool IsEmpty => Lines.Count == 0 && WorkDone.Count == 0;
}
