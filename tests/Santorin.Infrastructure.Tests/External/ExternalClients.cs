using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Santorin.Infrastructure.Cyclades;
using Santorin.Infrastructure.External;
using Santorin.Infrastructure.Imagin;
using Santorin.Simulators;

namespace Santorin.Infrastructure.Tests.External;

/// <summary>
/// Both clients built the way a host builds them, from configuration, each test with its own
/// container (so its own circuit breakers). Backoff is shortened so that real-clock tests stay quick.
/// </summary>
internal sealed class ExternalClients : IDisposable
{
    private readonly ServiceProvider _services;

    private ExternalClients(ServiceProvider services) => _services = services;

    public ICycladesClient Cyclades => _services.GetRequiredService<ICycladesClient>();

    public IImaginClient Imagin => _services.GetRequiredService<IImaginClient>();

    public static ExternalClients For(
        SimulatorServer server,
        TimeProvider? time = null,
        Action<Dictionary<string, string?>>? configure = null) =>
        Create(
            server.CycladesBaseUrl,
            server.CycladesApiKey,
            server.ImaginBaseUrl,
            server.ImaginApiKey,
            time,
            configure);

    public static ExternalClients Create(
        Uri cycladesUrl,
        string cycladesKey,
        Uri imaginUrl,
        string imaginKey,
        TimeProvider? time = null,
        Action<Dictionary<string, string?>>? configure = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Cyclades:BaseUrl"] = cycladesUrl.AbsoluteUri,
            ["Cyclades:ApiKey"] = cycladesKey,
            ["Imagin:BaseUrl"] = imaginUrl.AbsoluteUri,
            ["Imagin:ApiKey"] = imaginKey,
        };
        foreach (var section in new[] { "Cyclades", "Imagin" })
        {
            settings[$"{section}:RetryBaseDelay"] = "00:00:00.010";
            settings[$"{section}:RetryMaxDelay"] = "00:00:00.100";
        }

        configure?.Invoke(settings);
        return new ExternalClients(BuildServices(settings, time));
    }

    public static ServiceProvider BuildServices(IDictionary<string, string?> settings, TimeProvider? time = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddExternalSystems(configuration);
        return services.BuildServiceProvider(
            new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public void Dispose() => _services.Dispose();
}
