using Santorin.Core.Exams;

namespace Santorin.Core.Closure;

/// <summary>The grades that may be transmitted: those of graded copies in locked lots.</summary>
internal sealed class GradedCopies
{
    private readonly Dictionary<string, Grade> _byCandidate;

    private GradedCopies(
        List<KeyValuePair<string, Grade>> inOrder,
        Dictionary<string, Grade> byCandidate)
    {
        InOrder = inOrder;
        _byCandidate = byCandidate;
    }

    /// <summary>Candidate number and grade, in lot order then copy order.</summary>
    public IReadOnlyList<KeyValuePair<string, Grade>> InOrder { get; }

    public int Count => InOrder.Count;

    public bool Contains(string candidate) => _byCandidate.ContainsKey(candidate);

    public static GradedCopies Of(Exam exam)
    {
        var inOrder = new List<KeyValuePair<string, Grade>>();
        var byCandidate = new Dictionary<string, Grade>(StringComparer.Ordinal);
        foreach (var copy in exam.Lots.Where(l => l.Locked).SelectMany(l => l.Copies))
        {
            if (copy.Grade is { } grade && byCandidate.TryAdd(copy.Candidate, grade))
            {
                inOrder.Add(new(copy.Candidate, grade));
            }
        }

        return new GradedCopies(inOrder, byCandidate);
    }
}
