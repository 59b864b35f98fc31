using System.Diagnostics;
using System.Text.Json;

namespace Santorin.Benchmarks.Harness;

/// <summary>What img2pdf took to convert the copies, timed by itself inside its interpreter.</summary>
internal sealed record Img2PdfRun(double Seconds, long Bytes, string Version);

/// <summary>
/// Runs img2pdf (Debian's <c>python3-img2pdf</c> under Debian's <c>/usr/bin/python3</c>) on the
/// scans written to a directory: one interpreter per round, so its start-up is not timed.
/// </summary>
internal static class Img2Pdf
{
    public const string Python = "/usr/bin/python3";

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static async Task<Img2PdfRun> ConvertAsync(
        string scanDirectory,
        int copies,
        CancellationToken cancellationToken)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "Harness", "img2pdf_loop.py");
        var info = new ProcessStartInfo(Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(script);
        info.ArgumentList.Add(scanDirectory);
        info.ArgumentList.Add($"{copies}");

        using var process = Process.Start(info)
            ?? throw new InvalidOperationException($"{Python} could not be started.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"img2pdf failed ({process.ExitCode}): {await errors}. " +
                "Install it with `apt-get install -y img2pdf python3-img2pdf`.");
        }

        return JsonSerializer.Deserialize<Img2PdfRun>(await output, Json)
            ?? throw new InvalidOperationException("img2pdf printed no result.");
    }
}
