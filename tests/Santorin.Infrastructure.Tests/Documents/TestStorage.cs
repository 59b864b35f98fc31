using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Santorin.Infrastructure.Documents;
using Santorin.Testing;

namespace Santorin.Infrastructure.Tests.Documents;

/// <summary>Azurite with containers of the test's own, and the services over them.</summary>
internal sealed class TestStorage
{
    public TestStorage()
    {
        Options = Microsoft.Extensions.Options.Options.Create(new EditionOptions
        {
            ScansContainer = AzuriteServer.UniqueName("scans"),
            DocumentsContainer = AzuriteServer.UniqueName("documents"),
        });
        Documents = new DocumentsContainer(Blobs, Options);
        Scans = new ScanStore(Blobs, Options);
    }

    public BlobServiceClient Blobs { get; } = new(AzuriteServer.ConnectionString);

    public IOptions<EditionOptions> Options { get; }

    public DocumentsContainer Documents { get; }

    public ScanStore Scans { get; }

    public BlobContainerClient ScansContainer => Blobs.GetBlobContainerClient(Options.Value.ScansContainer);

    public BlobContainerClient DocumentsContainer => Blobs.GetBlobContainerClient(Options.Value.DocumentsContainer);

    public CopyPdfStore PdfStore(ICopyRenderer? renderer = null) =>
        new(Documents, Scans, renderer ?? Samples.Renderer(), NullLogger<CopyPdfStore>.Instance);

    public async Task UploadScansAsync(string examId, string candidate, int pages, params int[] skipped)
    {
        await ScansContainer.CreateIfNotExistsAsync();
        for (var page = 1; page <= pages; page++)
        {
            if (!skipped.Contains(page))
            {
                var blob = ScansContainer.GetBlobClient(ScanStore.BlobName(examId, candidate, page));
                await blob.UploadAsync(new BinaryData(TestScans.Page(page)), true);
            }
        }
    }
}
