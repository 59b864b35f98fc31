using Santorin.Infrastructure.External;

namespace Santorin.Infrastructure.Imagin;

/// <summary>Configuration section <c>Imagin</c>.</summary>
public sealed class ImaginOptions : ExternalSystemOptions
{
    public const string SectionName = "Imagin";
}
