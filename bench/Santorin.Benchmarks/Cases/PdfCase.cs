using System.Diagnostics;
using Santorin.Benchmarks.Harness;
using Santorin.Core.Exams;

namespace Santorin.Benchmarks.Cases;

/// <summary>
/// <c>pdf</c>: corrected copies of 8 scanned pages with 20 annotations each, rendered by the
/// shipped renderer into memory, against img2pdf (the reference of lossless JPEG-to-PDF) on the
/// same JPEGs and against a plain copy of the same bytes. Rounds alternate between the three;
/// each side keeps its best round, so a burst of load on the shared machine hurts neither alone.
/// </summary>
internal sealed class PdfCase(int copies) : IBenchCase
{
    public const int PagesPerCopy = 8;
    public const int AnnotationsPerCopy = 20;
    private const int Rounds = 3;

    public string Name => "pdf";

    public async Task<BenchResult> RunAsync(CancellationToken cancellationToken)
    {
        var scans = Scans.Make(PagesPerCopy);
        var pages = scans.Select(scan => (ReadOnlyMemory<byte>)scan).ToList();
        var scanDirectory = WriteScans(scans);
        // Rendering touches no storage; the archive writer registered beside it is not used here.
        var noStorage = new Azure.Storage.Blobs.BlobServiceClient("UseDevelopmentStorage=true");
        using var documents = new ShippedDocuments(noStorage, "unused");
        var work = Enumerable.Range(1, copies).Select(Copy).ToList();
        using var output = new MemoryStream();
        await RenderAllAsync(documents, work.Take(2).ToList(), pages, output, cancellationToken);

        var (ours, peer, plain) = (double.MaxValue, double.MaxValue, double.MaxValue);
        Img2PdfRun? peerRun = null;
        for (var round = 1; round <= Rounds; round++)
        {
            ours = Math.Min(ours, await RenderAllAsync(documents, work, pages, output, cancellationToken));
            peerRun = await Img2Pdf.ConvertAsync(scanDirectory, copies, cancellationToken);
            peer = Math.Min(peer, peerRun.Seconds);
            plain = Math.Min(plain, CopyAll(scans, copies));
            Console.WriteLine(
                $"  round {round}: ours {ours:F3} s, img2pdf {peerRun.Seconds:F3} s, " +
                $"plain copy {plain:F4} s (best so far)");
        }

        Directory.Delete(scanDirectory, recursive: true);
        return Result(scans, output.Length, ours, peer, plain, peerRun!);
    }

    private BenchResult Result(
        byte[][] scans,
        long pdfBytes,
        double ours,
        double peer,
        double plain,
        Img2PdfRun peerRun)
    {
        var scanBytes = scans.Sum(scan => (long)scan.Length);
        var scannedPages = (double)copies * PagesPerCopy;
        return new BenchResult(
            Name,
            scannedPages / ours,
            "pages/s",
            scannedPages / peer,
            peer / ours,
            1.0,
            GoalKind.AtLeast,
            [],
            [
                $"{copies} copies of {PagesPerCopy} scans ({scanBytes / 1024} KiB a copy), " +
                $"{AnnotationsPerCopy} annotations each",
                $"ratio is img2pdf {peerRun.Version}'s time over ours",
                $"ours takes {ours / plain:F0}× a plain copy of the same bytes ({scannedPages / plain:F0} pages/s)",
                $"bytes out / bytes in: ours {(double)pdfBytes / scanBytes:F4} (a cover page more), " +
                $"img2pdf {(double)peerRun.Bytes / scanBytes:F4}",
            ]);
    }

    private static async Task<double> RenderAllAsync(
        ShippedDocuments documents,
        IReadOnlyList<(Candidate Candidate, Copy Copy)> work,
        IReadOnlyList<ReadOnlyMemory<byte>> pages,
        MemoryStream output,
        CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        foreach (var (candidate, copy) in work)
        {
            output.SetLength(0);
            await documents.RenderAsync(candidate, copy, pages, output, cancellationToken);
        }

        return watch.Elapsed.TotalSeconds;
    }

    private static double CopyAll(byte[][] scans, int copies)
    {
        using var output = new MemoryStream();
        var watch = Stopwatch.StartNew();
        for (var copy = 0; copy < copies; copy++)
        {
            output.SetLength(0);
            foreach (var scan in scans)
            {
                output.Write(scan);
            }
        }

        return watch.Elapsed.TotalSeconds;
    }

    private static string WriteScans(byte[][] scans)
    {
        var directory = Directory.CreateTempSubdirectory("santorin-bench-scans-").FullName;
        for (var page = 0; page < scans.Length; page++)
        {
            File.WriteAllBytes(Path.Combine(directory, $"{page + 1:000}.jpg"), scans[page]);
        }

        return directory;
    }

    /// <summary>A graded copy whose 20 annotations mix texts, strokes and marks over its pages.</summary>
    public static (Candidate Candidate, Copy Copy) Copy(int index)
    {
        var number = "026" + index.ToString("00000000", System.Globalization.CultureInfo.InvariantCulture);
        var annotations = Enumerable.Range(0, AnnotationsPerCopy).Select(Annotation).ToList();
        var copy = new Copy(
            number,
            Grade.Create(8m + (index % 25) / 2m, 20m),
            "Argumentation solide, mais la conclusion reste à développer.",
            PagesPerCopy,
            annotations);
        return (new Candidate(number, $"Nom{index}", $"Prénom{index}", false), copy);
    }

    private static Annotation Annotation(int index)
    {
        var page = 1 + index % PagesPerCopy;
        var y = 0.1 + 0.04 * index;
        return (index % 3) switch
        {
            0 => new TextAnnotation(page, 0.12, y, "Très bien, élève appliqué"),
            1 => new StrokeAnnotation(page, [new(0.1, y), new(0.3, y + 0.02), new(0.42, y), new(0.5, y + 0.01)]),
            _ => new MarkAnnotation(page, 0.8, y, (MarkSymbol)(index / 3 % 3)),
        };
    }
}
