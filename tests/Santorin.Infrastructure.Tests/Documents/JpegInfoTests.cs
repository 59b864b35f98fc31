using Santorin.Infrastructure.Documents;

namespace Santorin.Infrastructure.Tests.Documents;

public sealed class JpegInfoTests
{
    [Fact]
    public void Read_ScanWithoutDensity_GivesItsPixelSizeAt200Dpi()
    {
        var sut = JpegInfo.Read(TestScans.Page(1));

        Assert.Equal((TestScans.Width, TestScans.Height), (sut.Width, sut.Height));
        Assert.Equal((200d, 200d), (sut.DpiX, sut.DpiY));
        Assert.Equal(595.44, sut.WidthInPoints, 2);
    }

    [Fact]
    public void Read_JfifDensityInDpi_UsesIt()
    {
        var jpeg = TestScans.WithDensity(TestScans.Page(1), 1, 300, 300);

        var sut = JpegInfo.Read(jpeg);

        Assert.Equal((300d, 300d), (sut.DpiX, sut.DpiY));
        Assert.Equal(TestScans.Height * 72 / 300d, sut.HeightInPoints, 6);
    }

    [Fact]
    public void Read_JfifDensityInDotsPerCentimetre_ConvertsToDpi()
    {
        var jpeg = TestScans.WithDensity(TestScans.Page(1), 2, 118, 118);

        var sut = JpegInfo.Read(jpeg);

        Assert.Equal(299.72, sut.DpiX, 6);
    }

    [Fact]
    public void Read_NotAJpeg_Throws()
    {
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A };

        Assert.Throws<InvalidDataException>(() => JpegInfo.Read(png));
    }

    [Fact]
    public void Read_TruncatedBeforeFrame_Throws()
    {
        var truncated = TestScans.Page(1)[..20];

        Assert.Throws<InvalidDataException>(() => JpegInfo.Read(truncated));
    }
}
