namespace Santorin.Core.Closure;

/// <summary>What a closure run is: total once it leaves every present candidate with a grade.</summary>
public enum ClosureKind
{
    Partial,
    Total,
}
