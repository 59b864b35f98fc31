using SkiaSharp;

namespace Santorin.Infrastructure.Tests.Documents;

/// <summary>
/// Realistic scans, made once per test run: grey A4 pages at 200 dpi (1654×2339) with paper
/// noise and lines of handwriting-like text, JPEG quality 65, about 450 KB each.
/// </summary>
internal static class TestScans
{
    public const int Width = 1654;
    public const int Height = 2339;

    private static readonly Lazy<byte[][]> Pages = new(() => [.. Enumerable.Range(0, 4).Select(Make)]);

    /// <summary>The scan of page <paramref name="page"/> (from 1); four distinct scans, repeated.</summary>
    public static byte[] Page(int page) => Pages.Value[(page - 1) % Pages.Value.Length];

    public static IReadOnlyList<ReadOnlyMemory<byte>> Copy(int pages) =>
        [.. Enumerable.Range(1, pages).Select(page => (ReadOnlyMemory<byte>)Page(page))];

    /// <summary>The same JPEG with its JFIF header saying the given density (units 1: dpi, 2: dots per cm).</summary>
    public static byte[] WithDensity(byte[] jpeg, byte units, ushort x, ushort y)
    {
        var copy = (byte[])jpeg.Clone();
        Assert.True(copy.AsSpan(6, 5).SequenceEqual("JFIF\0"u8), "The test scan has no JFIF header at its start.");
        copy[13] = units;
        (copy[14], copy[15]) = ((byte)(x >> 8), (byte)x);
        (copy[16], copy[17]) = ((byte)(y >> 8), (byte)y);
        return copy;
    }

    private static byte[] Make(int seed)
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
        return data.ToArray();
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
}
