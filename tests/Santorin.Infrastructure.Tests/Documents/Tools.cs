using System.ComponentModel;
using System.Diagnostics;

namespace Santorin.Infrastructure.Tests.Documents;

/// <summary>
/// Runs the command-line checkers (qpdf, poppler-utils, unzip); a missing one fails the test,
/// saying how to install it.
/// </summary>
internal static class Tools
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static async Task<Result> RunAsync(string tool, params string[] arguments)
    {
        var info = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Start(info, tool);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new Result(process.ExitCode, await output, await error);
    }

    /// <summary>Runs the tool and fails the test unless it exits with 0.</summary>
    public static async Task<string> RunCleanAsync(string tool, params string[] arguments)
    {
        var result = await RunAsync(tool, arguments);
        Assert.True(
            result.ExitCode == 0,
            $"{tool} {string.Join(' ', arguments)} exited with {result.ExitCode}:\n{result.Output}\n{result.Error}");
        return result.Output;
    }

    private static Process Start(ProcessStartInfo info, string tool)
    {
        try
        {
            return Process.Start(info) ?? throw new InvalidOperationException($"{tool} did not start.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException(
                $"{tool} is not installed: run `apt-get update && apt-get install -y qpdf poppler-utils unzip`.", e);
        }
    }
}

/// <summary>A temporary folder deleted with its content at the end of a test.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("santorin-docs-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, true);
}
