using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Santorin.Testing;

/// <summary>
/// One Azurite for the whole test run, started from the repository's node_modules, in memory,
/// on free loopback ports. <c>SANTORIN_TEST_STORAGE</c> (a connection string) points the tests
/// at another storage instead. Tests isolate themselves by table names, containers and keys.
/// </summary>
public static class AzuriteServer
{
    public const string ConnectionStringVariable = "SANTORIN_TEST_STORAGE";

    /// <summary>The well-known development account of Azurite, not a secret.</summary>
    public const string AccountName = "devstoreaccount1";

    public const string AccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly Lazy<string> Instance = new(
        Start,
        LazyThreadSafetyMode.ExecutionAndPublication);

    private static Process? _process;

    /// <summary>The connection string of the shared storage, starting Azurite on first use.</summary>
    public static string ConnectionString => Instance.Value;

    /// <summary>A name unique to this call, usable as a table name: letters and digits, a letter first.</summary>
    public static string UniqueName(string prefix) =>
        prefix + Guid.NewGuid().ToString("N")[..12];

    private static string Start()
    {
        var given = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        if (!string.IsNullOrWhiteSpace(given))
        {
            return given;
        }

        var script = FindAzuriteScript();
        var (blob, queue, table) = (FreePort(), FreePort(), FreePort());
        _process = StartProcess(script, blob, queue, table);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop();
        WaitUntilListening(_process, blob, queue, table);
        return BuildConnectionString(blob, queue, table);
    }

    /// <summary>
    /// The processor time Azurite has used so far, or null when the storage is not an Azurite this
    /// class started. Benchmarks read it around a measurement to tell where the time went.
    /// </summary>
    public static TimeSpan? ProcessorTime
    {
        get
        {
            _ = ConnectionString;
            if (_process is not { HasExited: false } process)
            {
                return null;
            }

            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    public static string BuildConnectionString(int blobPort, int queuePort, int tablePort) =>
        "DefaultEndpointsProtocol=http;" +
        $"AccountName={AccountName};AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{blobPort}/{AccountName};" +
        $"QueueEndpoint=http://127.0.0.1:{queuePort}/{AccountName};" +
        $"TableEndpoint=http://127.0.0.1:{tablePort}/{AccountName};";

    /// <summary>The repository's Azurite entry point, or a failure that says how to install it.</summary>
    public static string FindAzuriteScript()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var script = Path.Combine(dir.FullName, "node_modules", "azurite", "dist", "src", "azurite.js");
            if (File.Exists(script))
            {
                return script;
            }
        }

        throw new InvalidOperationException(
            "Azurite is not installed in the repository: run `npm ci` at its root, " +
            $"or set {ConnectionStringVariable} to a storage connection string.");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Process StartProcess(string script, int blob, int queue, int table) =>
        StartNode(
        [
            script, "--inMemoryPersistence", "--silent", "--skipApiVersionCheck", "--disableProductStyleUrl",
            "--blobHost", "127.0.0.1", "--blobPort", $"{blob}",
            "--queueHost", "127.0.0.1", "--queuePort", $"{queue}",
            "--tableHost", "127.0.0.1", "--tablePort", $"{table}",
        ]);

    /// <summary>Starts an Azurite script under node, its output read and dropped.</summary>
    public static Process StartNode(IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("node could not be started.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Waits until every port accepts connections; fails if the process ends or 60 s pass.</summary>
    public static void WaitUntilListening(Process process, params int[] ports)
    {
        var deadline = Stopwatch.StartNew();
        foreach (var port in ports)
        {
            while (!IsListening(port))
            {
                if (process.HasExited || deadline.Elapsed > TimeSpan.FromSeconds(60))
                {
                    throw new InvalidOperationException(
                        $"Azurite did not start listening on port {port} (exited: {process.HasExited}).");
                }

                Thread.Sleep(100);
            }
        }
    }

    private static bool IsListening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static void Stop()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
        }
    }
}
