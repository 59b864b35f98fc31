using System.Diagnostics.CodeAnalysis;

namespace Santorin.Core.Edition;

/// <summary>The first matches, up to the limit, and how many there are in all; or a refusal.</summary>
public sealed class CandidateSearchResult
{
    private CandidateSearchResult(
        IReadOnlyList<CandidateMatch>? items,
        int total,
        EditionRefusal? refusal)
    {
        Items = items;
        Total = total;
        Refusal = refusal;
    }

    public IReadOnlyList<CandidateMatch>? Items { get; }

    /// <summary>Every match, beyond the limit too.</summary>
    public int Total { get; }

    public EditionRefusal? Refusal { get; }

    [MemberNotNullWhen(true, nameof(Items))]
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool IsFound => Items is not null;

    internal static CandidateSearchResult Found(IReadOnlyList<CandidateMatch> items, int total) =>
        new(items, total, null);

    internal static CandidateSearchResult Refuse(EditionRefusal refusal) => new(null, 0, refusal);
}

/// <summary>One candidate found; lot, corrector and grade are null when they have no copy.</summary>
public sealed record CandidateMatch(
    string Number,
    string LastName,
    string FirstName,
    bool Absent,
    string? LotId,
    string? CorrectorId,
    decimal? Grade,
    bool Corrected)
{
    internal static CandidateMatch Of(CandidateEntry entry) =>
        new(
            entry.Candidate.Number,
            entry.Candidate.LastName,
            entry.Candidate.FirstName,
            entry.Candidate.Absent,
            entry.Lot?.Id,
            entry.Lot?.CorrectorId,
            entry.Copy?.Grade?.Value,
            entry.IsCorrected);
}
