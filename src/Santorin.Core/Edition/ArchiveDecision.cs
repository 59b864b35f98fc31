using System.Diagnostics.CodeAnalysis;

namespace Santorin.Core.Edition;

/// <summary>
/// Either the corrected copies an archive holds, in the exam's candidate order, or why not.
/// </summary>
public sealed class ArchiveDecision
{
    private ArchiveDecision(IReadOnlyList<CorrectedCopy>? copies, EditionRefusal? refusal)
    {
        Copies = copies;
        Refusal = refusal;
    }

    public IReadOnlyList<CorrectedCopy>? Copies { get; }

    public EditionRefusal? Refusal { get; }

    [MemberNotNullWhen(true, nameof(Copies))]
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool IsAllowed => Copies is not null;

    internal static ArchiveDecision Allow(IReadOnlyList<CorrectedCopy> copies) => new(copies, null);

    internal static ArchiveDecision Refuse(EditionRefusal refusal) => new(null, refusal);
}
