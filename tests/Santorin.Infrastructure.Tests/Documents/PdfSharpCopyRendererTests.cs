using Santorin.Core.Exams;
using Santorin.Infrastructure.Documents;
using Santorin.Testing;

namespace Santorin.Infrastructure.Tests.Documents;

public sealed class PdfSharpCopyRendererTests
{
    /// <summary>Scans are 842.04 pt high at 200 dpi; the band below them adds 22 pt.</summary>
    private const double ScanShare = 842.04 / (842.04 + 22);

    [Fact]
    public async Task RenderAsync_FourScans_GivesACoverAndOnePagePerScan()
    {
        var sut = Samples.Renderer();

        var (pdf, rendered) = await RenderAsync(sut, Samples.Copy());

        Assert.Equal(5, rendered.Pages);
        Assert.Equal(5, PdfChecks.PageCount(pdf));
        Assert.Equal(pdf.Length, rendered.Bytes);
        Assert.Equal(5, sut.PageCount(4));
    }

    [Fact]
    public async Task RenderAsync_AnyCopy_EmbedsEachScanByteEqual()
    {
        var (pdf, _) = await RenderAsync(Samples.Renderer(), Samples.Copy());

        var images = PdfChecks.ImageStreams(pdf);

        Assert.Empty(images[0]);
        for (var page = 1; page <= 4; page++)
        {
            Assert.Equal(TestScans.Page(page), Assert.Single(images[page]));
        }
    }

    [Fact]
    public async Task RenderAsync_AnyCopy_PassesQpdfCheckAndPdfimagesFindsTheJpegs()
    {
        var (pdf, _) = await RenderAsync(Samples.Renderer(), Samples.Copy(pages: 2));

        await PdfChecks.QpdfCheckAsync(pdf);
        using var folder = new TempFolder();
        await File.WriteAllBytesAsync(folder.File("copy.pdf"), pdf);
        await CommandLineTools.RunCleanAsync("pdfimages", "-all", folder.File("copy.pdf"), folder.File("img"));

        Assert.Equal(TestScans.Page(1), await File.ReadAllBytesAsync(folder.File("img-000.jpg")));
        Assert.Equal(TestScans.Page(2), await File.ReadAllBytesAsync(folder.File("img-001.jpg")));
    }

    [Fact]
    public async Task RenderAsync_AllIncluded_WritesNumberGradeCommentAndNotesWithAccents()
    {
        var (pdf, _) = await RenderAsync(Samples.Renderer(), Samples.Copy());

        var text = await PdfChecks.PdfToTextAsync(pdf);

        Assert.Contains("Candidat : 02612345678", text, StringComparison.Ordinal);
        Assert.Contains("Note : 14,50 / 20", text, StringComparison.Ordinal);
        Assert.Contains("Argumentation solide", text, StringComparison.Ordinal);
        Assert.Contains("Très bien vu, développez", text, StringComparison.Ordinal);
        Assert.Contains("Épreuve anticipée de français", text, StringComparison.Ordinal);
        Assert.Contains("page 5 / 5", text, StringComparison.Ordinal);
        Assert.Contains("N'Diaye Élodie", PdfChecks.Text(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_FontsAreEmbedded()
    {
        var (pdf, _) = await RenderAsync(Samples.Renderer(), Samples.Copy(pages: 1));
        using var folder = new TempFolder();
        await File.WriteAllBytesAsync(folder.File("copy.pdf"), pdf);

        var fonts = await CommandLineTools.RunCleanAsync("pdffonts", folder.File("copy.pdf"));

        var rows = fonts.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToArray();
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Contains("Liberation", row, StringComparison.Ordinal));
        Assert.All(rows, row => Assert.Contains(" yes yes yes ", row, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RenderAsync_AnnotationsIncluded_DrawsStrokeAndMarkInRed()
    {
        var (pdf, _) = await RenderAsync(Samples.Renderer(), Samples.Copy());

        using var strokePage = await PdfChecks.RasteriseAsync(pdf, 3, 50);
        using var markPage = await PdfChecks.RasteriseAsync(pdf, 4, 50);

        foreach (var t in new[] { 0.1, 0.5, 0.9 })
        {
            var (x, y) = (0.10 + t * 0.32, 0.50 + t * 0.02);
            Assert.True(RedAt(strokePage, x, y) > 0, $"No red ink on the stroke at ({x}, {y}).");
        }

        Assert.True(RedAt(markPage, Samples.Check.X, Samples.Check.Y) > 0, "No red ink on the check mark.");
        Assert.Equal(0, RedAt(strokePage, 0.8, 0.8));
    }

    [Fact]
    public async Task RenderAsync_SettingsOff_DrawsNoAnnotationGradeOrComment()
    {
        var copy = Samples.Copy(settings: new ExamSettings(false, false, false));

        var (pdf, rendered) = await RenderAsync(Samples.Renderer(), copy);

        var text = await PdfChecks.PdfToTextAsync(pdf);
        Assert.Equal(5, rendered.Pages);
        Assert.Contains("Candidat : 02612345678", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Note", text, StringComparison.Ordinal);
        Assert.DoesNotContain("14,50", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Argumentation", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Appréciation", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Très bien", text, StringComparison.Ordinal);
        for (var page = 2; page <= 5; page++)
        {
            using var bitmap = await PdfChecks.RasteriseAsync(pdf, page, 30);
            Assert.Equal(0, PdfChecks.RedPixels(bitmap));
        }
    }

    [Fact]
    public async Task RenderAsync_GradeWithoutComment_WritesGradeOnly()
    {
        var copy = Samples.Copy(settings: new ExamSettings(true, true, false), grade: 9.75m);

        var (pdf, _) = await RenderAsync(Samples.Renderer(), copy);

        var text = PdfChecks.Text(pdf);
        Assert.Contains("Note : 9,75 / 20", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Argumentation", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_ScanAt300Dpi_SizesThePageToTheScan()
    {
        var scan = TestScans.WithDensity(TestScans.Page(1), 1, 300, 300);
        var copy = Samples.Copy(pages: 1);
        var sut = Samples.Renderer();
        using var output = new MemoryStream();

        await sut.RenderAsync(new CopyDocument(copy, [scan]), output, CancellationToken.None);

        using var document = UglyToad.PdfPig.PdfDocument.Open(output.ToArray());
        var page = document.GetPage(2);
        Assert.Equal(TestScans.Width * 72 / 300d, page.Width, 1);
        Assert.Equal(TestScans.Height * 72 / 300d + 22, page.Height, 1);
    }

    [Fact]
    public async Task RenderAsync_ScanCountDiffersFromCopyPages_Throws()
    {
        var sut = Samples.Renderer();
        using var output = new MemoryStream();

        await Assert.ThrowsAsync<ArgumentException>(
            () => sut.RenderAsync(
                new CopyDocument(Samples.Copy(pages: 3), TestScans.Copy(2)), output, CancellationToken.None));
    }

    [Fact]
    public void GradeLine_GradeAndMax_WritesFrenchDecimals()
    {
        Assert.Equal("Note : 14,50 / 20", PdfSharpCopyRenderer.GradeLine(Grade.Create(14.5m, 20m), 20m));
        Assert.Equal("Note : 0,00 / 12,5", PdfSharpCopyRenderer.GradeLine(Grade.Create(0m, 12.5m), 12.5m));
        Assert.Equal("Note : non attribuée", PdfSharpCopyRenderer.GradeLine(null, 20m));
    }

    private static async Task<(byte[] Pdf, RenderedCopy Rendered)> RenderAsync(
        PdfSharpCopyRenderer sut,
        CorrectedCopy copy)
    {
        using var output = new MemoryStream();
        var input = new CopyDocument(copy, TestScans.Copy(copy.Copy.Pages));
        var rendered = await sut.RenderAsync(input, output, CancellationToken.None);
        return (output.ToArray(), rendered);
    }

    private static int RedAt(SkiaSharp.SKBitmap page, double x, double y) =>
        PdfChecks.RedPixelsAround(page, (int)(x * page.Width), (int)(y * ScanShare * page.Height), 3);
}
