using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Santorin.Application.Closure;
using Santorin.Application.Edition;
using Santorin.Application.Exams;
using Santorin.Infrastructure.External;
using Santorin.Infrastructure.Runs;
using Santorin.Infrastructure.Storage;

namespace Santorin.Application;

/// <summary>Everything the API and the workflows need, registered the same way by both hosts.</summary>
public static class SantorinServices
{
    public static IServiceCollection AddSantorinApplication(
        this IServiceCollection services,
        IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddExternalSystems(configuration);
        AddStorage(services, configuration);

        services.AddOptions<ClosureOptions>()
            .Bind(configuration.GetSection(ClosureOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ClosureActivities>();
        services.AddSingleton<PublicationCache>();
        services.AddSingleton<ExamHandlers>();
        services.AddSingleton<ClosureHandlers>();
        services.AddSantorinEdition(configuration);
        return services;
    }

    private static void AddStorage(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<StorageOptions>>().Value);
        services.AddSingleton(_ => StorageClients.FromConfiguration(configuration));
        services.AddSingleton(provider => provider.GetRequiredService<StorageClients>().Tables);
        services.AddSingleton(provider => provider.GetRequiredService<StorageClients>().Blobs);
        services.AddSingleton<TableCorrectionStore>();
        services.AddSingleton<TableLedger>();
        services.AddSingleton(provider => new RunStore(
            provider.GetRequiredService<StorageClients>().Tables,
            new RunStoreOptions()));
        services.AddSingleton(provider => new ClosureWorkStore(provider.GetRequiredService<StorageClients>().Blobs));
        services.TryAddSingleton(typeof(ILogger<>), typeof(Logger<>));
    }
}
