using System.Diagnostics;
using System.Globalization;
using Azure.Storage.Blobs;
using Santorin.Core.Exams;
using Santorin.DevHost.Simulators;
using Santorin.Infrastructure.Documents;
using Santorin.Infrastructure.Storage;

namespace Santorin.DevHost.Seeding;

/// <summary>
/// Puts the demonstration exam in the store, with the scans of the copies of its locked lots
/// (the ones a PDF can be rendered for), unless the store has it already.
/// </summary>
internal sealed class DemoSeeder(
    TableCorrectionStore store,
    BlobServiceClient blobs,
    EditionOptions edition,
    InProcessSimulators simulators,
    ILogger<DemoSeeder> logger)
{
    private const int DistinctPages = 4;

    private const int ParallelUploads = 32;

    /// <summary>Seeds the exam if absent; answers whether it did.</summary>
    public async Task<bool> SeedAsync(CancellationToken cancellationToken)
    {
        if (await store.GetSummaryAsync(DemoExam.Id, cancellationToken) is not null)
        {
            Logs.DemoPresent(logger, DemoExam.Id);
            return false;
        }

        var elapsed = Stopwatch.StartNew();
        var exam = DemoExam.Create();
        var scans = await UploadScansAsync(exam, cancellationToken);
        await store.ImportAsync(exam, cancellationToken);
        if (simulators.Any)
        {
            simulators.Register(exam);
        }

        Logs.DemoSeeded(logger, exam.Id, exam.Candidates.Count, scans, (long)elapsed.Elapsed.TotalMilliseconds);
        return true;
    }

    /// <summary>The scans go first: an exam is never visible with copies whose scans are missing.</summary>
    private async Task<int> UploadScansAsync(Exam exam, CancellationToken cancellationToken)
    {
        var container = blobs.GetBlobContainerClient(edition.ScansContainer);
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);

        var images = ScanImages.Create(DistinctPages).Select(bytes => new BinaryData(bytes)).ToList();
        var pages = exam.Lots.Where(lot => lot.Locked)
            .SelectMany(lot => lot.Copies)
            .SelectMany(copy => Enumerable.Range(1, copy.Pages).Select(page => (copy.Candidate, Page: page)))
            .ToList();
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = ParallelUploads,
            CancellationToken = cancellationToken,
        };
        await Parallel.ForEachAsync(pages, parallel, async (scan, token) =>
        {
            var name = string.Create(
                CultureInfo.InvariantCulture,
                $"{exam.Id}/{scan.Candidate}/{scan.Page:000}.jpg");
            var image = images[(scan.Page - 1) % images.Count];
            await container.GetBlobClient(name).UploadAsync(image, overwrite: true, token);
        });
        return pages.Count;
    }
}
