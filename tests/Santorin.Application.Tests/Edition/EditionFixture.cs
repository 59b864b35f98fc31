using System.Net.Http.Json;
using System.Text.Json;
using Santorin.Application.Tests.Harness;

namespace Santorin.Application.Tests.Edition;

/// <summary>The whole API, started once per test class of the edition.</summary>
public sealed class EditionFixture : IAsyncLifetime
{
    public SantorinApp App { get; private set; } = null!;

    public static string NoRole { get; } = Http.ClientPrincipal.Encode(["reader"]);

    /// <summary>A corrector role without its corrector id, which counts as no corrector.</summary>
    public static string CorrectorWithoutId { get; } =
        Http.ClientPrincipal.Encode([Http.ClientPrincipal.CorrectorRole]);

    public async Task InitializeAsync() => App = await SantorinApp.StartAsync();

    public async Task DisposeAsync() => await App.DisposeAsync();

    /// <summary>Polls an archive until it is no longer running; answers its last body.</summary>
    public static async Task<JsonElement> WaitForArchiveAsync(HttpClient client, string statusUrl)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(4);
        while (true)
        {
            var archive = await client.GetFromJsonAsync<JsonElement>(statusUrl);
            var status = archive.GetProperty("status").GetString();
            if (status != "running")
            {
                return archive;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The archive at {statusUrl} is still running.");
            }

            await Task.Delay(100);
        }
    }
}
