using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Santorin.Application.Exams;
using Santorin.Infrastructure.Documents;
using Santorin.Infrastructure.Storage;

namespace Santorin.Application.Edition;

public static class EditionServices
{
    /// <summary>
    /// The documents (renderer, scans, PDFs, zips, links), the search index cache, the archives'
    /// store, the edition handlers and the archive activities; options from section <c>Edition</c>.
    /// </summary>
    public static IServiceCollection AddSantorinEdition(
        this IServiceCollection services,
        IConfiguration configuration)
    {
        services.AddDocuments(configuration);
        services.AddOptions<ArchiveOptions>()
            .Bind(configuration.GetSection(ArchiveOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // The constructors are internal (they take internal documents services), which the
        // container does not call by itself.
        services.AddSingleton(provider => new CandidateIndexCache(
            provider.GetRequiredService<TableCorrectionStore>(),
            provider.GetRequiredService<IOptions<ArchiveOptions>>(),
            provider.GetRequiredService<ILogger<CandidateIndexCache>>()));
        services.AddSingleton(provider => new ArchiveStore(provider.GetRequiredService<StorageClients>().Tables));
        services.AddSingleton(provider => new EditionHandlers(
            provider.GetRequiredService<ExamHandlers>(),
            provider.GetRequiredService<TableCorrectionStore>(),
            provider.GetRequiredService<CandidateIndexCache>(),
            provider.GetRequiredService<CopyPdfStore>(),
            provider.GetRequiredService<ScanStore>(),
            provider.GetRequiredService<DocumentLinks>(),
            provider.GetRequiredService<ArchiveStore>(),
            provider.GetRequiredService<IOptions<ArchiveOptions>>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<EditionHandlers>>()));
        services.AddSingleton(provider => new ArchiveActivities(
            provider.GetRequiredService<TableCorrectionStore>(),
            provider.GetRequiredService<CandidateIndexCache>(),
            provider.GetRequiredService<CopyPdfStore>(),
            provider.GetRequiredService<CopyArchiveWriter>(),
            provider.GetRequiredService<ArchiveStore>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<ArchiveActivities>>()));
        return services;
    }
}
