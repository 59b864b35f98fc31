using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Santorin.Infrastructure.Documents;

public static class DocumentsServiceCollectionExtensions
{
    /// <summary>
    /// The renderer, the scan and PDF stores, the archive writer and the links, over the
    /// <see cref="Azure.Storage.Blobs.BlobServiceClient"/> and <see cref="TimeProvider"/> the host
    /// registers; options from the <c>Edition</c> section, validated at start-up.
    /// </summary>
    public static IServiceCollection AddDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EditionOptions>()
            .Bind(configuration.GetSection(EditionOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ICopyRenderer, PdfSharpCopyRenderer>();
        services.TryAddSingleton<DocumentsContainer>();
        services.TryAddSingleton<ScanStore>();
        services.TryAddSingleton<CopyPdfStore>();
        services.TryAddSingleton<CopyArchiveWriter>();
        services.TryAddSingleton<DocumentLinks>();
        return services;
    }
}
