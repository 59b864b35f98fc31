using Santorin.Core.Exams;

namespace Santorin.Core.Edition;

/// <summary>
/// An exam prepared for copy edition: each candidate with their copy and lot, and their names
/// and number already folded for search. Built once per exam (one pass, linear), so that a
/// search is a linear scan of plain ordinal comparisons, a few milliseconds for 100,000
/// candidates, and a permission check is a dictionary look-up.
/// </summary>
public sealed class CandidateIndex
{
    private readonly Dictionary<string, CandidateEntry> _byNumber;
    private readonly Dictionary<string, List<CandidateEntry>> _byCorrector;

    public CandidateIndex(Exam exam)
    {
        ArgumentNullException.ThrowIfNull(exam);

        Exam = exam;
        var copies = CopiesByCandidate(exam);
        var entries = new List<CandidateEntry>(exam.Candidates.Count);
        _byNumber = new(exam.Candidates.Count, StringComparer.Ordinal);
        _byCorrector = new Dictionary<string, List<CandidateEntry>>(StringComparer.Ordinal);
        foreach (var candidate in exam.Candidates)
        {
            var entry = CreateEntry(candidate, copies);
            entries.Add(entry);
            _byNumber.TryAdd(candidate.Number, entry);
            AddToCorrector(entry);
        }

        Entries = entries;
    }

    public Exam Exam { get; }

    /// <summary>Every candidate, in the exam's order.</summary>
    public IReadOnlyList<CandidateEntry> Entries { get; }

    public CandidateEntry? Find(string number) => _byNumber.GetValueOrDefault(number);

    /// <summary>The candidates of the corrector's lots, in the exam's candidate order.</summary>
    public IReadOnlyList<CandidateEntry> OfCorrector(string correctorId) =>
        _byCorrector.TryGetValue(correctorId, out var entries) ? entries : [];

    private static Dictionary<string, (Lot Lot, Copy Copy)> CopiesByCandidate(Exam exam)
    {
        var copies = new Dictionary<string, (Lot, Copy)>(StringComparer.Ordinal);
        foreach (var lot in exam.Lots)
        {
            foreach (var copy in lot.Copies)
            {
                copies.TryAdd(copy.Candidate, (lot, copy));
            }
        }

        return copies;
    }

    private static CandidateEntry CreateEntry(
        Candidate candidate,
        Dictionary<string, (Lot Lot, Copy Copy)> copies)
    {
        var found = copies.TryGetValue(candidate.Number, out var placed);
        return new CandidateEntry(
            candidate,
            found ? placed.Lot : null,
            found ? placed.Copy : null,
            SearchText.Normalize(candidate.LastName),
            SearchText.Normalize(candidate.FirstName),
            SearchText.Normalize(candidate.Number));
    }

    private void AddToCorrector(CandidateEntry entry)
    {
        if (entry.Lot is null)
        {
            return;
        }

        if (!_byCorrector.TryGetValue(entry.Lot.CorrectorId, out var entries))
        {
            entries = [];
            _byCorrector.Add(entry.Lot.CorrectorId, entries);
        }

        entries.Add(entry);
    }
}

/// <summary>A candidate with their copy and lot (null for an absent candidate or a copy not
/// yet placed), and their folded search keys.</summary>
public sealed record CandidateEntry(
    Candidate Candidate,
    Lot? Lot,
    Copy? Copy,
    string LastNameKey,
    string FirstNameKey,
    string NumberKey)
{
    /// <summary>Graded in a locked lot.</summary>
    public bool IsCorrected => Lot is { Locked: true } && Copy is { IsGraded: true };

    internal bool Matches(string query) =>
        LastNameKey.Contains(query, StringComparison.Ordinal)
        || FirstNameKey.Contains(query, StringComparison.Ordinal)
        || NumberKey.Contains(query, StringComparison.Ordinal);

    internal CorrectedCopy? ToCorrectedCopy() =>
        IsCorrected ? new CorrectedCopy(Candidate, Lot!, Copy!, Copy!.Grade!.Value) : null;
}
