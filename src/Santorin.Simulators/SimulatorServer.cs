using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Santorin.Simulators.Cyclades;
using Santorin.Simulators.Imagin;

namespace Santorin.Simulators;

/// <summary>
/// Both simulators in the calling process, on a free loopback port: for tests and for a development host
/// that wants them apart from its own routes.
/// </summary>
public sealed class SimulatorServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SimulatorServer(WebApplication app, Uri baseAddress, SimulatedSystems systems, SimulatorOptions options)
    {
        _app = app;
        BaseAddress = baseAddress;
        Systems = systems;
        CycladesApiKey = options.CycladesApiKey;
        ImaginApiKey = options.ImaginApiKey;
    }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>What <c>Cyclades:BaseUrl</c> should be.</summary>
    public Uri CycladesBaseUrl => new(BaseAddress, SimulatorEndpoints.CycladesPrefix.TrimStart('/'));

    /// <summary>What <c>Imagin:BaseUrl</c> should be.</summary>
    public Uri ImaginBaseUrl => new(BaseAddress, SimulatorEndpoints.ImaginPrefix.TrimStart('/'));

    public string CycladesApiKey { get; }

    public string ImaginApiKey { get; }

    public SimulatedSystems Systems { get; }

    public CycladesSimulator Cyclades => Systems.Cyclades;

    public ImaginSimulator Imagin => Systems.Imagin;

    public static async Task<SimulatorServer> StartAsync(
        SimulatorOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        options ??= new SimulatorOptions();

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        var app = builder.Build();
        var systems = app.MapSimulators(options);
        await app.StartAsync(cancellationToken);

        var address = app.Services.GetRequiredService<IServer>().Features
            .GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new SimulatorServer(app, new Uri(address.TrimEnd('/') + "/"), systems, options);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
