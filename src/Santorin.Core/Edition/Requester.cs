namespace Santorin.Core.Edition;

/// <summary>
/// Who asks: a manager, a corrector, or one person with both roles. A person with both roles
/// may do what either role may: manager rights or corrector rights, whichever allows it.
/// </summary>
public sealed record Requester
{
    public Requester(bool isManager, string? correctorId)
    {
        if (!isManager && correctorId is null)
        {
            throw new ArgumentException(
                "A requester is a manager, a corrector or both; refuse anyone else before.",
                nameof(correctorId));
        }

        IsManager = isManager;
        CorrectorId = correctorId;
    }

    public static Requester Manager { get; } = new(true, null);

    public bool IsManager { get; }

    /// <summary>The corrector's id when the requester has the corrector role.</summary>
    public string? CorrectorId { get; }

    public static Requester Corrector(string correctorId) => new(false, correctorId);

    public bool IsCorrectorOf(string correctorId) =>
        CorrectorId is not null && string.Equals(CorrectorId, correctorId, StringComparison.Ordinal);
}
