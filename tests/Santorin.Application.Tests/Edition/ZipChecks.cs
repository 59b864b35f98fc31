using System.IO.Compression;
using System.Text;
using Santorin.Testing;

namespace Santorin.Application.Tests.Edition;

/// <summary>Reads a zip back as the dashboard's user would: Info-ZIP's <c>unzip</c>, then .NET for the bytes.</summary>
internal static class ZipChecks
{
    /// <summary>Checks the zip with <c>unzip -t</c>; answers its entry names in order and the manifest.</summary>
    public static async Task<(IReadOnlyList<string> Names, string Manifest)> TestAsync(byte[] zip)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("santorin-zip-").FullName, "archive.zip");
        try
        {
            await File.WriteAllBytesAsync(path, zip);
            var test = await CommandLineTools.RunCleanAsync("unzip", "-t", path);
            Assert.Contains("No errors detected", test, StringComparison.Ordinal);
            var names = (await CommandLineTools.RunCleanAsync("unzip", "-Z1", path))
                .Split('\n', StringSplitOptions.RemoveEmptyEntries);

            using var archive = new ZipArchive(new MemoryStream(zip));
            await using var stream = await archive.GetEntry("manifest.csv")!.OpenAsync();
            using var raw = new MemoryStream();
            await stream.CopyToAsync(raw);
            Assert.False(raw.ToArray().AsSpan().StartsWith(Encoding.UTF8.Preamble), "The manifest starts with a BOM.");
            return (names, new UTF8Encoding(false, true).GetString(raw.ToArray()));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, true);
        }
    }
}
