using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.DurableTask.Testing;
using Microsoft.DurableTask.Worker.Grpc;
using Microsoft.DurableTask.Worker.Grpc.Internal;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Santorin.Application.Http;
using Santorin.Simulators;
using Santorin.Testing;

namespace Santorin.Application.Tests.Harness;

/// <summary>
/// The whole API on a real Kestrel port: the shared services and routes, the workflows on the
/// in-process Durable Task host, the test Azurite, and simulators of Cyclades and Imag'In over HTTP.
/// Each test uses its own exam id, so tests share Azurite's tables and run in parallel.
/// </summary>
public sealed class SantorinApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SantorinApp(WebApplication app, SimulatorServer simulators, Uri address)
    {
        _app = app;
        Simulators = simulators;
        Address = address;
    }

    /// <summary>As the Functions host allows: an exam of 100,000 candidates is tens of megabytes.</summary>
    public const long MaxRequestBytes = 100 * 1024 * 1024;

    public SimulatorServer Simulators { get; }

    public Uri Address { get; }

    public IServiceProvider Services => _app.Services;

    public static string Manager { get; } = ClientPrincipal.Encode([ClientPrincipal.ManagerRole]);

    public static string Corrector(string correctorId) =>
        ClientPrincipal.Encode([ClientPrincipal.CorrectorRole], correctorId);

    /// <summary>
    /// The in-process Durable Task host takes a port that was free when it looked, which another
    /// server starting beside it may take first: the start is tried again on a new port then.
    /// </summary>
    public static async Task<SantorinApp> StartAsync(
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var simulators = await SimulatorServer.StartAsync();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StartAsync(simulators, settings, configureServices);
            }
            catch (IOException exception) when (attempt < 5 && exception.InnerException is AddressInUseException)
            {
                // Built again below, with a port of its own.
            }
        }
    }

    private static async Task<SantorinApp> StartAsync(
        SimulatorServer simulators,
        IDictionary<string, string?>? settings,
        Action<IServiceCollection>? configureServices)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxRequestBytes);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(Settings(simulators, settings));
        builder.Services.AddSantorinApplication(builder.Configuration);
        builder.Services.AddInMemoryDurableTask(registry => registry.AddSantorinWorkflows());

        // The in-process sidecar sends no health pings: without this, the worker reconnects after
        // two quiet minutes, and a run started meanwhile can stall.
        builder.Services.ConfigureAll<GrpcDurableTaskWorkerOptions>(
            grpc => grpc.SetSilentDisconnectTimeout(TimeSpan.Zero));
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapSantorinApi();
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.Single();
        return new SantorinApp(app, simulators, new Uri(address));
    }

    /// <summary>A client of the API signed in with the given principal header (none when null).</summary>
    public HttpClient Client(string? principal)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromMinutes(5) };
        if (principal is not null)
        {
            client.DefaultRequestHeaders.Add(ClientPrincipal.HeaderName, principal);
        }

        return client;
    }

    /// <summary>Imports the exam through the API as a manager, and seeds both simulators with it.</summary>
    public async Task ImportAsync(string examId, JsonObject exam, bool seedSimulators = true)
    {
        using var client = Client(Manager);
        using var content = new StringContent(exam.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PutAsync($"/api/exams/{examId}", content);
        await ApiAssert.StatusAsync(System.Net.HttpStatusCode.OK, response);
        if (seedSimulators)
        {
            SeedSimulators(examId, exam);
        }
    }

    public void SeedSimulators(string examId, JsonObject exam)
    {
        var candidates = exam["candidates"]!.AsArray().Select(candidate => (string)candidate!["number"]!);
        var correctors = exam["correctors"]!.AsArray().Select(corrector => (string)corrector!["id"]!);
        var maximum = exam["maxGrade"] is { } max
            ? decimal.Parse(max.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture)
            : 20m;
        Simulators.Cyclades.SeedExam(examId, maximum, candidates);
        Simulators.Imagin.SeedExam(examId, correctors);
    }

    /// <summary>Starts a closure and waits for its run to end; answers the run's body.</summary>
    public async Task<JsonElement> CloseAsync(string examId, bool resendAll = false)
    {
        using var client = Client(Manager);
        using var response = await client.PostAsJsonAsync($"/api/exams/{examId}/closure", new { resendAll });
        await ApiAssert.StatusAsync(System.Net.HttpStatusCode.Accepted, response);
        var started = await response.Content.ReadFromJsonAsync<JsonElement>();
        return await WaitForRunAsync(client, started.GetProperty("statusUrl").GetString()!);
    }

    public static async Task<JsonElement> WaitForRunAsync(HttpClient client, string statusUrl)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(4);
        while (true)
        {
            var run = await client.GetFromJsonAsync<JsonElement>(statusUrl);
            var status = run.GetProperty("status").GetString();
            if (status is "completed" or "failed")
            {
                return run;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The run at {statusUrl} is still {status}.");
            }

            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Simulators.DisposeAsync();
    }

    private static Dictionary<string, string?> Settings(SimulatorServer simulators, IDictionary<string, string?>? extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = AzuriteServer.ConnectionString,
            ["Cyclades:BaseUrl"] = simulators.CycladesBaseUrl.ToString(),
            ["Cyclades:ApiKey"] = simulators.CycladesApiKey,
            ["Cyclades:RetryBaseDelay"] = "00:00:00.050",
            ["Cyclades:RetryMaxDelay"] = "00:00:00.200",
            ["Imagin:BaseUrl"] = simulators.ImaginBaseUrl.ToString(),
            ["Imagin:ApiKey"] = simulators.ImaginApiKey,
            ["Imagin:RetryBaseDelay"] = "00:00:00.050",
            ["Imagin:RetryMaxDelay"] = "00:00:00.200",
            ["Closure:BatchSize"] = "25",
            ["Closure:MaxParallelBatches"] = "4",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }
}
