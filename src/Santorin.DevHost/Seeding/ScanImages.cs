using SkiaSharp;

namespace Santorin.DevHost.Seeding;

/// <summary>
/// A few scanned pages, drawn once and shared by every copy: A4 at 60 dpi, ruled paper with
/// lines of pseudo handwriting, encoded as JPEG (a few tens of KB each).
/// </summary>
internal static class ScanImages
{
    private const int Width = 496;

    private const int Height = 702;

    private const int Quality = 70;

    public static IReadOnlyList<byte[]> Create(int count)
    {
        var pages = new List<byte[]>(count);
        for (var page = 0; page < count; page++)
        {
            pages.Add(Draw(new Random(page + 1)));
        }

        return pages;
    }

    private static byte[] Draw(Random random)
    {
        using var bitmap = new SKBitmap(Width, Height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(250, 249, 244));
            DrawRules(canvas);
            DrawWriting(canvas, random);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, Quality);
        return data.ToArray();
    }

    private static void DrawRules(SKCanvas canvas)
    {
        using var rule = new SKPaint { Color = new SKColor(170, 200, 230), StrokeWidth = 1, IsAntialias = true };
        for (var y = 60f; y < Height - 30; y += 22)
        {
            canvas.DrawLine(30, y, Width - 20, y, rule);
        }

        using var margin = new SKPaint { Color = new SKColor(230, 120, 120), StrokeWidth = 1.5f };
        canvas.DrawLine(70, 20, 70, Height - 20, margin);
    }

    private static void DrawWriting(SKCanvas canvas, Random random)
    {
        using var ink = new SKPaint
        {
            Color = new SKColor(30, 40, 120),
            StrokeWidth = 1.4f,
            IsAntialias = true,
            Style = SKPaintStyle.Stroke,
        };
        for (var y = 56f; y < Height - 60; y += 22)
        {
            using var line = new SKPathBuilder();
            var x = 80f + (float)random.NextDouble() * 10;
            var end = Width - 30 - (float)random.NextDouble() * 120;
            line.MoveTo(x, y);
            while (x < end)
            {
                var step = 4f + (float)random.NextDouble() * 6;
                line.QuadTo(x + step / 2, y - 4 - (float)random.NextDouble() * 8, x + step, y);
                x += step;
            }

            using var path = line.Detach();
            canvas.DrawPath(path, ink);
        }
    }
}
