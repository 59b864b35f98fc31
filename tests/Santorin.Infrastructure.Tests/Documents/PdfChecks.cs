using SkiaSharp;
using UglyToad.PdfPig;
using Santorin.Testing;

namespace Santorin.Infrastructure.Tests.Documents;

/// <summary>What the tests read back from a PDF, with PdfPig and the command-line tools.</summary>
internal static class PdfChecks
{
    public static int PageCount(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.NumberOfPages;
    }

    public static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join('\n', document.GetPages().Select(page => page.Text));
    }

    /// <summary>The raw bytes of each page's images, page by page.</summary>
    public static IReadOnlyList<byte[][]> ImageStreams(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(page => page.GetImages().Select(image => image.RawBytes.ToArray()))
            .Select(images => images.ToArray())];
    }

    public static async Task QpdfCheckAsync(byte[] pdf)
    {
        using var folder = new TempFolder();
        var path = folder.File("copy.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        await CommandLineTools.RunCleanAsync("qpdf", "--check", path);
    }

    public static async Task<string> PdfToTextAsync(byte[] pdf)
    {
        using var folder = new TempFolder();
        var path = folder.File("copy.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        return await CommandLineTools.RunCleanAsync("pdftotext", "-enc", "UTF-8", path, "-");
    }

    /// <summary>One page rasterised by poppler's pdftoppm at the given resolution.</summary>
    public static async Task<SKBitmap> RasteriseAsync(byte[] pdf, int page, int dpi)
    {
        using var folder = new TempFolder();
        var path = folder.File("copy.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        var p = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await CommandLineTools.RunCleanAsync(
            "pdftoppm", "-f", p, "-l", p, "-r", $"{dpi}", "-png", "-singlefile", path, folder.File("page"));
        return SKBitmap.Decode(folder.File("page.png"));
    }

    /// <summary>Red pixels (the annotations' ink; the scans are grey) in a box around a point, in pixels.</summary>
    public static int RedPixelsAround(SKBitmap bitmap, int x, int y, int radius)
    {
        var count = 0;
        for (var py = Math.Max(0, y - radius); py <= Math.Min(bitmap.Height - 1, y + radius); py++)
        {
            for (var px = Math.Max(0, x - radius); px <= Math.Min(bitmap.Width - 1, x + radius); px++)
            {
                count += IsRed(bitmap.GetPixel(px, py)) ? 1 : 0;
            }
        }

        return count;
    }

    public static int RedPixels(SKBitmap bitmap) =>
        RedPixelsAround(bitmap, bitmap.Width / 2, bitmap.Height / 2, Math.Max(bitmap.Width, bitmap.Height));

    private static bool IsRed(SKColor color) => color.Red > 160 && color.Green < 90 && color.Blue < 90;
}
