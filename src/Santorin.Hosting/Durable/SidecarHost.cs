using System.Net;
using DurableTask.AzureStorage;
using DurableTask.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Santorin.Hosting.Durable;

/// <summary>
/// The Durable Task sidecar over the Azure Storage backend, in its own small web host (gRPC over
/// HTTP/2 cleartext on a loopback port), which the worker and the client of the app connect to.
/// It is registered before the worker so that it listens when the worker connects. On stopping,
/// it first stops its dispatchers and waits for the work in flight, while the worker is still
/// connected and can report it; only once the worker is gone does it stop listening. Work cut
/// short instead would wait for its queue message to become visible again (5 minutes).
/// </summary>
internal sealed class SidecarHost(
    AzureStorageOrchestrationService backend,
    ILoggerFactory loggerFactory,
    int port) : IHostedLifecycleService, IAsyncDisposable
{
    /// <summary>How long work in flight may take to finish when the host stops.</summary>
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(20);

    /// <summary>How long the inner host waits for open streams once the worker has left.</summary>
    private static readonly TimeSpan ListenerStopTimeout = TimeSpan.FromSeconds(2);

    private readonly ILogger _logger = loggerFactory.CreateLogger<SidecarHost>();
    private readonly StoppableOrchestrationService _service = new(backend);
    private WebApplication? _sidecar;

    public string Address => $"http://127.0.0.1:{port}";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await backend.CreateIfNotExistsAsync();

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Services.AddSingleton<IHostLifetime, InnerHostLifetime>();
        builder.Services.AddSingleton(loggerFactory);
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = ListenerStopTimeout);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(
            IPAddress.Loopback,
            port,
            listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        builder.Services.AddSingleton<IOrchestrationService>(_service);
        builder.Services.AddSingleton<IOrchestrationServiceClient>(backend);
        builder.Services.AddSingleton<TaskHubGrpcServer>();

        _sidecar = builder.Build();
        _sidecar.MapGrpcService<TaskHubGrpcServer>();
        await _sidecar.StartAsync(cancellationToken);
        Logs.SidecarStarted(_logger, Address);
    }

    /// <summary>
    /// Runs before any hosted service stops, so before the worker disconnects: the sidecar stops
    /// its dispatchers when its own host says it is stopping, then stops the backend.
    /// </summary>
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        if (_sidecar is not null)
        {
            _sidecar.Lifetime.StopApplication();
            try
            {
                await _service.Stopped.WaitAsync(DrainTimeout, cancellationToken);
                Logs.SidecarDrained(_logger);
            }
            catch (TimeoutException)
            {
                Logs.SidecarDrainTimedOut(_logger, DrainTimeout.TotalSeconds);
            }
        }
    }

    /// <summary>Runs after the worker has stopped (it was registered after this service).</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_sidecar is not null)
        {
            await _sidecar.StopAsync(cancellationToken);
            Logs.SidecarStopped(_logger);
        }
    }

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
