using SkiaSharp;

namespace Santorin.Application.Tests.Edition;

/// <summary>
/// Small real JPEG scans, made once per test run: grey pages of an A4's proportions with paper
/// noise and lines of text, a few kilobytes each, so that hundreds of copies stay quick to render.
/// </summary>
internal static class SmallScans
{
    public const int Width = 248;
    public const int Height = 351;

    private static readonly Lazy<byte[][]> Pages = new(() => [.. Enumerable.Range(0, 3).Select(Make)]);

    /// <summary>The scan of page <paramref name="page"/> (from 1); three distinct scans, repeated.</summary>
    public static byte[] Page(int page) => Pages.Value[(page - 1) % Pages.Value.Length];

    private static byte[] Make(int seed)
    {
        var random = new Random(seed);
        using var bitmap = new SKBitmap(Width, Height, SKColorType.Gray8, SKAlphaType.Opaque);
        var pixels = bitmap.GetPixelSpan();
        for (var i = 0; i < pixels.Length; i++)
        {
            pixels[i] = (byte)(240 + random.Next(8));
        }

        using (var canvas = new SKCanvas(bitmap))
        {
            using var ink = new SKPaint { Color = new SKColor(60, 60, 60), IsAntialias = true };
            using var font = new SKFont(SKTypeface.Default, 9);
            for (var line = 0; line < 30; line++)
            {
                var words = Enumerable.Range(0, 6)
                    .Select(_ => new string((char)('a' + random.Next(26)), 1 + random.Next(6)));
                canvas.DrawText(string.Join(' ', words), 18, 20 + line * 11, SKTextAlign.Left, font, ink);
            }
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 65);
        return data.ToArray();
    }
}
