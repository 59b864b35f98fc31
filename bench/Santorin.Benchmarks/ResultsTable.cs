using System.Text;

namespace Santorin.Benchmarks;

/// <summary>
/// Writes the results as a Markdown table between two markers of a file, leaving the rest of the
/// file (the hand-written analysis) as it is; a file without the markers gets them appended. The
/// README has one pair of markers, for the latest run; bench/RESULTS.md has one pair per size.
/// </summary>
internal static class ResultsTable
{
    public const string Latest = "results";

    public static string Sizes(bool quick) => quick ? "results:quick" : "results:full";

    public static string Render(IReadOnlyList<BenchResult> results, BenchOptions options, MachineState machine)
    {
        var text = new StringBuilder();
        text.AppendLine($"Command: `{options.Command}` ({(options.Quick ? "quick sizes" : "full sizes")}).");
        text.AppendLine();
        text.AppendLine($"Run {machine.FinishedAt:yyyy-MM-dd HH:mm} UTC on {machine.Describe()}.");
        text.AppendLine();
        text.AppendLine("| Case | Value | Unit | Floor / peer | Ratio | Goal | Met | Checks |");
        text.AppendLine("| --- | ---: | --- | ---: | ---: | --- | --- | --- |");
        foreach (var result in results)
        {
            var checks = string.Join("; ", result.Checks.Select(check =>
                $"{check.Name} {check.Measured} (goal {check.Goal}{(check.Met ? "" : ", missed")})"));
            text.AppendLine(
                $"| `{result.Case}` | {BenchResult.Number(result.Value)} | {result.Unit} | " +
                $"{BenchResult.Number(result.Floor)} | {BenchResult.Number(result.Ratio)} | {result.GoalText} | " +
                $"{(result.Met ? "yes" : "**no**")} | {checks} |");
        }

        text.AppendLine();
        foreach (var result in results.Where(result => result.Notes.Count > 0))
        {
            text.AppendLine($"- `{result.Case}`: {string.Join("; ", result.Notes)}.");
        }

        return text.ToString();
    }

    /// <summary>
    /// Replaces what lies between the markers named <paramref name="markers"/>; a missing file is
    /// created only when asked.
    /// </summary>
    public static void Write(string path, string markers, string table, bool createIfMissing)
    {
        var (begin, end) = ($"<!-- bench:{markers}:begin -->", $"<!-- bench:{markers}:end -->");
        var block = $"{begin}\n{table.TrimEnd()}\n{end}";
        if (!File.Exists(path))
        {
            if (createIfMissing)
            {
                File.WriteAllText(path, $"# Benchmark results\n\n{block}\n");
            }

            return;
        }

        var current = File.ReadAllText(path);
        var start = current.IndexOf(begin, StringComparison.Ordinal);
        var stop = current.IndexOf(end, StringComparison.Ordinal);
        var updated = start >= 0 && stop > start
            ? current[..start] + block + current[(stop + end.Length)..]
            : createIfMissing ? current.TrimEnd() + "\n\n" + block + "\n" : current;
        File.WriteAllText(path, updated);
    }
}
