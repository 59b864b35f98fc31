using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Santorin.Hosting;

namespace Santorin.DevHost.Storage;

/// <summary>
/// Azurite from the repository's <c>node_modules</c>, on free loopback ports, keeping its data in
/// <c>.azurite</c> at the repository's root so that exams and runs survive a restart of the host.
/// Stopped with a termination signal, so that it writes its data out before it exits.
/// </summary>
internal sealed class AzuriteProcess : IAsyncDisposable
{
    /// <summary>The well-known development account of Azurite, not a secret.</summary>
    private const string AccountName = "devstoreaccount1";

    private const string AccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);

    private readonly Process _process;

    private AzuriteProcess(Process process, string location, int blob, int queue, int table)
    {
        _process = process;
        Location = location;
        ConnectionString =
            "DefaultEndpointsProtocol=http;" +
            $"AccountName={AccountName};AccountKey={AccountKey};" +
            $"BlobEndpoint=http://127.0.0.1:{blob}/{AccountName};" +
            $"QueueEndpoint=http://127.0.0.1:{queue}/{AccountName};" +
            $"TableEndpoint=http://127.0.0.1:{table}/{AccountName};";
    }

    public string ConnectionString { get; }

    public string Location { get; }

    /// <summary>Starts Azurite and waits until its three services listen.</summary>
    public static async Task<AzuriteProcess> StartAsync(string? location, CancellationToken cancellationToken)
    {
        var (root, script) = FindAzurite();
        location ??= Path.Combine(root, ".azurite");
        Directory.CreateDirectory(location);

        var (blob, queue, table) = (LoopbackPort.Free(), LoopbackPort.Free(), LoopbackPort.Free());
        var process = Process.Start(StartInfo(script, location, blob, queue, table))
            ?? throw new InvalidOperationException("node n'a pas pu être lancé.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var azurite = new AzuriteProcess(process, location, blob, queue, table);
        try
        {
            await WaitUntilListeningAsync(process, cancellationToken, blob, queue, table);
            return azurite;
        }
        catch
        {
            await azurite.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await TerminateAsync();
        }

        _process.Dispose();
    }

    private async Task TerminateAsync()
    {
        if (OperatingSystem.IsWindows())
        {
            _process.Kill(entireProcessTree: true);
            return;
        }

        using (var kill = Process.Start("kill", ["-TERM", Invariant(_process.Id)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(StopTimeout);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }
    }

    private static (string Root, string Script) FindAzurite()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var script = Path.Combine(dir.FullName, "node_modules", "azurite", "dist", "src", "azurite.js");
                if (File.Exists(script))
                {
                    return (dir.FullName, script);
                }
            }
        }

        throw new InvalidOperationException(
            "Azurite n'est pas installé dans le dépôt : lancer `npm ci` à sa racine, " +
            "ou renseigner AzureWebJobsStorage avec une chaîne de connexion.");
    }

    private static ProcessStartInfo StartInfo(string script, string location, int blob, int queue, int table)
    {
        var info = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments =
        [
            script, "--location", location, "--silent", "--skipApiVersionCheck", "--disableProductStyleUrl",
            "--disableTelemetry",
            "--blobHost", "127.0.0.1", "--blobPort", Invariant(blob),
            "--queueHost", "127.0.0.1", "--queuePort", Invariant(queue),
            "--tableHost", "127.0.0.1", "--tablePort", Invariant(table),
        ];
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }

    private static string Invariant(int number) => number.ToString(CultureInfo.InvariantCulture);


    private static async Task WaitUntilListeningAsync(
        Process process,
        CancellationToken cancellationToken,
        params int[] ports)
    {
        var elapsed = Stopwatch.StartNew();
        foreach (var port in ports)
        {
            while (!await IsListeningAsync(port, cancellationToken))
            {
                if (process.HasExited || elapsed.Elapsed > StartTimeout)
                {
                    throw new InvalidOperationException(
                        $"Azurite n'écoute pas sur le port {port} (processus terminé : {process.HasExited}).");
                }

                await Task.Delay(100, cancellationToken);
            }
        }
    }

    private static async Task<bool> IsListeningAsync(int port, CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
