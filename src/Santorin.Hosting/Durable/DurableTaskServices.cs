using DurableTask.AzureStorage;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Grpc.Internal;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Santorin.Application;
using Santorin.Infrastructure.Storage;

namespace Santorin.Hosting.Durable;

public static class DurableTaskServices
{
    /// <summary>
    /// The workflows on the backend Durable Functions uses in Azure (Azure Storage), served in
    /// process to a gRPC worker and client: a run survives a restart of the host. The task hub is
    /// read from section <c>DurableTask</c>, the storage account from <c>AzureWebJobsStorage</c>.
    /// </summary>
    public static IServiceCollection AddAzureStorageDurableTask(
        this IServiceCollection services,
        IConfiguration configuration)
    {
        var settings = configuration.GetSection(DurableTaskSettings.SectionName).Get<DurableTaskSettings>()
            ?? new DurableTaskSettings();
        var connectionString = configuration[StorageClients.SettingName];
        if (string.IsNullOrWhiteSpace(connectionString) || connectionString.TrimStart().StartsWith('{'))
        {
            throw new InvalidOperationException(
                $"Les orchestrations hors de l'hôte Functions attendent une chaîne de connexion dans "
                + $"{StorageClients.SettingName}.");
        }

        return services.AddAzureStorageDurableTask(settings, connectionString);
    }

    /// <inheritdoc cref="AddAzureStorageDurableTask(IServiceCollection, IConfiguration)"/>
    public static IServiceCollection AddAzureStorageDurableTask(
        this IServiceCollection services,
        DurableTaskSettings settings,
        string connectionString)
    {
        var port = LoopbackPort.Free();
        services.AddSingleton(provider => new AzureStorageOrchestrationService(
            BackendSettings(settings, connectionString, provider.GetRequiredService<ILoggerFactory>())));
        services.AddSingleton(provider => new SidecarHost(
            provider.GetRequiredService<AzureStorageOrchestrationService>(),
            provider.GetRequiredService<ILoggerFactory>(),
            port));
        services.AddHostedService(provider => provider.GetRequiredService<SidecarHost>());

        var address = $"http://127.0.0.1:{port}";
        services.AddDurableTaskWorker(worker =>
        {
            worker.UseGrpc(grpc =>
            {
                grpc.Address = address;

                // The worker reconnects when its stream has been silent for 2 minutes, expecting the
                // backend's health pings, which this sidecar never sends: a run started as the worker
                // reconnected after a quiet spell stalled for good. On loopback, in one process, a
                // silent stream only means there is no work.
                grpc.SetSilentDisconnectTimeout(TimeSpan.Zero);
            });
            worker.AddTasks(registry => registry.AddSantorinWorkflows());
        });
        services.AddDurableTaskClient(client =>
        {
            client.UseGrpc(address);
            client.RegisterDirectly();
        });
        return services;
    }

    private static AzureStorageOrchestrationServiceSettings BackendSettings(
        DurableTaskSettings settings,
        string connectionString,
        ILoggerFactory loggerFactory) => new()
        {
            StorageAccountClientProvider = new StorageAccountClientProvider(connectionString),
            TaskHubName = settings.HubName,
            WorkerId = settings.WorkerId,
            PartitionCount = settings.PartitionCount,
            MaxConcurrentTaskActivityWorkItems = settings.MaxConcurrentActivities,

            MaxQueuePollingInterval = settings.MaxQueuePollingInterval,

            // Control messages read ahead when the host stopped stay invisible this long, and a run
            // resumes only after it (5 minutes by default). A message seen twice is recognised and
            // dropped by the backend; an orchestration step takes milliseconds.
            ControlQueueVisibilityTimeout = TimeSpan.FromSeconds(20),

            // Without it this backend ignores dedupe statuses, and a second closure start would
            // silently replace the running one instead of being refused.
            ThrowExceptionOnInvalidDedupeStatus = true,
            LoggerFactory = loggerFactory,
        };
}
