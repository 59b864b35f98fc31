using System.ComponentModel;
using System.Diagnostics;
using Xunit;

namespace Santorin.Testing;

/// <summary>
/// Runs the command-line checkers (qpdf, poppler-utils, unzip); a missing one fails the test,
/// saying how to install it.
/// </summary>
public static class CommandLineTools
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Task<Result> RunAsync(string tool, params string[] arguments) =>
        RunInAsync(Environment.CurrentDirectory, TimeSpan.FromMinutes(5), tool, arguments);

    /// <summary>Runs the tool in <paramref name="directory"/>, giving up after <paramref name="timeout"/>.</summary>
    public static async Task<Result> RunInAsync(
        string directory,
        TimeSpan timeout,
        string tool,
        params string[] arguments)
    {
        var info = new ProcessStartInfo(tool)
        {
            WorkingDirectory = directory,
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
        using var cancellation = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancellation.Token);
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
                $"{tool} is not installed: run `apt-get update && " +
                "apt-get install -y qpdf poppler-utils unzip curl jq` " +
                "(as .ci/run does).",
                e);
        }
    }
}
