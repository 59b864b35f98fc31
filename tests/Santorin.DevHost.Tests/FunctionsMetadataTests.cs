using System.Text.Json;
using Santorin.Testing;

namespace Santorin.DevHost.Tests;

/// <summary>
/// The Functions app and the development host serve the same API: the HTTP functions that the
/// Functions build declares in functions.metadata are exactly the routes the development host lists.
/// </summary>
public sealed class FunctionsMetadataTests
{
    [Fact]
    public async Task FunctionsMetadata_HttpFunctions_AreExactlyTheRoutesTheDevelopmentHostServes()
    {
        var declared = DeclaredRoutes();
        var environment = DevHostProcess.OnTestStorage(AzuriteServer.UniqueName("hub"));
        await using var host = await DevHostProcess.StartAsync(AzuriteServer.FreePort(), environment, "--no-seed");

        var served = await ServedRoutesAsync(host);

        Assert.NotEmpty(declared);
        Assert.Equal(declared, served);
    }

    /// <summary>Each HTTP trigger as <c>METHOD /prefix/route</c>, from the Functions build and host.json.</summary>
    private static SortedSet<string> DeclaredRoutes()
    {
        var metadata = RepositoryFiles.PathOf(
            "src", "Santorin.Functions", "bin", RepositoryFiles.Configuration, "net10.0", "functions.metadata");
        using var functions = JsonDocument.Parse(File.ReadAllText(metadata));
        using var host = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("host.json")));
        var prefix = host.RootElement.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix")
            .GetString();

        var routes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var function in functions.RootElement.EnumerateArray())
        {
            foreach (var binding in function.GetProperty("bindings").EnumerateArray())
            {
                if (binding.GetProperty("type").GetString() != "httpTrigger")
                {
                    continue;
                }

                var route = binding.GetProperty("route").GetString();
                foreach (var method in binding.GetProperty("methods").EnumerateArray())
                {
                    routes.Add($"{method.GetString()!.ToUpperInvariant()} /{prefix}/{route}");
                }
            }
        }

        return routes;
    }

    /// <summary>The routes the host prints once it listens.</summary>
    private static async Task<SortedSet<string>> ServedRoutesAsync(DevHostProcess host)
    {
        for (var attempt = 0; attempt < 50 && !host.Output.Contains("Ctrl+C", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(100);
        }

        var lines = host.Output.Split('\n')
            .Where(line => line.StartsWith("  route ", StringComparison.Ordinal))
            .Select(line => line["  route ".Length..].Trim());
        return new SortedSet<string>(lines, StringComparer.Ordinal);
    }
}
