namespace Santorin.Infrastructure.External;

/// <summary>An external system: the name a manager reads and the configuration section it comes from.</summary>
internal sealed record ExternalSystem(string DisplayName, string Section)
{
    public static ExternalSystem Cyclades { get; } = new("Cyclades", "Cyclades");

    public static ExternalSystem Imagin { get; } = new("Imag'In", "Imagin");
}
