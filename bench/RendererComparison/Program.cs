using System.Diagnostics;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;
using SkiaSharp;

// Renders the same 8-page copies with PDFsharp and with SkiaSharp's PDF backend, both embedding
// the scans' JPEG bytes and drawing the same vector annotations and accented text, and prints
// pages/s, bytes per copy and whether every JPEG is found byte-equal in the output.
const int PagesPerCopy = 8;
const int Copies = 25;
var fontPath = args.Length > 0 ? args[0] : "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf";
var fontBytes = File.ReadAllBytes(fontPath);

var scans = Enumerable.Range(0, PagesPerCopy).Select(i => MakeScan(i)).ToArray();
Console.WriteLine($"scan sizes KB: {string.Join(", ", scans.Select(s => s.Length / 1024))}");

GlobalFontSettings.FontResolver = new OneFontResolver(fontBytes);
Measure("PDFsharp", () => RenderPdfSharp(scans));
using var typeface = SKTypeface.FromData(SKData.CreateCopy(fontBytes));
Measure("SkiaSharp", () => RenderSkia(scans, typeface));

void Measure(string name, Func<byte[]> render)
{
    var first = render();
    File.WriteAllBytes($"/tmp/compare-{name}.pdf", first);
    var allEmbedded = scans.All(s => IndexOf(first, s) >= 0);
    var watch = Stopwatch.StartNew();
    for (var i = 0; i < Copies; i++)
    {
        render();
    }

    var pagesPerSecond = Copies * PagesPerCopy / watch.Elapsed.TotalSeconds;
    var scanBytes = scans.Sum(s => (long)s.Length);
    Console.WriteLine(
        $"{name}: {pagesPerSecond:F0} pages/s, {first.Length / 1024} KiB per copy " +
        $"(scans {scanBytes / 1024} KiB, overhead {(first.Length - scanBytes) / 1024} KiB), " +
        $"jpeg byte-equal: {allEmbedded}");
}

static byte[] RenderPdfSharp(byte[][] scans)
{
    using var document = new PdfDocument();
    // Its Flate output of content streams makes qpdf warn; they are a few hundred bytes.
    document.Options.CompressContentStreams = false;
    var font = new XFont("Liberation Sans", 12, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
    var red = new XPen(XColor.FromArgb(220, 0, 0), 2.5);
    foreach (var (scan, index) in scans.Select((s, i) => (s, i)))
    {
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(1654 * 72.0 / 200);
        page.Height = XUnit.FromPoint(2339 * 72.0 / 200);
        using var gfx = XGraphics.FromPdfPage(page);
        using var image = XImage.FromStream(new MemoryStream(scan));
        var (w, h) = (page.Width.Point, page.Height.Point);
        gfx.DrawImage(image, 0, 0, w, h);
        gfx.DrawLines(
            red,
            [new XPoint(0.1 * w, 0.5 * h), new XPoint(0.3 * w, 0.52 * h), new XPoint(0.42 * w, 0.5 * h)]);
        gfx.DrawLine(red, 0.8 * w, 0.15 * h, 0.82 * w, 0.17 * h);
        gfx.DrawString("Très bien, élève appliqué", font, XBrushes.Red, 0.12 * w, 0.3 * h);
        var band = $"Épreuve de français — page {index + 1} / {scans.Length}";
        gfx.DrawString(band, font, XBrushes.Black, 20, h - 10);
    }

    using var output = new MemoryStream();
    document.Save(output, false);
    return output.ToArray();
}

static byte[] RenderSkia(byte[][] scans, SKTypeface typeface)
{
    using var output = new MemoryStream();
    using (var document = SKDocument.CreatePdf(output))
    {
        using var font = new SKFont(typeface, 12);
        using var red = new SKPaint
        {
            Color = new SKColor(220, 0, 0),
            StrokeWidth = 2.5f,
            Style = SKPaintStyle.Stroke,
            IsAntialias = true,
        };
        using var redFill = new SKPaint { Color = new SKColor(220, 0, 0) };
        using var black = new SKPaint { Color = SKColors.Black };
        foreach (var (scan, index) in scans.Select((s, i) => (s, i)))
        {
            var (w, h) = (1654 * 72f / 200, 2339 * 72f / 200);
            var canvas = document.BeginPage(w, h);
            using var image = SKImage.FromEncodedData(scan);
            canvas.DrawImage(image, new SKRect(0, 0, w, h));
            using var path = new SKPath();
            path.MoveTo(0.1f * w, 0.5f * h);
            path.LineTo(0.3f * w, 0.52f * h);
            path.LineTo(0.42f * w, 0.5f * h);
            canvas.DrawPath(path, red);
            canvas.DrawLine(0.8f * w, 0.15f * h, 0.82f * w, 0.17f * h, red);
            canvas.DrawText("Très bien, élève appliqué", 0.12f * w, 0.3f * h, font, redFill);
            canvas.DrawText($"Épreuve de français — page {index + 1} / {scans.Length}", 20, h - 10, font, black);
            document.EndPage();
        }

        document.Close();
    }

    return output.ToArray();
}

static byte[] MakeScan(int seed)
{
    var random = new Random(seed);
    using var bitmap = new SKBitmap(1654, 2339, SKColorType.Gray8, SKAlphaType.Opaque);
    var pixels = bitmap.GetPixelSpan();
    for (var i = 0; i < pixels.Length; i++)
    {
        pixels[i] = (byte)(243 + random.Next(5));
    }

    using (var canvas = new SKCanvas(bitmap))
    using (var ink = new SKPaint { Color = new SKColor(40, 40, 90), StrokeWidth = 2, IsAntialias = true })
    using (var font = new SKFont(SKTypeface.Default, 30))
    {
        for (var line = 0; line < 60; line++)
        {
            var y = 120 + line * 36;
            canvas.DrawText(RandomWords(random), 120, y, font, ink);
        }
    }

    using var image = SKImage.FromBitmap(bitmap);
    using var data = image.Encode(SKEncodedImageFormat.Jpeg, 65);
    return data.ToArray();
}

static string RandomWords(Random random) =>
    string.Join(
        ' ',
        Enumerable.Range(0, 12).Select(_ => new string((char)('a' + random.Next(26)), 1 + random.Next(8))));

static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);

sealed class OneFontResolver(byte[] bytes) : IFontResolver
{
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => new("one");

    public byte[]? GetFont(string faceName) => bytes;
}
