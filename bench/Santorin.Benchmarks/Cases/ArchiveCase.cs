using System.Diagnostics;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Santorin.Benchmarks.Harness;
using Santorin.Core.Exams;
using Santorin.Testing;

namespace Santorin.Benchmarks.Cases;

/// <summary>
/// <c>archive</c>: 300 corrected copies' PDFs, stored as blobs, zipped by the shipped archive
/// writer into one blob, against uploading the same number of bytes as one blob with the same
/// 8 MiB blocks. Meant to run in a process of its own (see <see cref="ChildProcessCase"/>) so
/// that the process's peak memory is this case's: its peak working set over the whole process,
/// setup included, must stay under 256 MB.
/// </summary>
internal sealed class ArchiveCase : IBenchCase
{
    public const int Copies = 300;
    private const int DistinctPdfs = 10;
    private const int BlockSize = 8 * 1024 * 1024;
    private const long MemoryGoal = 256L * 1024 * 1024;

    public string Name => "archive";

    public async Task<BenchResult> RunAsync(CancellationToken cancellationToken)
    {
        var blobs = new BlobServiceClient(AzuriteServer.ConnectionString);
        var containerName = AzuriteServer.UniqueName("benchdocs");
        using var documents = new ShippedDocuments(blobs, containerName);
        var container = blobs.GetBlobContainerClient(containerName);
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        var pdfs = await RenderAsync(documents, cancellationToken);
        var copies = await UploadCopiesAsync(container, pdfs, cancellationToken);
        pdfs = [.. pdfs.Take(DistinctPdfs)];
        GC.Collect();
        var setupPeak = Process.GetCurrentProcess().PeakWorkingSet64;
        var before = Environment.WorkingSet;

        var (archiveSeconds, archiveBytes, peakDuring) = await WriteArchiveAsync(documents, copies, cancellationToken);
        var floorSeconds = await UploadOneBlobAsync(container, pdfs, archiveBytes, cancellationToken);

        var processPeak = Process.GetCurrentProcess().PeakWorkingSet64;
        Console.WriteLine(
            $"  archive {archiveSeconds:F2} s ({MachineState.Megabytes(archiveBytes)}), floor {floorSeconds:F2} s, " +
            $"peak working set {MachineState.Megabytes(processPeak)}");
        return new BenchResult(
            Name,
            archiveSeconds,
            "s",
            floorSeconds,
            archiveSeconds / floorSeconds,
            1.3,
            GoalKind.AtMost,
            [
                new(
                    "process peak working set",
                    MachineState.Megabytes(processPeak),
                    "< 256 MB",
                    processPeak < MemoryGoal),
            ],
            [
                $"{Copies} copies of 9 pages, archive {MachineState.Megabytes(archiveBytes)}",
                $"peak working set of the process {MachineState.Megabytes(processPeak)} " +
                $"(its own process, setup included; {MachineState.Megabytes(setupPeak)} by the end of the setup)",
                $"working set sampled every 10 ms while zipping: {MachineState.Megabytes(before)} before, " +
                $"{MachineState.Megabytes(peakDuring)} at most",
                "floor: the same number of bytes uploaded from memory as one block blob, 8 MiB blocks",
            ]);
    }

    private static async Task<List<byte[]>> RenderAsync(ShippedDocuments documents, CancellationToken cancellationToken)
    {
        var scans = Scans.Make(PdfCase.PagesPerCopy).Select(scan => (ReadOnlyMemory<byte>)scan).ToList();
        var pdfs = new List<byte[]>();
        for (var index = 1; index <= DistinctPdfs; index++)
        {
            var (candidate, copy) = PdfCase.Copy(index);
            using var output = new MemoryStream();
            await documents.RenderAsync(candidate, copy, scans, output, cancellationToken);
            pdfs.Add(output.ToArray());
        }

        return pdfs;
    }

    private static async Task<List<(Candidate, Grade, int, string)>> UploadCopiesAsync(
        BlobContainerClient container,
        List<byte[]> pdfs,
        CancellationToken cancellationToken)
    {
        var copies = Enumerable.Range(1, Copies).Select(index =>
        {
            var (candidate, copy) = PdfCase.Copy(index);
            return (candidate, copy.Grade!.Value, PdfCase.PagesPerCopy + 1, $"copies/{candidate.Number}.pdf");
        }).ToList();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, Copies), parallel, async (i, token) =>
            await container.GetBlobClient(copies[i].Item4).UploadAsync(new BinaryData(pdfs[i % pdfs.Count]), token));
        return copies;
    }

    private static async Task<(double Seconds, long Bytes, long PeakWorkingSet)> WriteArchiveAsync(
        ShippedDocuments documents,
        List<(Candidate, Grade, int, string)> copies,
        CancellationToken cancellationToken)
    {
        using var sampling = new CancellationTokenSource();
        var sampler = SamplePeakAsync(sampling.Token);
        var watch = Stopwatch.StartNew();

        var bytes = await documents.WriteArchiveAsync("archives/bench.zip", copies, cancellationToken);

        var seconds = watch.Elapsed.TotalSeconds;
        await sampling.CancelAsync();
        return (seconds, bytes, await sampler);
    }

    private static async Task<long> SamplePeakAsync(CancellationToken cancellationToken)
    {
        var peak = Environment.WorkingSet;
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(10));
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                peak = Math.Max(peak, Environment.WorkingSet);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The archive is written: the sampling ends.
        }

        return Math.Max(peak, Environment.WorkingSet);
    }

    /// <summary>The PDFs' bytes in the archive's order, then zeros up to the archive's size.</summary>
    private static async Task<double> UploadOneBlobAsync(
        BlobContainerClient container,
        List<byte[]> pdfs,
        long bytes,
        CancellationToken cancellationToken)
    {
        var target = container.GetBlockBlobClient("floor/one.bin");
        var options = new BlockBlobOpenWriteOptions
        {
            BufferSize = BlockSize,
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/zip" },
        };
        var watch = Stopwatch.StartNew();
        await using (var blob = await target.OpenWriteAsync(true, options, cancellationToken))
        {
            var left = bytes;
            for (var i = 0; left > 0; i++)
            {
                var pdf = i < Copies ? pdfs[i % pdfs.Count] : new byte[Math.Min(left, BlockSize)];
                var length = (int)Math.Min(left, pdf.Length);
                await blob.WriteAsync(pdf.AsMemory(0, length), cancellationToken);
                left -= length;
            }
        }

        return watch.Elapsed.TotalSeconds;
    }
}
