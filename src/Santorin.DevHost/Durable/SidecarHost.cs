using System.Net;
using DurableTask.AzureStorage;
using DurableTask.Core;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;

namespace Santorin.DevHost.Durable;

/// <summary>
/// The Durable Task sidecar over the Azure Storage backend, in its own small web host (gRPC over
/// HTTP/2 cleartext on a loopback port), which the worker and the client of the app connect to.
/// It is registered before the worker so that it listens when the worker connects, and it stops
/// its dispatchers while the worker is still connected, so that work in flight completes and is
/// recorded rather than waiting for its queue message to become visible again after a restart.
/// </summary>
internal sealed class SidecarHost(
    AzureStorageOrchestrationService service,
    ILoggerFactory loggerFactory,
    int port) : IHostedLifecycleService, IAsyncDisposable
{
    /// <summary>How long the inner host waits for the worker's open stream on stopping.</summary>
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(5);

    private readonly ILogger _logger = loggerFactory.CreateLogger<SidecarHost>();
    private WebApplication? _sidecar;

    public string Address => $"http://127.0.0.1:{port}";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await service.CreateIfNotExistsAsync();

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Services.AddSingleton<IHostLifetime, InnerHostLifetime>();
        builder.Services.AddSingleton(loggerFactory);
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = DrainTimeout);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(
            IPAddress.Loopback,
            port,
            listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        builder.Services.AddSingleton<IOrchestrationService>(service);
        builder.Services.AddSingleton<IOrchestrationServiceClient>(service);
        builder.Services.AddSingleton<TaskHubGrpcServer>();

        _sidecar = builder.Build();
        _sidecar.MapGrpcService<TaskHubGrpcServer>();
        await _sidecar.StartAsync(cancellationToken);
        Logs.SidecarStarted(_logger, Address);
    }

    /// <summary>Runs before any hosted service stops, so before the worker disconnects.</summary>
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        if (_sidecar is not null)
        {
            await _sidecar.StopAsync(cancellationToken);
            Logs.SidecarStopped(_logger);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_sidecar is not null)
        {
            await _sidecar.DisposeAsync();
        }
    }

    /// <summary>The inner host starts and stops with the app: it must not listen to Ctrl+C itself.</summary>
    private sealed class InnerHostLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
