namespace Santorin.Core.Closure;

/// <summary>Where an exam's closure stands, measured from what was transmitted.</summary>
public enum ClosureState
{
    None,
    Partial,
    Total,
}
