using System.Diagnostics.CodeAnalysis;
using Santorin.Core.Exams;

namespace Santorin.Core.Edition;

/// <summary>
/// Who may render which corrected copy. A manager renders any copy, only of a competitive exam;
/// a corrector only the copies of their own lots; nobody on a harmonised exam. Refusals come in
/// the order the API answers them.
/// </summary>
public static class EditionPolicy
{
    /// <summary>Whether <paramref name="requester"/> may render the copy of candidate
    /// <paramref name="number"/>.</summary>
    /// <remarks>
    /// A corrector asking for a candidate who has no copy in any lot (an absent candidate
    /// included) is not in charge of it and is refused as such; a manager gets
    /// <c>copy-not-corrected</c> for them.
    /// </remarks>
    public static EditionDecision CheckCopy(
        Requester requester,
        CandidateIndex index,
        string number)
    {
        ArgumentNullException.ThrowIfNull(requester);
        ArgumentNullException.ThrowIfNull(index);

        if (Precondition(requester, index.Exam) is { } refusal)
        {
            return EditionDecision.Refuse(refusal);
        }

        if (index.Find(number) is not { } entry)
        {
            return EditionDecision.Refuse(EditionRefusal.CandidateNotFound(number));
        }

        if (!HasManagerRights(requester, index.Exam) && !InCharge(requester, entry))
        {
            return EditionDecision.Refuse(EditionRefusal.NotInCharge(number));
        }

        return entry.ToCorrectedCopy() is { } copy
            ? EditionDecision.Allow(copy)
            : EditionDecision.Refuse(EditionRefusal.CopyNotCorrected(number));
    }

    public static EditionDecision CheckCopy(Requester requester, Exam exam, string number) =>
        CheckCopy(requester, new CandidateIndex(exam), number);

    /// <summary>
    /// The corrected copies of an archive of <paramref name="correctorId"/>'s lots, or of the
    /// whole exam when it is null, in the exam's candidate order.
    /// </summary>
    /// <remarks>
    /// A corrector may name only themselves; omitting it means their own lots. A manager may
    /// name anyone or no one (the whole exam), on a competitive exam only. A person with both
    /// roles who omits it gets the whole exam on a competitive exam and their own lots on any
    /// other. A corrector id that has no lot leaves nothing to archive. Copies not corrected
    /// are left out of the archive rather than refused.
    /// </remarks>
    public static ArchiveDecision CheckArchive(
        Requester requester,
        CandidateIndex index,
        string? correctorId)
    {
        ArgumentNullException.ThrowIfNull(requester);
        ArgumentNullException.ThrowIfNull(index);

        if (index.Exam.Marking == Marking.Harmonised)
        {
            return ArchiveDecision.Refuse(EditionRefusal.EditionUnavailable);
        }

        if (!TryScope(requester, index, correctorId, out var scope, out var refusal))
        {
            return ArchiveDecision.Refuse(refusal);
        }

        var copies = scope.Select(e => e.ToCorrectedCopy()).OfType<CorrectedCopy>().ToList();
        return copies.Count == 0
            ? ArchiveDecision.Refuse(EditionRefusal.NothingToArchive)
            : ArchiveDecision.Allow(copies);
    }

    public static ArchiveDecision CheckArchive(
        Requester requester,
        Exam exam,
        string? correctorId) =>
        CheckArchive(requester, new CandidateIndex(exam), correctorId);

    /// <summary>Refusals that come before looking at any candidate.</summary>
    private static EditionRefusal? Precondition(Requester requester, Exam exam)
    {
        if (exam.Marking == Marking.Harmonised)
        {
            return EditionRefusal.EditionUnavailable;
        }

        return requester.CorrectorId is null && exam.Kind != ExamKind.Competitive
            ? EditionRefusal.ManagerOutsideCompetitive
            : null;
    }

    private static bool TryScope(
        Requester requester,
        CandidateIndex index,
        string? correctorId,
        out IReadOnlyList<CandidateEntry> scope,
        [NotNullWhen(false)] out EditionRefusal? refusal)
    {
        scope = [];
        refusal = null;
        if (HasManagerRights(requester, index.Exam))
        {
            scope = correctorId is null ? index.Entries : index.OfCorrector(correctorId);
            return true;
        }

        if (requester.CorrectorId is { } own && (correctorId is null || correctorId == own))
        {
            scope = index.OfCorrector(own);
            return true;
        }

        refusal = requester.IsManager
            ? EditionRefusal.ManagerOutsideCompetitive
            : EditionRefusal.OtherCorrectorArchive;
        return false;
    }

    internal static bool HasManagerRights(Requester requester, Exam exam) =>
        requester.IsManager && exam.Kind == ExamKind.Competitive;

    private static bool InCharge(Requester requester, CandidateEntry entry) =>
        entry.Lot is { } lot && requester.IsCorrectorOf(lot.CorrectorId);
}
