using System.ComponentModel.DataAnnotations;

namespace Santorin.Infrastructure.Storage;

/// <summary>
/// Where and how the correction data and the ledger are stored. Table names follow Azure's
/// rule (a letter, then letters or digits, 3 to 63 characters) so a wrong name fails at start-up.
/// </summary>
public sealed record StorageOptions
{
    public const string SectionName = "Storage";

    private const string TableNamePattern = "^[A-Za-z][A-Za-z0-9]{2,62}$";

    /// <summary>One entity per exam: its header, which points at its current data version.</summary>
    [Required]
    [RegularExpression(TableNamePattern)]
    public string ExamsTable { get; init; } = "exams";

    /// <summary>The exams' candidates, copies, correctors and lots, one set per data version.</summary>
    [Required]
    [RegularExpression(TableNamePattern)]
    public string ExamDataTable { get; init; } = "examdata";

    /// <summary>What was transmitted to Cyclades and declared to Imag'In.</summary>
    [Required]
    [RegularExpression(TableNamePattern)]
    public string LedgerTable { get; init; } = "ledger";

    /// <summary>
    /// Partitions a new data version is spread over. Each version records its own count, so a
    /// change applies to the next import and never breaks reading a stored one.
    /// </summary>
    [Range(1, 99)]
    public int ExamDataShards { get; init; } = 16;

    /// <summary>Entity group transactions in flight at once for one write.</summary>
    [Range(1, 64)]
    public int MaxParallelTransactions { get; init; } = 8;
}
