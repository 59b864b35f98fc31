using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using Santorin.Testing;

namespace Santorin.DevHost.Tests;

/// <summary>
/// The development host started as its users start it, <c>dotnet Santorin.DevHost.dll</c>, on a
/// free loopback port. Stopped with a termination signal, as Ctrl+C would.
/// </summary>
internal sealed class DevHostProcess : IAsyncDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(90);

    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private DevHostProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        _process.OutputDataReceived += (_, line) => Keep(line.Data);
        _process.ErrorDataReceived += (_, line) => Keep(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    /// <summary>Everything the host printed so far, for assertions and failure messages.</summary>
    public string Output => string.Join('\n', _output);

    /// <summary>Starts the host and waits until it answers HTTP.</summary>
    public static async Task<DevHostProcess> StartAsync(
        int port,
        IReadOnlyDictionary<string, string> environment,
        params string[] arguments)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(DllPath());
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(baseAddress.GetLeftPart(UriPartial.Authority));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet could not be started.");
        var host = new DevHostProcess(process, baseAddress);
        await host.WaitUntilReadyAsync();
        return host;
    }

    /// <summary>The environment of a host on the test Azurite, on its own task hub.</summary>
    public static Dictionary<string, string> OnTestStorage(string hub) => new()
    {
        ["AzureWebJobsStorage"] = AzuriteServer.ConnectionString,
        ["DurableTask__HubName"] = hub,
        ["DurableTask__WorkerId"] = hub + "-worker",
    };

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>Sends SIGTERM and waits for a clean exit; answers how long it took.</summary>
    public async Task<TimeSpan> StopAsync()
    {
        var elapsed = Stopwatch.StartNew();
        if (!_process.HasExited)
        {
            var pid = _process.Id.ToString(CultureInfo.InvariantCulture);
            using var kill = Process.Start("kill", ["-TERM", pid]);
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(StopTimeout);
        await _process.WaitForExitAsync(timeout.Token);
        return elapsed.Elapsed;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static string DllPath()
    {
        // The test's output is .../tests/Santorin.DevHost.Tests/bin/{Configuration}/{tfm}/.
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = output.Name;
        var configuration = output.Parent!.Name;
        for (var dir = output; dir is not null; dir = dir.Parent)
        {
            var dll = Path.Combine(
                dir.FullName, "src", "Santorin.DevHost", "bin", configuration, framework, "Santorin.DevHost.dll");
            if (File.Exists(dll))
            {
                return dll;
            }
        }

        throw new InvalidOperationException("Santorin.DevHost.dll not found: build src/Santorin.DevHost first.");
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var elapsed = Stopwatch.StartNew();
        while (elapsed.Elapsed < ReadyTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The development host exited ({_process.ExitCode}):\n{Output}");
            }

            try
            {
                using var answer = await client.GetAsync(new Uri("api/exams/ready-probe", UriKind.Relative));
                if (answer.StatusCode == HttpStatusCode.Unauthorized)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The development host did not answer in {ReadyTimeout}:\n{Output}");
    }
}
