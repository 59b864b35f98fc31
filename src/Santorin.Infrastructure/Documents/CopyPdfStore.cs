using System.Diagnostics;
using System.Globalization;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;

namespace Santorin.Infrastructure.Documents;

/// <summary>The outcome of asking for a copy's PDF.</summary>
internal abstract record CopyPdfResult
{
    private CopyPdfResult()
    {
    }

    /// <summary>The PDF is in the documents container under <see cref="BlobName"/>.</summary>
    public sealed record Stored(string BlobName, string FileName, int Pages, long Bytes, bool Reused) : CopyPdfResult;

    /// <summary>The scan of <see cref="Page"/> is absent, so nothing was rendered.</summary>
    public sealed record ScansMissing(int Page) : CopyPdfResult;
}

/// <summary>
/// Gives a corrected copy's PDF from the documents container, rendering and storing it only when
/// no PDF of the same fingerprint is there yet.
/// </summary>
internal sealed class CopyPdfStore(
    DocumentsContainer documents,
    ScanStore scans,
    ICopyRenderer renderer,
    ILogger<CopyPdfStore> logger)
{
    public const string PagesMetadata = "pages";

    public async Task<CopyPdfResult> GetOrRenderAsync(CorrectedCopy copy, CancellationToken cancellationToken)
    {
        var candidate = copy.Candidate;
        var inventory = await scans.InspectAsync(copy.ExamId, candidate.Number, copy.Copy.Pages, cancellationToken);
        if (inventory is ScanInventory.Missing missing)
        {
            Logs.ScanMissing(logger, copy.ExamId, missing.Page);
            return new CopyPdfResult.ScansMissing(missing.Page);
        }

        var complete = (ScanInventory.Complete)inventory;
        var name = BlobName(copy, CopyFingerprint.Compute(copy, complete.ETags, renderer.Version));
        var fileName = ArchiveEntryNames.ForCopy(candidate.Number, candidate.LastName, candidate.FirstName);
        var container = await documents.GetAsync(cancellationToken);
        var blob = container.GetBlobClient(name);

        return await FindAsync(copy.ExamId, blob, fileName, cancellationToken)
            ?? await RenderAsync(copy, complete, blob, fileName, cancellationToken);
    }

    /// <summary><c>copies/{examId}/{candidate}/{fingerprint}.pdf</c> in the documents container.</summary>
    internal static string BlobName(CorrectedCopy copy, string fingerprint) =>
        $"copies/{copy.ExamId}/{copy.Candidate.Number}/{fingerprint}.pdf";

    private async Task<CopyPdfResult.Stored?> FindAsync(
        string examId,
        BlobClient blob,
        string fileName,
        CancellationToken cancellationToken)
    {
        try
        {
            var properties = await blob.GetPropertiesAsync(cancellationToken: cancellationToken);
            var pages = int.Parse(properties.Value.Metadata[PagesMetadata], CultureInfo.InvariantCulture);
            Logs.CopyPdfReused(logger, examId, blob.Name, pages);
            return new CopyPdfResult.Stored(blob.Name, fileName, pages, properties.Value.ContentLength, true);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    private async Task<CopyPdfResult> RenderAsync(
        CorrectedCopy copy,
        ScanInventory.Complete inventory,
        BlobClient blob,
        string fileName,
        CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var jpegs = await scans.DownloadAsync(copy.ExamId, copy.Candidate.Number, inventory, cancellationToken);
        using var pdf = new MemoryStream();
        var rendered = await renderer.RenderAsync(new CopyDocument(copy, jpegs), pdf, cancellationToken);

        pdf.Position = 0;
        var stored = await UploadAsync(blob, pdf, fileName, rendered.Pages, cancellationToken);
        Logs.CopyPdfRendered(logger, copy.ExamId, blob.Name, rendered.Pages, rendered.Bytes, watch.ElapsedMilliseconds);
        return stored
            ? new CopyPdfResult.Stored(blob.Name, fileName, rendered.Pages, rendered.Bytes, false)
            : await FindAsync(copy.ExamId, blob, fileName, cancellationToken)
                ?? throw new InvalidOperationException($"The PDF {blob.Name} was written by another call, then lost.");
    }

    /// <summary>Writes the PDF unless another call wrote the same one first (false then).</summary>
    private static async Task<bool> UploadAsync(
        BlobClient blob,
        Stream pdf,
        string fileName,
        int pages,
        CancellationToken cancellationToken)
    {
        var upload = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders
            {
                ContentType = "application/pdf",
                ContentDisposition = DocumentsContainer.Attachment(fileName),
            },
            Metadata = new Dictionary<string, string>
            {
                [PagesMetadata] = pages.ToString(CultureInfo.InvariantCulture),
            },
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
        };
        try
        {
            await blob.UploadAsync(pdf, upload, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.BlobAlreadyExists)
        {
            return false;
        }
    }
}
