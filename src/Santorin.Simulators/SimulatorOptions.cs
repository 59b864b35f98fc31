namespace Santorin.Simulators;

/// <summary>How the simulators answer: their API keys, clock and limits.</summary>
public sealed class SimulatorOptions
{
    public const string SectionName = "Simulators";

    public string CycladesApiKey { get; set; } = "cyclades-dev-key";

    public string ImaginApiKey { get; set; } = "imagin-dev-key";

    /// <summary>The most lines Cyclades takes in one call; the contract says 1,000.</summary>
    public int CycladesMaxBatchLines { get; set; } = 1000;

    /// <summary>The clock for publication dates, call times, latency and fault waits. System clock when null.</summary>
    public TimeProvider? TimeProvider { get; set; }
}
