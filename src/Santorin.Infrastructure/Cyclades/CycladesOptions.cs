using Santorin.Infrastructure.External;

namespace Santorin.Infrastructure.Cyclades;

/// <summary>Configuration section <c>Cyclades</c>.</summary>
public sealed class CycladesOptions : ExternalSystemOptions
{
    public const string SectionName = "Cyclades";
}
