using Santorin.Hosting;

namespace Santorin.DevHost.Simulators;

/// <summary>
/// Where the host listens: <c>--urls</c> or <c>ASPNETCORE_URLS</c>, else
/// <c>http://localhost:7071</c>. Port 0 is replaced by a free port before the host starts, so that
/// the simulators mounted on the host have a base URL the API's clients can be configured with.
/// </summary>
internal sealed record HostAddress(IReadOnlyList<Uri> Urls)
{
    public const string DefaultUrl = "http://localhost:7071";

    /// <summary>The first URL, with a wildcard host turned into one a client can reach.</summary>
    public Uri Reachable
    {
        get
        {
            var first = Urls[0];
            var host = first.Host is "+" or "*" or "0.0.0.0" or "[::]" ? "localhost" : first.Host;
            return new UriBuilder(first.Scheme, host, first.Port).Uri;
        }
    }

    public static HostAddress FromConfiguration(IConfiguration configuration)
    {
        var configured = configuration["urls"];
        var urls = (string.IsNullOrWhiteSpace(configured) ? DefaultUrl : configured)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(ParseUrl)
            .ToList();
        return new HostAddress(urls);
    }

    public string ToUrlsSetting() =>
        string.Join(';', Urls.Select(url => url.GetLeftPart(UriPartial.Authority)));

    private static Uri ParseUrl(string url)
    {
        // Uri does not parse the wildcard hosts Kestrel accepts.
        var parsable = url.Replace("://+", "://0.0.0.0", StringComparison.Ordinal)
            .Replace("://*", "://0.0.0.0", StringComparison.Ordinal);
        var uri = new Uri(parsable);
        if (uri.Port != 0)
        {
            return uri;
        }

        return new UriBuilder(uri) { Port = LoopbackPort.Free() }.Uri;
    }

    public override string ToString() => string.Join(", ", Urls.Select(url => url.ToString().TrimEnd('/')));
}
