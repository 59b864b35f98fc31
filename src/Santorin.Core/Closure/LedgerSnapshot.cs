using Santorin.Core.Exams;

namespace Santorin.Core.Closure;

/// <summary>
/// What the ledger holds for one exam at one moment: the value Cyclades accepted last for each
/// candidate, and the work done Imag'In recorded last for each corrector. Immutable: applying
/// accepted lines gives a new snapshot.
/// </summary>
public sealed class LedgerSnapshot
{
    private readonly Dictionary<string, TransmittedValue> _transmitted;
    private readonly Dictionary<string, int> _declared;

    public LedgerSnapshot(
        IEnumerable<KeyValuePair<string, TransmittedValue>> transmitted,
        IEnumerable<KeyValuePair<string, int>> declared)
    {
        ArgumentNullException.ThrowIfNull(transmitted);
        ArgumentNullException.ThrowIfNull(declared);

        _transmitted = new(transmitted, StringComparer.Ordinal);
        _declared = new(declared, StringComparer.Ordinal);
    }

    private LedgerSnapshot(
        Dictionary<string, TransmittedValue> transmitted,
        Dictionary<string, int> declared)
    {
        _transmitted = transmitted;
        _declared = declared;
    }

    public static LedgerSnapshot Empty { get; } = new([], []);

    /// <summary>Candidate number to the value last accepted by Cyclades.</summary>
    public IReadOnlyDictionary<string, TransmittedValue> Transmitted => _transmitted;

    /// <summary>Corrector id to the number of copies Imag'In last recorded.</summary>
    public IReadOnlyDictionary<string, int> Declared => _declared;

    public TransmittedValue? TransmittedFor(string candidate) =>
        _transmitted.TryGetValue(candidate, out var value) ? value : null;

    /// <summary>The work done last declared for the corrector; never declared counts as 0.</summary>
    public int DeclaredFor(string correctorId) => _declared.GetValueOrDefault(correctorId);

    /// <summary>This snapshot once Cyclades accepted <paramref name="accepted"/>.</summary>
    public LedgerSnapshot With(IEnumerable<GradeLine> accepted)
    {
        ArgumentNullException.ThrowIfNull(accepted);

        var transmitted = new Dictionary<string, TransmittedValue>(
            _transmitted,
            StringComparer.Ordinal);
        foreach (var line in accepted)
        {
            transmitted[line.Candidate] = line.Value;
        }

        return new LedgerSnapshot(transmitted, _declared);
    }

    /// <summary>This snapshot once Imag'In recorded <paramref name="recorded"/>.</summary>
    public LedgerSnapshot With(IEnumerable<WorkDone> recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);

        var declared = new Dictionary<string, int>(_declared, StringComparer.Ordinal);
        foreach (var workDone in recorded)
        {
            declared[workDone.CorrectorId] = workDone.Copies;
        }

        return new LedgerSnapshot(_transmitted, declared);
    }
}
