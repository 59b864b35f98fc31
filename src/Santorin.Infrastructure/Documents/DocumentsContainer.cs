using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;

namespace Santorin.Infrastructure.Documents;

/// <summary>The documents container, created on first use by each service holding one.</summary>
internal sealed class DocumentsContainer(BlobServiceClient blobs, IOptions<EditionOptions> options)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private BlobContainerClient? _created;

    /// <summary>The Content-Disposition of a download; the names given are ASCII already.</summary>
    public static string Attachment(string fileName) => $"attachment; filename=\"{fileName}\"";

    public async Task<BlobContainerClient> GetAsync(CancellationToken cancellationToken)
    {
        if (_created is { } created)
        {
            return created;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            var container = blobs.GetBlobContainerClient(options.Value.DocumentsContainer);
            await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            _created = container;
            return container;
        }
        finally
        {
            _gate.Release();
        }
    }
}
