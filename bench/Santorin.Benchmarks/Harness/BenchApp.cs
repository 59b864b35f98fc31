using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Santorin.Application;
using Santorin.Application.Http;
using Santorin.Hosting.Durable;
using Santorin.Infrastructure.Storage;
using Santorin.Simulators;
using Santorin.Testing;

namespace Santorin.Benchmarks.Harness;

/// <summary>
/// The whole API as the development host serves it: the shared services and routes on a real
/// Kestrel port, the workflows on Durable Task's Azure Storage backend (the one Durable Functions
/// uses in Azure, with host.json's limits) over Azurite, and simulators of Cyclades and Imag'In
/// over HTTP. The application's table transactions are counted on the wire; the backend's own
/// queue and table traffic is not counted, though it loads the same Azurite.
/// </summary>
internal sealed class BenchApp : IAsyncDisposable
{
    /// <summary>As the Functions host allows: an exam of 100,000 candidates is tens of megabytes.</summary>
    private const long MaxRequestBytes = 100 * 1024 * 1024;

    private readonly WebApplication _app;

    private BenchApp(WebApplication app, SimulatorServer simulators, TransactionCounter transactions, Uri address)
    {
        _app = app;
        Simulators = simulators;
        Transactions = transactions;
        Address = address;
    }

    public SimulatorServer Simulators { get; }

    public TransactionCounter Transactions { get; }

    public Uri Address { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<BenchApp> StartAsync()
    {
        var simulators = await SimulatorServer.StartAsync();
        var transactions = new TransactionCounter();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxRequestBytes);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(Settings(simulators));
        builder.Services.AddSantorinApplication(builder.Configuration);
        builder.Services.AddSingleton(CountedStorage(transactions));
        builder.Services.AddAzureStorageDurableTask(
            new DurableTaskSettings
            {
                HubName = AzuriteServer.UniqueName("benchhub"),
                WorkerId = AzuriteServer.UniqueName("bench"),
            },
            AzuriteServer.ConnectionString);

        var app = builder.Build();
        app.MapSantorinApi();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.Single();
        return new BenchApp(app, simulators, transactions, new Uri(address));
    }

    public HttpClient ManagerClient()
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromMinutes(10) };
        var manager = ClientPrincipal.Encode([ClientPrincipal.ManagerRole]);
        client.DefaultRequestHeaders.Add(ClientPrincipal.HeaderName, manager);
        return client;
    }

    /// <summary>Imports the exam through the API as a manager.</summary>
    public async Task ImportAsync(string examId, JsonObject exam, CancellationToken cancellationToken)
    {
        using var client = ManagerClient();
        using var content = new StringContent(exam.ToJsonString(), Encoding.UTF8, "application/json");
        var route = new Uri($"/api/exams/{examId}", UriKind.Relative);
        using var response = await client.PutAsync(route, content, cancellationToken);
        await EnsureStatusAsync(HttpStatusCode.OK, response, cancellationToken);
    }

    /// <summary>Starts a closure and waits for its run to end; answers the run's body.</summary>
    public async Task<JsonElement> CloseAsync(string examId, CancellationToken cancellationToken)
    {
        using var client = ManagerClient();
        using var response = await client.PostAsJsonAsync(
            new Uri($"/api/exams/{examId}/closure", UriKind.Relative),
            new { resendAll = false },
            cancellationToken);
        await EnsureStatusAsync(HttpStatusCode.Accepted, response, cancellationToken);
        var started = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return await WaitForRunAsync(client, started.GetProperty("statusUrl").GetString()!, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Simulators.DisposeAsync();
    }

    /// <summary>Polls often, so that the time measured is the closure's and not the poll's.</summary>
    private static async Task<JsonElement> WaitForRunAsync(
        HttpClient client,
        string statusUrl,
        CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var route = new Uri(statusUrl, UriKind.Relative);
            var run = await client.GetFromJsonAsync<JsonElement>(route, cancellationToken);
            var status = run.GetProperty("status").GetString();
            if (status is "completed" or "failed")
            {
                return run;
            }

            if (waited.Elapsed > TimeSpan.FromMinutes(30))
            {
                throw new TimeoutException($"The run at {statusUrl} is still {status}.");
            }

            await Task.Delay(50, cancellationToken);
        }
    }

    private static async Task EnsureStatusAsync(
        HttpStatusCode expected,
        HttpResponseMessage response,
        CancellationToken cancellationToken)
    {
        if (response.StatusCode != expected)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new InvalidOperationException($"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        }
    }

    private static StorageClients CountedStorage(TransactionCounter transactions)
    {
        var options = new TableClientOptions();
        options.AddPolicy(transactions, HttpPipelinePosition.PerCall);
        return new StorageClients(
            new TableServiceClient(AzuriteServer.ConnectionString, options),
            new BlobServiceClient(AzuriteServer.ConnectionString));
    }

    private static Dictionary<string, string?> Settings(SimulatorServer simulators) => new()
    {
        ["AzureWebJobsStorage"] = AzuriteServer.ConnectionString,
        ["Cyclades:BaseUrl"] = simulators.CycladesBaseUrl.ToString(),
        ["Cyclades:ApiKey"] = simulators.CycladesApiKey,
        ["Imagin:BaseUrl"] = simulators.ImaginBaseUrl.ToString(),
        ["Imagin:ApiKey"] = simulators.ImaginApiKey,
        // Tables of its own: Azurite's writes and queries slow down as a table fills, which Azure's
        // do not, so the measured exam does not share its tables with the warm-up's.
        ["Storage:ExamsTable"] = AzuriteServer.UniqueName("exams"),
        ["Storage:ExamDataTable"] = AzuriteServer.UniqueName("examdata"),
        ["Storage:LedgerTable"] = AzuriteServer.UniqueName("ledger"),
        ["Closure:BatchSize"] = "500",
        ["Closure:MaxParallelBatches"] = "8",
    };
}
