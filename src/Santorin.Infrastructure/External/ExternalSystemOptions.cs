using System.ComponentModel.DataAnnotations;

namespace Santorin.Infrastructure.External;

/// <summary>
/// Where an external system is and how hard to try it. The ranges keep every value inside what the
/// resilience strategies accept, so a wrong setting fails at start-up with its name, not on the first call.
/// </summary>
public abstract class ExternalSystemOptions : IValidatableObject
{
    [Required]
    public Uri? BaseUrl { get; set; }

    [Required]
    [MinLength(1)]
    public string ApiKey { get; set; } = "";

    /// <summary>How long one attempt may take before it is abandoned and retried.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a whole call may take, retries and waits included.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(2);

    [Range(1, 20)]
    public int MaxRetryAttempts { get; set; } = 5;

    /// <summary>The first backoff delay; it doubles at each retry, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Caps the backoff; a <c>Retry-After</c> given by the service is honoured as it is.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Share of failed attempts over the sampling duration that opens the circuit.</summary>
    [Range(0.01, 1.0)]
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Attempts needed in the sampling duration before the ratio is judged.</summary>
    [Range(2, 10_000)]
    public int BreakerMinimumThroughput { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit fails calls at once before it lets one through.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (BaseUrl is { } url && !IsHttpUrl(url))
        {
            yield return new ValidationResult(
                "BaseUrl must be an absolute http or https URL.",
                [nameof(BaseUrl)]);
        }

        if (AttemptTimeout > TotalTimeout)
        {
            yield return new ValidationResult(
                "AttemptTimeout must not exceed TotalTimeout.",
                [nameof(AttemptTimeout), nameof(TotalTimeout)]);
        }
    }

    private static bool IsHttpUrl(Uri url) =>
        url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    /// <summary>The base URL with a trailing slash, so relative request paths append to it.</summary>
    internal Uri BaseAddress =>
        BaseUrl is null
            ? throw new InvalidOperationException("BaseUrl is not configured.")
            : new Uri(BaseUrl.AbsoluteUri.TrimEnd('/') + "/");
}
