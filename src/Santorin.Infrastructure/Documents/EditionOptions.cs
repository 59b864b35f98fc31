using System.ComponentModel.DataAnnotations;

namespace Santorin.Infrastructure.Documents;

/// <summary>Where the scans and the documents live, and how long a download link lasts.</summary>
public sealed class EditionOptions
{
    public const string Section = "Edition";

    private const string ContainerName = "^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$";

    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromMinutes(15);

    [Required]
    [RegularExpression(ContainerName)]
    public string ScansContainer { get; set; } = "scans";

    [Required]
    [RegularExpression(ContainerName)]
    public string DocumentsContainer { get; set; } = "documents";
}
