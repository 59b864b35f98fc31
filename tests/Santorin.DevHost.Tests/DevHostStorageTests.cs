using System.Net;
using Santorin.Testing;

namespace Santorin.DevHost.Tests;

public sealed class DevHostStorageTests
{
    [Fact]
    public async Task Start_WithoutStorageSetting_StartsAzuriteThatKeepsDataAcrossRestartsAndStopsWithHost()
    {
        var location = Path.Combine(Path.GetTempPath(), AzuriteServer.UniqueName("azurite"));
        var environment = new Dictionary<string, string>
        {
            ["DevHost__AzuriteLocation"] = location,
            ["DurableTask__HubName"] = AzuriteServer.UniqueName("hub"),
        };
        var port = AzuriteServer.FreePort();
        var exam = $"api/exams/{AzuriteServer.UniqueName("exam")}";
        try
        {
            await using (var first = await DevHostProcess.StartAsync(port, environment, "--no-seed"))
            {
                using var client = first.CreateClient();
                await Api.ExpectAsync(client, HttpMethod.Put, exam, HttpStatusCode.OK, Api.SmallExam(candidates: 30));
                await first.StopAsync();
            }

            var azuriteLeftAfterStop = AzuriteRunsOn(location);
            await using var sut = await DevHostProcess.StartAsync(port, environment, "--no-seed");
            using var again = sut.CreateClient();

            var summary = await Api.ExpectAsync(again, HttpMethod.Get, exam, HttpStatusCode.OK);

            Assert.False(azuriteLeftAfterStop);
            Assert.Equal(30, (int)summary["candidates"]!);
            Assert.Contains($"Azurite started, data in {location}", sut.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(location, recursive: true);
        }
    }

    /// <summary>Whether a process has this data location on its command line (Linux).</summary>
    private static bool AzuriteRunsOn(string location) =>
        Directory.EnumerateDirectories("/proc")
            .Select(dir => Path.Combine(dir, "cmdline"))
            .Where(File.Exists)
            .Any(cmdline => ReadOrEmpty(cmdline).Contains(location, StringComparison.Ordinal));

    private static string ReadOrEmpty(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            // The process ended while being read.
            return "";
        }
        catch (UnauthorizedAccessException)
        {
            return "";
        }
    }
}
