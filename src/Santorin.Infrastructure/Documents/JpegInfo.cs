using System.Buffers.Binary;

namespace Santorin.Infrastructure.Documents;

/// <summary>
/// A JPEG's pixel size and density read from its headers alone, so a page can be sized to its
/// scan without decoding it.
/// </summary>
internal readonly record struct JpegInfo(int Width, int Height, double DpiX, double DpiY)
{
    /// <summary>Scanners write their density; a JPEG without one is taken as a 200-dpi scan.</summary>
    public const double DefaultDpi = 200;

    public double WidthInPoints => Width * 72 / DpiX;

    public double HeightInPoints => Height * 72 / DpiY;

    public static JpegInfo Read(ReadOnlySpan<byte> jpeg)
    {
        if (jpeg.Length < 4 || jpeg[0] != 0xFF || jpeg[1] != 0xD8)
        {
            throw new InvalidDataException("The scan is not a JPEG (no start-of-image marker).");
        }

        var (dpiX, dpiY) = (DefaultDpi, DefaultDpi);
        var offset = 2;
        while (offset + 4 <= jpeg.Length)
        {
            var marker = NextMarker(jpeg, ref offset);
            var length = BinaryPrimitives.ReadUInt16BigEndian(jpeg[offset..]);
            var segment = jpeg.Slice(offset + 2, Math.Min(length - 2, jpeg.Length - offset - 2));
            if (marker == 0xE0)
            {
                (dpiX, dpiY) = ReadJfifDensity(segment, dpiX, dpiY);
            }
            else if (IsStartOfFrame(marker))
            {
                return ReadFrame(segment, dpiX, dpiY);
            }

            offset += length;
        }

        throw new InvalidDataException("The JPEG has no frame header (SOF) before its end.");
    }

    private static byte NextMarker(ReadOnlySpan<byte> jpeg, ref int offset)
    {
        if (jpeg[offset] != 0xFF)
        {
            throw new InvalidDataException($"The JPEG has no marker at byte {offset}.");
        }

        while (offset < jpeg.Length && jpeg[offset] == 0xFF)
        {
            offset++;
        }

        return jpeg[offset++];
    }

    private static bool IsStartOfFrame(byte marker) =>
        marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;

    private static (double X, double Y) ReadJfifDensity(ReadOnlySpan<byte> app0, double dpiX, double dpiY)
    {
        if (app0.Length < 12 || !app0[..5].SequenceEqual("JFIF\0"u8))
        {
            return (dpiX, dpiY);
        }

        var units = app0[7];
        var x = BinaryPrimitives.ReadUInt16BigEndian(app0[8..]);
        var y = BinaryPrimitives.ReadUInt16BigEndian(app0[10..]);
        if (x == 0 || y == 0)
        {
            return (dpiX, dpiY);
        }

        return units switch
        {
            1 => (x, y),
            2 => (x * 2.54, y * 2.54),
            _ => (dpiX, dpiY),
        };
    }

    private static JpegInfo ReadFrame(ReadOnlySpan<byte> sof, double dpiX, double dpiY)
    {
        if (sof.Length < 6)
        {
            throw new InvalidDataException("The JPEG's frame header is truncated.");
        }

        var height = BinaryPrimitives.ReadUInt16BigEndian(sof[1..]);
        var width = BinaryPrimitives.ReadUInt16BigEndian(sof[3..]);
        if (width == 0 || height == 0)
        {
            throw new InvalidDataException("The JPEG's frame header gives no size.");
        }

        return new JpegInfo(width, height, dpiX, dpiY);
    }
}
