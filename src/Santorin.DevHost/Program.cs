using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging.Console;
using Santorin.Application;
using Santorin.Application.Http;
using Santorin.DevHost;
using Santorin.Hosting.Durable;
using Santorin.DevHost.Logging;
using Santorin.DevHost.Seeding;
using Santorin.DevHost.Simulators;
using Santorin.DevHost.Storage;
using Santorin.Infrastructure.Documents;
using Santorin.Infrastructure.Storage;
using Santorin.Simulators;

const string NoSeedArgument = "--no-seed";

var seed = !args.Contains(NoSeedArgument);
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = [.. args.Where(argument => argument != NoSeedArgument)],
    // appsettings.json beside the binary, wherever the host is started from.
    ContentRootPath = AppContext.BaseDirectory,
});
builder.Logging.ClearProviders();
builder.Logging.AddConsole();
builder.Logging.AddConsoleFormatter<CompactConsoleFormatter, ConsoleFormatterOptions>();

var address = HostAddress.FromConfiguration(builder.Configuration);
builder.WebHost.UseUrls(address.ToUrlsSetting());

await using var azurite = string.IsNullOrWhiteSpace(builder.Configuration[StorageClients.SettingName])
    ? await AzuriteProcess.StartAsync(builder.Configuration["DevHost:AzuriteLocation"], CancellationToken.None)
    : null;
if (azurite is not null)
{
    builder.Configuration[StorageClients.SettingName] = azurite.ConnectionString;
}

var simulatorOptions = builder.Configuration.GetSection(SimulatorOptions.SectionName).Get<SimulatorOptions>()
    ?? new SimulatorOptions();
var (cyclades, imagin) = InProcessSimulators.Configure(builder.Configuration, address.Reachable, simulatorOptions);
var edition = builder.Configuration.GetSection(EditionOptions.Section).Get<EditionOptions>() ?? new EditionOptions();

builder.Services.AddSantorinApplication(builder.Configuration);
builder.Services.AddAzureStorageDurableTask(builder.Configuration);
builder.Services.AddSingleton(provider => new InProcessSimulators(
    simulatorOptions,
    cyclades,
    imagin,
    provider.GetRequiredService<TableServiceClient>(),
    provider.GetRequiredService<StorageOptions>(),
    provider.GetRequiredService<TableCorrectionStore>(),
    provider.GetRequiredService<ILogger<InProcessSimulators>>()));
builder.Services.AddSingleton(provider => new DemoSeeder(
    provider.GetRequiredService<TableCorrectionStore>(),
    provider.GetRequiredService<BlobServiceClient>(),
    edition,
    provider.GetRequiredService<InProcessSimulators>(),
    provider.GetRequiredService<ILogger<DemoSeeder>>()));

await using var app = builder.Build();
var simulators = app.Services.GetRequiredService<InProcessSimulators>();
app.UseMiddleware<RequestLogging>();
app.UseImportMirror(simulators);
app.MapSantorinApi();
simulators.Map(app);

if (azurite is not null)
{
    Logs.AzuriteStarted(app.Services.GetRequiredService<ILogger<AzuriteProcess>>(), azurite.Location);
}

if (seed)
{
    await app.Services.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None);
}

await simulators.RegisterStoredExamsAsync(CancellationToken.None);
await app.StartAsync();
Banner.Print(
    Console.Out,
    address,
    azurite is null ? "AzureWebJobsStorage" : $"Azurite, données dans {azurite.Location}",
    simulators,
    app.Services.GetRequiredService<EndpointDataSource>());
await app.WaitForShutdownAsync();
