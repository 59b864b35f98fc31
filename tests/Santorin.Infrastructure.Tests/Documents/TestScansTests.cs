namespace Santorin.Infrastructure.Tests.Documents;

/// <summary>The renderer's measurements mean something only if the test scans weigh what real ones do.</summary>
public sealed class TestScansTests
{
    [Fact]
    public void Page_A4At200Dpi_WeighsLikeARealScan()
    {
        var sizes = Enumerable.Range(1, 4).Select(page => TestScans.Page(page).Length).ToArray();

        Assert.All(sizes, size => Assert.InRange(size, 330_000, 540_000));
    }
}
