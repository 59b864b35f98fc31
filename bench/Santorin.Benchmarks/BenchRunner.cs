using System.Text.Json;
using Santorin.Benchmarks.Cases;
using Santorin.Benchmarks.Harness;

namespace Santorin.Benchmarks;

/// <summary>
/// Runs the selected cases in order, prints each one's <c>RESULT</c> line, and writes the table
/// into bench/RESULTS.md and the README's Performance section (between their markers).
/// </summary>
internal static class BenchRunner
{
    private const int Correctors = 800;

    public static async Task<int> RunAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        if (options.Child)
        {
            return await RunChildAsync(options, cancellationToken);
        }

        var loadBefore = MachineState.ReadLoad();
        var results = new List<BenchResult>();
        await using (var closure = new ClosureFixture(options.Quick ? 20_000 : 100_000, Correctors))
        {
            foreach (var benchCase in Cases(options, closure))
            {
                results.Add(await RunCaseAsync(benchCase, cancellationToken));
            }
        }

        var machine = new MachineState(loadBefore, MachineState.ReadLoad(), TimeProvider.System.GetUtcNow());
        var table = ResultsTable.Render(results, options, machine);
        ResultsTable.Write(options.ResultsPath, ResultsTable.Sizes(options.Quick), table, createIfMissing: true);
        var readme = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(options.ResultsPath)!)!, "README.md");
        ResultsTable.Write(readme, ResultsTable.Latest, table, createIfMissing: false);
        Console.WriteLine($"Results written to {options.ResultsPath}.");
        return 0;
    }

    private static IEnumerable<IBenchCase> Cases(BenchOptions options, ClosureFixture closure)
    {
        IBenchCase[] all =
        [
            new ClosureFullCase(closure.GetAsync),
            new ClosureRelaunchCase(closure.GetAsync),
            new PdfCase(options.Quick ? 20 : 100),
            new ChildProcessCase("archive", options.Quick),
        ];
        return all.Where(benchCase => options.Selects(benchCase.Name));
    }

    private static async Task<BenchResult> RunCaseAsync(IBenchCase benchCase, CancellationToken cancellationToken)
    {
        Console.WriteLine($"== {benchCase.Name}");
        var result = await benchCase.RunAsync(cancellationToken);
        foreach (var check in result.Checks)
        {
            Console.WriteLine($"  {check.Name}: {check.Measured} (goal {check.Goal}) {(check.Met ? "met" : "MISSED")}");
        }

        Console.WriteLine(result.Line);
        return result;
    }

    /// <summary>One case in this process, its result written to the file the parent reads.</summary>
    private static async Task<int> RunChildAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        IBenchCase benchCase = options.Cases.SingleOrDefault() switch
        {
            "archive" => new ArchiveCase(),
            var other => throw new ArgumentException($"No case {other} runs in a process of its own.", nameof(options)),
        };
        var result = await benchCase.RunAsync(cancellationToken);
        var resultFile = options.ResultFile
            ?? throw new ArgumentException("--child needs --result-file.", nameof(options));
        await File.WriteAllTextAsync(resultFile, JsonSerializer.Serialize(result), cancellationToken);
        return 0;
    }
}

/// <summary>The application, warmed up, and the generated exam of the closure cases, started on first use.</summary>
internal sealed class ClosureFixture(int candidates, int correctors) : IAsyncDisposable
{
    private BenchApp? _app;
    private ClosureExam? _exam;

    public async Task<ClosureExam> GetAsync(CancellationToken cancellationToken)
    {
        if (_exam is null)
        {
            await using (var warmUp = await BenchApp.StartAsync())
            {
                await ClosureExam.WarmUpAsync(warmUp, cancellationToken);
            }

            _app = await BenchApp.StartAsync();
            _exam = await ClosureExam.ImportAsync(_app, candidates, correctors, cancellationToken);
        }

        return _exam;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
