using Santorin.Core.Exams;
using Santorin.Infrastructure.Documents;

namespace Santorin.Infrastructure.Tests.Documents;

public sealed class CopyPdfStoreTests
{
    private readonly TestStorage _storage = new();

    [Fact]
    public async Task GetOrRenderAsync_AllScans_StoresThePdfAsAnAttachment()
    {
        var copy = Samples.Copy(pages: 3);
        await _storage.UploadScansAsync(copy.ExamId, copy.Candidate.Number, 3);
        var sut = _storage.PdfStore();

        var result = await sut.GetOrRenderAsync(copy, CancellationToken.None);

        var stored = Assert.IsType<CopyPdfResult.Stored>(result);
        Assert.False(stored.Reused);
        Assert.Equal(4, stored.Pages);
        Assert.Equal("02612345678_N-DIAYE_Elodie.pdf", stored.FileName);
        var blob = _storage.DocumentsContainer.GetBlobClient(stored.BlobName);
        var properties = (await blob.GetPropertiesAsync()).Value;
        Assert.Equal("application/pdf", properties.ContentType);
        Assert.Equal("attachment; filename=\"02612345678_N-DIAYE_Elodie.pdf\"", properties.ContentDisposition);
        Assert.Equal(stored.Bytes, properties.ContentLength);
        var pdf = (await blob.DownloadContentAsync()).Value.Content.ToArray();
        Assert.Equal(4, PdfChecks.PageCount(pdf));
        Assert.Equal(TestScans.Page(3), PdfChecks.ImageStreams(pdf)[3].Single());
    }

    [Fact]
    public async Task GetOrRenderAsync_SameCopyTwice_ReusesTheBlob()
    {
        var copy = Samples.Copy(pages: 2);
        await _storage.UploadScansAsync(copy.ExamId, copy.Candidate.Number, 2);
        var renderer = new CountingRenderer(Samples.Renderer());
        var sut = _storage.PdfStore(renderer);
        var first = (CopyPdfResult.Stored)await sut.GetOrRenderAsync(copy, CancellationToken.None);

        var second = await sut.GetOrRenderAsync(copy, CancellationToken.None);

        Assert.Equal(first with { Reused = true }, second);
        Assert.Equal(1, renderer.Renders);
    }

    [Fact]
    public async Task GetOrRenderAsync_OtherGradeSettingsOrScan_RendersANewBlob()
    {
        var copy = Samples.Copy(pages: 2);
        await _storage.UploadScansAsync(copy.ExamId, copy.Candidate.Number, 2);
        var sut = _storage.PdfStore();
        var first = (CopyPdfResult.Stored)await sut.GetOrRenderAsync(copy, CancellationToken.None);

        var regrade = Samples.Copy(pages: 2, grade: 15m);
        var regraded = (CopyPdfResult.Stored)await sut.GetOrRenderAsync(regrade, CancellationToken.None);
        var noGrade = Samples.Copy(pages: 2, settings: new ExamSettings(true, false, true));
        var otherSettings = (CopyPdfResult.Stored)await sut.GetOrRenderAsync(noGrade, CancellationToken.None);
        await _storage.ScansContainer.GetBlobClient(ScanStore.BlobName(copy.ExamId, copy.Candidate.Number, 2))
            .UploadAsync(new BinaryData(TestScans.Page(3)), true);
        var rescanned = (CopyPdfResult.Stored)await sut.GetOrRenderAsync(copy, CancellationToken.None);

        var names = new[] { first.BlobName, regraded.BlobName, otherSettings.BlobName, rescanned.BlobName };
        Assert.Equal(4, names.Distinct().Count());
        Assert.All([regraded, otherSettings, rescanned], stored => Assert.False(stored.Reused));
    }

    [Fact]
    public async Task GetOrRenderAsync_PageScanAbsent_AnswersScansMissingWithThatPage()
    {
        var copy = Samples.Copy(pages: 4);
        await _storage.UploadScansAsync(copy.ExamId, copy.Candidate.Number, 4, skipped: 3);
        var sut = _storage.PdfStore();

        var result = await sut.GetOrRenderAsync(copy, CancellationToken.None);

        Assert.Equal(new CopyPdfResult.ScansMissing(3), result);
    }

    [Fact]
    public async Task GetOrRenderAsync_NoScansContainer_AnswersScansMissingFromPageOne()
    {
        var sut = _storage.PdfStore();

        var result = await sut.GetOrRenderAsync(Samples.Copy(pages: 2), CancellationToken.None);

        Assert.Equal(new CopyPdfResult.ScansMissing(1), result);
    }

    private sealed class CountingRenderer(ICopyRenderer inner) : ICopyRenderer
    {
        public int Renders { get; private set; }

        public string Version => inner.Version;

        public int PageCount(int scannedPages) => inner.PageCount(scannedPages);

        public Task<RenderedCopy> RenderAsync(CopyDocument input, Stream output, CancellationToken cancellationToken)
        {
            Renders++;
            return inner.RenderAsync(input, output, cancellationToken);
        }
    }
}
