namespace Santorin.Simulators.Imagin;

/// <summary>What the Imag'In simulator holds for one corrector on one exam.</summary>
/// <remarks>
/// <c>Copies</c>: The last number declared, or null before any declaration.
/// <c>PaidCopies</c>: The number the pay was closed with, or null while it is open.
/// <c>Declarations</c>: Declarations recorded by contract calls, replays excluded.
/// </remarks>
public sealed record ImaginDeclaration(
    string CorrectorId,
    int? Copies,
    DateTimeOffset? DeclaredAt,
    int? PaidCopies,
    int Declarations)
{
    public bool PayClosed => PaidCopies is not null;
}
