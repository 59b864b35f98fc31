using SkiaSharp;

namespace Santorin.Benchmarks.Harness;

/// <summary>
/// Scans like the infrastructure tests': grey A4 pages at 200 dpi (1654×2339) with paper noise
/// and lines of handwriting-like text, JPEG quality 65 (about 450 KB), their JFIF header saying
/// 200 dpi so that every reader sizes them as A4.
/// </summary>
internal static class Scans
{
    public const int Width = 1654;
    public const int Height = 2339;
    public const ushort Dpi = 200;

    /// <summary>Distinct pages, page 1 first.</summary>
    public static byte[][] Make(int pages) => [.. Enumerable.Range(0, pages).Select(Page)];

    private static byte[] Page(int seed)
    {
        var random = new Random(seed);
        using var bitmap = new SKBitmap(Width, Height, SKColorType.Gray8, SKAlphaType.Opaque);
        var pixels = bitmap.GetPixelSpan();
        for (var i = 0; i < pixels.Length; i++)
        {
            pixels[i] = (byte)(243 + random.Next(5));
        }

        using (var canvas = new SKCanvas(bitmap))
        {
            DrawWriting(canvas, random);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 65);
        return WithDensity(data.ToArray());
    }

    private static void DrawWriting(SKCanvas canvas, Random random)
    {
        using var ink = new SKPaint { Color = new SKColor(60, 60, 60), IsAntialias = true };
        using var font = new SKFont(SKTypeface.Default, 30);
        for (var line = 0; line < 58; line++)
        {
            var words = Enumerable.Range(0, 11)
                .Select(_ => new string((char)('a' + random.Next(26)), 1 + random.Next(8)));
            canvas.DrawText(string.Join(' ', words), 120, 130 + line * 38, SKTextAlign.Left, font, ink);
        }
    }

    /// <summary>The JFIF APP0 segment's density set to 200 dpi (units 1).</summary>
    private static byte[] WithDensity(byte[] jpeg)
    {
        if (!jpeg.AsSpan(6, 5).SequenceEqual("JFIF\0"u8))
        {
            throw new InvalidOperationException("The encoder wrote no JFIF header at the start of the scan.");
        }

        jpeg[13] = 1;
        (jpeg[14], jpeg[15]) = ((byte)(Dpi >> 8), (byte)Dpi);
        (jpeg[16], jpeg[17]) = ((byte)(Dpi >> 8), (byte)Dpi);
        return jpeg;
    }
}
