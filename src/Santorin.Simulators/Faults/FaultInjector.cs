namespace Santorin.Simulators.Faults;

/// <summary>Decides the fault of each contract call from the current <see cref="FaultSettings"/>.</summary>
public sealed class FaultInjector
{
    private readonly Lock _lock = new();
    private FaultSettings _settings = FaultSettings.None;
    private Random _random = new(0);
    private Queue<FaultKind> _next = new();

    public FaultSettings Settings
    {
        get
        {
            lock (_lock)
            {
                return _settings;
            }
        }
    }

    /// <summary>Replaces the settings and restarts the generator from their seed.</summary>
    public void Set(FaultSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Invalidity() is { } invalidity)
        {
            throw new ArgumentException(invalidity, nameof(settings));
        }

        lock (_lock)
        {
            _settings = settings;
            _random = new Random(settings.Seed);
            _next = new Queue<FaultKind>(settings.Next);
        }
    }

    public void Clear() => Set(FaultSettings.None);

    internal (FaultKind Kind, FaultSettings Settings) Draw()
    {
        lock (_lock)
        {
            if (_next.TryDequeue(out var scripted))
            {
                return (scripted, _settings);
            }

            return (FromRates(), _settings);
        }
    }

    private FaultKind FromRates()
    {
        var s = _settings;
        if (s.UnavailableRate + s.TooManyRequestsRate + s.DropAfterApplyRate <= 0)
        {
            return FaultKind.None;
        }

        var draw = _random.NextDouble();
        if (draw < s.UnavailableRate)
        {
            return FaultKind.Unavailable;
        }

        draw -= s.UnavailableRate;
        if (draw < s.TooManyRequestsRate)
        {
            return FaultKind.TooManyRequests;
        }

        draw -= s.TooManyRequestsRate;
        return draw < s.DropAfterApplyRate ? FaultKind.DropAfterApply : FaultKind.None;
    }
}
