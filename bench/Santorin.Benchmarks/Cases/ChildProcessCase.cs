using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using Santorin.Testing;

namespace Santorin.Benchmarks.Cases;

/// <summary>
/// Runs a case in a new process of this program, sharing this process's Azurite, so that what
/// the case measures of its process (peak memory) is its own. The child writes its result to a
/// file; its console output is passed through.
/// </summary>
internal sealed class ChildProcessCase(string name, bool quick) : IBenchCase
{
    public string Name => name;

    public async Task<BenchResult> RunAsync(CancellationToken cancellationToken)
    {
        var resultFile = Path.GetTempFileName();
        var info = StartInfo();
        foreach (var argument in new[] { "--child", "--case", name, "--result-file", resultFile })
        {
            info.ArgumentList.Add(argument);
        }

        if (quick)
        {
            info.ArgumentList.Add("--quick");
        }

        info.Environment[AzuriteServer.ConnectionStringVariable] = AzuriteServer.ConnectionString;
        using var process = Process.Start(info)
            ?? throw new InvalidOperationException("The case's process could not be started.");
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"The {name} case's process failed with exit code {process.ExitCode}.");
        }

        var written = await File.ReadAllTextAsync(resultFile, cancellationToken);
        var result = JsonSerializer.Deserialize<BenchResult>(written);
        File.Delete(resultFile);
        return result ?? throw new InvalidOperationException($"The {name} case's process wrote no result.");
    }

    /// <summary>This program again: its apphost, or <c>dotnet</c> with its assembly.</summary>
    private static ProcessStartInfo StartInfo()
    {
        var path = Environment.ProcessPath ?? throw new InvalidOperationException("The program's path is unknown.");
        var info = new ProcessStartInfo(path) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(path) == "dotnet")
        {
            info.ArgumentList.Add(Assembly.GetExecutingAssembly().Location);
        }

        return info;
    }
}
