using System.Globalization;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Options;

namespace Santorin.Infrastructure.Documents;

/// <summary>A copy's scans as listed: each page's version, or the first page with no scan.</summary>
internal abstract record ScanInventory
{
    private ScanInventory()
    {
    }

    /// <summary>Every page has a scan; <see cref="ETags"/> holds their versions, page 1 first.</summary>
    public sealed record Complete(IReadOnlyList<ETag> ETags) : ScanInventory;

    /// <summary>The scan of <see cref="Page"/> (the first such) is absent: the API answers scans-missing.</summary>
    public sealed record Missing(int Page) : ScanInventory;
}

/// <summary>
/// Reads scans from the scans container, where a copy's page p is
/// <c>{examId}/{candidate}/{p:000}.jpg</c>.
/// </summary>
internal sealed class ScanStore(BlobServiceClient blobs, IOptions<EditionOptions> options)
{
    private const int ParallelDownloads = 4;

    private BlobContainerClient Container => blobs.GetBlobContainerClient(options.Value.ScansContainer);

    public static string BlobName(string examId, string candidate, int page) =>
        $"{examId}/{candidate}/{page.ToString("000", CultureInfo.InvariantCulture)}.jpg";

    /// <summary>Lists the copy's scans (one listing call, no download).</summary>
    public async Task<ScanInventory> InspectAsync(
        string examId,
        string candidate,
        int pages,
        CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, ETag>(StringComparer.Ordinal);
        try
        {
            var listing = new GetBlobsOptions { Prefix = $"{examId}/{candidate}/" };
            await foreach (var item in Container.GetBlobsAsync(listing, cancellationToken))
            {
                found[item.Name] = item.Properties.ETag ?? default;
            }
        }
        catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.ContainerNotFound)
        {
            return new ScanInventory.Missing(1);
        }

        return Match(examId, candidate, pages, found);
    }

    /// <summary>Downloads the scans an inventory listed, each only if it is still the version listed.</summary>
    public async Task<IReadOnlyList<ReadOnlyMemory<byte>>> DownloadAsync(
        string examId,
        string candidate,
        ScanInventory.Complete inventory,
        CancellationToken cancellationToken)
    {
        var scans = new ReadOnlyMemory<byte>[inventory.ETags.Count];
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = ParallelDownloads,
            CancellationToken = cancellationToken,
        };
        await Parallel.ForAsync(0, scans.Length, parallel, async (index, token) =>
        {
            var blob = Container.GetBlobClient(BlobName(examId, candidate, index + 1));
            var conditions = new BlobRequestConditions { IfMatch = inventory.ETags[index] };
            var content = await blob.DownloadContentAsync(new BlobDownloadOptions { Conditions = conditions }, token);
            scans[index] = content.Value.Content.ToMemory();
        });
        return scans;
    }

    private static ScanInventory Match(string examId, string candidate, int pages, Dictionary<string, ETag> found)
    {
        var etags = new ETag[pages];
        for (var page = 1; page <= pages; page++)
        {
            if (!found.TryGetValue(BlobName(examId, candidate, page), out etags[page - 1]))
            {
                return new ScanInventory.Missing(page);
            }
        }

        return new ScanInventory.Complete(etags);
    }
}
