using System.Diagnostics.CodeAnalysis;

namespace Santorin.Core.Edition;

/// <summary>Either the copy a requester may render, or why not.</summary>
public sealed class EditionDecision
{
    private EditionDecision(CorrectedCopy? copy, EditionRefusal? refusal)
    {
        Copy = copy;
        Refusal = refusal;
    }

    public CorrectedCopy? Copy { get; }

    public EditionRefusal? Refusal { get; }

    [MemberNotNullWhen(true, nameof(Copy))]
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool IsAllowed => Copy is not null;

    internal static EditionDecision Allow(CorrectedCopy copy) => new(copy, null);

    internal static EditionDecision Refuse(EditionRefusal refusal) => new(null, refusal);
}
