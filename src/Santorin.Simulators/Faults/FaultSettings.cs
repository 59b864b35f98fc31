namespace Santorin.Simulators.Faults;

/// <summary>
/// The faults a simulator injects into contract calls. Scripted faults in <see cref="Next"/> come
/// first, one per call; after them each call draws one number from a generator seeded with
/// <see cref="Seed"/>, so the same settings and the same sequence of calls give the same faults.
/// </summary>
public sealed record FaultSettings
{
    public static FaultSettings None { get; } = new();

    public int Seed { get; init; }

    public double UnavailableRate { get; init; }

    public double TooManyRequestsRate { get; init; }

    /// <summary>The <c>Retry-After</c> a 429 carries, in seconds.</summary>
    public int RetryAfterSeconds { get; init; } = 1;

    /// <summary>Added before every contract call is answered, on the simulator's clock.</summary>
    public int LatencyMilliseconds { get; init; }

    public double DropAfterApplyRate { get; init; }

    public IReadOnlyList<FaultKind> Next { get; init; } = [];

    internal string? Invalidity()
    {
        double[] rates = [UnavailableRate, TooManyRequestsRate, DropAfterApplyRate];
        if (rates.Any(rate => rate is < 0 or > 1) || rates.Sum() > 1)
        {
            return "Les taux de pannes sont entre 0 et 1 et leur somme ne dépasse pas 1.";
        }

        if (RetryAfterSeconds < 0 || LatencyMilliseconds < 0)
        {
            return "retryAfterSeconds et latencyMilliseconds sont positifs ou nuls.";
        }

        return null;
    }
}
