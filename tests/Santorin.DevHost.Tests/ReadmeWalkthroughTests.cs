using System.Text.RegularExpressions;
using Santorin.Testing;

namespace Santorin.DevHost.Tests;

/// <summary>
/// The README's walk-through, pasted as written into bash, against a development host started as
/// a newcomer starts it: its own Azurite, its simulators, the demonstration exam.
/// </summary>
public sealed partial class ReadmeWalkthroughTests
{
    private const string ReadmeAddress = "http://localhost:7071";

    [Fact]
    public async Task Walkthrough_PastedAsWritten_RunsToTheEndAndDownloadsThePdfAndTheZip()
    {
        var script = WalkthroughScript();
        var location = Path.Combine(Path.GetTempPath(), AzuriteServer.UniqueName("azurite"));
        var work = Directory.CreateTempSubdirectory("walkthrough").FullName;
        var environment = new Dictionary<string, string>
        {
            ["DevHost__AzuriteLocation"] = location,
            ["DurableTask__HubName"] = AzuriteServer.UniqueName("hub"),
        };
        try
        {
            await using var host = await DevHostProcess.StartAsync(AzuriteServer.FreePort(), environment);
            var address = host.BaseAddress.GetLeftPart(UriPartial.Authority);

            var pasted = script.Replace(ReadmeAddress, address, StringComparison.Ordinal);
            var (exitCode, output) = await RunBashAsync(pasted, work);

            Assert.True(exitCode == 0, $"The walk-through stopped with {exitCode}:\n{output}\n{host.Output}");
            var pdf = File.ReadAllText(Path.Combine(work, "copie.pdf"));
            Assert.StartsWith("%PDF-", pdf, StringComparison.Ordinal);
            var unzip = await CommandLineTools.RunInAsync(work, TimeSpan.FromMinutes(1), "unzip", "-t", "copies.zip");
            var listing = unzip.Output;
            Assert.True(unzip.ExitCode == 0, listing + unzip.Error);
            Assert.Contains("No errors detected", listing, StringComparison.Ordinal);
            Assert.Contains("manifest.csv", listing, StringComparison.Ordinal);
            Assert.Contains("\"status\": \"completed\"", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
            if (Directory.Exists(location))
            {
                Directory.Delete(location, recursive: true);
            }
        }
    }

    /// <summary>Every shell block of the README's walk-through section, in order.</summary>
    private static string WalkthroughScript()
    {
        var readme = File.ReadAllText(RepositoryFiles.PathOf("README.md"));
        var start = readme.IndexOf("\n## Walk-through", StringComparison.Ordinal);
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = readme[start..end];
        var blocks = ShellBlock().Matches(section).Select(match => match.Groups[1].Value).ToList();
        Assert.True(blocks.Count >= 4, "The README's walk-through has lost its shell blocks.");
        return string.Join('\n', blocks);
    }

    private static async Task<(int ExitCode, string Output)> RunBashAsync(string script, string directory)
    {
        var result = await CommandLineTools.RunInAsync(
            directory,
            TimeSpan.FromMinutes(4),
            "bash",
            "-euo",
            "pipefail",
            "-c",
            script);
        return (result.ExitCode, result.Output + result.Error);
    }

    [GeneratedRegex("```sh\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShellBlock();
}
