using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Santorin.Infrastructure.Cyclades;
using Santorin.Infrastructure.Imagin;

namespace Santorin.Infrastructure.External;

public static class ExternalSystemsServiceCollectionExtensions
{
    /// <summary>Both clients, configured from the sections <c>Cyclades</c> and <c>Imagin</c>.</summary>
    public static IServiceCollection AddExternalSystems(
        this IServiceCollection services,
        IConfiguration configuration) =>
        services.AddCycladesClient(configuration).AddImaginClient(configuration);

    public static IServiceCollection AddCycladesClient(this IServiceCollection services, IConfiguration configuration)
    {
        AddClient<ICycladesClient, CycladesClient, CycladesOptions>(services, configuration, ExternalSystem.Cyclades);
        return services;
    }

    public static IServiceCollection AddImaginClient(this IServiceCollection services, IConfiguration configuration)
    {
        AddClient<IImaginClient, ImaginClient, ImaginOptions>(services, configuration, ExternalSystem.Imagin);
        return services;
    }

    private static void AddClient<TClient, TImplementation, TOptions>(
        IServiceCollection services,
        IConfiguration configuration,
        ExternalSystem system)
        where TClient : class
        where TImplementation : class, TClient
        where TOptions : ExternalSystemOptions
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<TOptions>()
            .Bind(configuration.GetSection(system.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services
            .AddHttpClient<TClient, TImplementation>((provider, client) =>
            {
                var options = provider.GetRequiredService<IOptions<TOptions>>().Value;
                client.BaseAddress = options.BaseAddress;
                client.DefaultRequestHeaders.Add("X-Api-Key", options.ApiKey);

                // The pipeline owns every timeout; the client's own would cut retries short.
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddResilienceHandler(system.Section, (builder, context) =>
            {
                var provider = context.ServiceProvider;
                ExternalResilience.Configure(
                    builder,
                    provider.GetRequiredService<IOptions<TOptions>>().Value,
                    system,
                    provider.GetRequiredService<TimeProvider>(),
                    provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ExternalResilience)));
            });
    }
}
