using System.Globalization;
using Santorin.Core.Exams;

namespace Santorin.Core.Edition;

/// <summary>
/// Finds candidates whose last name, first name or number contains the query, ignoring case
/// and accents. A manager finds every candidate, absents included; a corrector only those of
/// their own lots. The search is open on any exam, harmonised included: only rendering is not.
/// </summary>
public static class CandidateSearch
{
    public const int MinQueryLength = 2;
    public const int MaxLimit = 200;

    /// <summary>Searches the prepared exam; a linear scan of its folded keys.</summary>
    public static CandidateSearchResult Search(
        CandidateIndex index,
        Requester requester,
        string? q,
        int limit)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(requester);

        var trimmed = q?.Trim() ?? string.Empty;
        if (new StringInfo(trimmed).LengthInTextElements < MinQueryLength)
        {
            return CandidateSearchResult.Refuse(EditionRefusal.QueryTooShort);
        }

        if (limit is < 1 or > MaxLimit)
        {
            return CandidateSearchResult.Refuse(EditionRefusal.LimitInvalid);
        }

        var query = SearchText.Normalize(trimmed);
        var scope = requester.IsManager || requester.CorrectorId is not { } own
            ? index.Entries
            : index.OfCorrector(own);
        return Scan(scope, query, limit);
    }

    public static CandidateSearchResult Search(
        Exam exam,
        Requester requester,
        string? q,
        int limit) =>
        Search(new CandidateIndex(exam), requester, q, limit);

    private static CandidateSearchResult Scan(
        IReadOnlyList<CandidateEntry> scope,
        string query,
        int limit)
    {
        var items = new List<CandidateMatch>(Math.Min(limit, scope.Count));
        var total = 0;
        foreach (var entry in scope)
        {
            if (!entry.Matches(query))
            {
                continue;
            }

            total++;
            if (items.Count < limit)
            {
                items.Add(CandidateMatch.Of(entry));
            }
        }

        return CandidateSearchResult.Found(items, total);
    }
}
