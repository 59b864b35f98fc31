using System.IO.Compression;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Santorin.Core.Exams;
using Santorin.Infrastructure.Documents;
using Santorin.Testing;

namespace Santorin.Infrastructure.Tests.Documents;

public sealed class CopyArchiveWriterTests
{
    private static readonly Lazy<Task<byte[]>> SmallPdf = new(RenderSmallPdfAsync);

    private readonly TestStorage _storage = new();

    [Fact]
    public async Task WriteAsync_ThreeCopies_WritesAValidZipWithNamesAndManifest()
    {
        var pdf = await SmallPdf.Value;
        var entries = new[]
        {
            await EntryAsync("02612345678", "N'Diaye", "Élodie", 14.5m, pdf),
            await EntryAsync("02600000001", "Martin", "Paul", 8m, pdf),
            await EntryAsync("02600000002", "Le Gall; Kerouac", "Anne \"Nanou\"", 20m, pdf),
        };
        var sut = Writer();

        var written = await sut.WriteAsync("archives/a1.zip", "archive.zip", entries, null, CancellationToken.None);

        var zip = await DownloadAsync(written.BlobName);
        var (names, manifest) = await TestZipAsync(zip);
        Assert.Equal(
            [
                "manifest.csv",
                "02612345678_N-DIAYE_Elodie.pdf",
                "02600000001_MARTIN_Paul.pdf",
                "02600000002_LE-GALL-KEROUAC_Anne-Nanou.pdf",
            ],
            names);
        Assert.Equal(
            "number;lastName;firstName;grade;pages\n" +
            "02612345678;N'Diaye;Élodie;14.50;2\n" +
            "02600000001;Martin;Paul;8.00;2\n" +
            "02600000002;\"Le Gall; Kerouac\";\"Anne \"\"Nanou\"\"\";20.00;2\n",
            manifest);
        Assert.Equal(zip.Length, written.Bytes);
        using var archive = new ZipArchive(new MemoryStream(zip));
        var entry = archive.GetEntry("02612345678_N-DIAYE_Elodie.pdf")!;
        Assert.Equal(entry.Length, entry.CompressedLength);
        await using var content = await entry.OpenAsync();
        using var copied = new MemoryStream();
        await content.CopyToAsync(copied);
        Assert.Equal(pdf, copied.ToArray());
    }

    [Fact]
    public async Task WriteAsync_AnyArchive_IsServedAsAZipAttachment()
    {
        var entries = new[] { await EntryAsync("1", "Martin", "Paul", 10m, await SmallPdf.Value) };
        var sut = Writer();

        await sut.WriteAsync("archives/a2.zip", "copies-C0001.zip", entries, null, CancellationToken.None);

        var blob = _storage.DocumentsContainer.GetBlobClient("archives/a2.zip");
        var properties = (await blob.GetPropertiesAsync()).Value;
        Assert.Equal("application/zip", properties.ContentType);
        Assert.Equal("attachment; filename=\"copies-C0001.zip\"", properties.ContentDisposition);
    }

    [Fact]
    public async Task WriteAsync_300Copies_StreamsThemAllAndReportsEachOne()
    {
        var pdf = await SmallPdf.Value;
        var shared = await EntryAsync("0", "Shared", "Copy", 12m, pdf);
        var entries = Enumerable.Range(1, 300)
            .Select(i => shared with { Number = $"026{i:00000000}", LastName = $"Élève {i}", FirstName = "Zoé" })
            .ToArray();
        var reports = new List<ArchiveProgress>();
        var sut = Writer();

        var written = await sut.WriteAsync(
            "archives/big.zip",
            "big.zip",
            entries,
            (progress, _) =>
            {
                reports.Add(progress);
                return ValueTask.CompletedTask;
            },
            CancellationToken.None);

        Assert.Equal(300, written.Entries);
        Assert.Equal(Enumerable.Range(1, 300), reports.Select(report => report.EntriesDone));
        Assert.All(reports, report => Assert.Equal(300, report.Entries));
        Assert.True(reports.Zip(reports.Skip(1)).All(pair => pair.First.Bytes < pair.Second.Bytes));
        Assert.True(written.Bytes > 300L * pdf.Length);
        var (names, manifest) = await TestZipAsync(await DownloadAsync(written.BlobName));
        Assert.Equal(301, names.Count);
        Assert.Equal("02600000300_ELEVE-300_Zoe.pdf", names[^1]);
        Assert.Equal(301, manifest.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task WriteAsync_DocumentBlobAbsent_Fails()
    {
        var entries = new[] { new ArchiveEntry("1", "Martin", "Paul", Grade.Create(10m, 20m), 2, "copies/none.pdf") };
        var sut = Writer();

        await Assert.ThrowsAsync<Azure.RequestFailedException>(
            () => sut.WriteAsync("archives/a3.zip", "a3.zip", entries, null, CancellationToken.None));
    }

    private CopyArchiveWriter Writer() =>
        new(_storage.Documents, Samples.Clock(), NullLogger<CopyArchiveWriter>.Instance);

    private async Task<ArchiveEntry> EntryAsync(
        string number,
        string lastName,
        string firstName,
        decimal grade,
        byte[] pdf)
    {
        var container = await _storage.Documents.GetAsync(CancellationToken.None);
        var name = $"copies/{number}.pdf";
        await container.GetBlobClient(name).UploadAsync(new BinaryData(pdf), true);
        return new ArchiveEntry(number, lastName, firstName, Grade.Create(grade, 20m), PdfChecks.PageCount(pdf), name);
    }

    private async Task<byte[]> DownloadAsync(string blobName) =>
        (await _storage.DocumentsContainer.GetBlobClient(blobName).DownloadContentAsync()).Value.Content.ToArray();

    /// <summary>Checks the zip with <c>unzip -t</c>; gives its entry names in order and the manifest's text.</summary>
    private static async Task<(IReadOnlyList<string> Names, string Manifest)> TestZipAsync(byte[] zip)
    {
        using var folder = new TempFolder();
        var path = folder.File("archive.zip");
        await File.WriteAllBytesAsync(path, zip);
        var test = await CommandLineTools.RunCleanAsync("unzip", "-t", path);
        Assert.Contains("No errors detected", test, StringComparison.Ordinal);

        var listing = await CommandLineTools.RunCleanAsync("unzip", "-Z1", path);
        var names = listing.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var manifest = await CommandLineTools.RunCleanAsync("unzip", "-p", path, "manifest.csv");
        using var archive = new ZipArchive(new MemoryStream(zip));
        await using var stream = await archive.GetEntry("manifest.csv")!.OpenAsync();
        using var raw = new MemoryStream();
        await stream.CopyToAsync(raw);
        Assert.False(raw.ToArray().AsSpan().StartsWith(Encoding.UTF8.Preamble), "The manifest starts with a BOM.");
        return (names, manifest);
    }

    private static async Task<byte[]> RenderSmallPdfAsync()
    {
        using var output = new MemoryStream();
        var input = new CopyDocument(Samples.Copy(pages: 1), TestScans.Copy(1));
        await Samples.Renderer().RenderAsync(input, output, CancellationToken.None);
        return output.ToArray();
    }
}
