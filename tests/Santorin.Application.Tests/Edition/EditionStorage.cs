using System.Globalization;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Santorin.Application.Edition;
using Santorin.Testing;

namespace Santorin.Application.Tests.Edition;

/// <summary>The test Azurite as the edition sees it: scans to upload, documents and archives to look at.</summary>
internal static class EditionStorage
{
    private static readonly BlobServiceClient Blobs = new(AzuriteServer.ConnectionString);

    public static BlobContainerClient Scans => Blobs.GetBlobContainerClient("scans");

    public static BlobContainerClient Documents => Blobs.GetBlobContainerClient("documents");

    /// <summary>Uploads a scan of every page of every copy of the exam's import body.</summary>
    public static async Task UploadScansAsync(string examId, JsonObject exam, Func<string, int, bool>? skip = null)
    {
        await Scans.CreateIfNotExistsAsync();
        var pages = Harness.ExamBodies.Copies(exam)
            .SelectMany(copy => Enumerable.Range(1, (int)copy["pages"]!)
                .Select(page => ((string)copy["candidate"]!, page)))
            .Where(item => skip is null || !skip(item.Item1, item.page))
            .ToList();
        await Parallel.ForEachAsync(pages, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (item, token) =>
        {
            var (candidate, page) = item;
            var name = $"{examId}/{candidate}/{page.ToString("000", CultureInfo.InvariantCulture)}.jpg";
            await Scans.GetBlobClient(name).UploadAsync(new BinaryData(SmallScans.Page(page)), true, token);
        });
    }

    /// <summary>The names of the blobs in the documents container under a prefix.</summary>
    public static async Task<IReadOnlyList<string>> DocumentsUnderAsync(string prefix)
    {
        await Documents.CreateIfNotExistsAsync();
        var names = new List<string>();
        await foreach (var blob in Documents.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix }))
        {
            names.Add(blob.Name);
        }

        return names;
    }

    /// <summary>How many archives are recorded for the exam.</summary>
    public static async Task<int> ArchivesRecordedAsync(string examId)
    {
        var table = new TableClient(AzuriteServer.ConnectionString, ArchiveStore.TableName);
        await table.CreateIfNotExistsAsync();
        var count = 0;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {examId}");
        await foreach (var _ in table.QueryAsync<TableEntity>(filter))
        {
            count++;
        }

        return count;
    }
}
