using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Santorin.Benchmarks.Harness;
using Santorin.Testing;

namespace Santorin.Benchmarks.Cases;

/// <summary>What one closure did, measured from its start to its completion.</summary>
internal sealed record ClosureRun(
    TimeSpan Elapsed,
    JsonElement Body,
    int CycladesCalls,
    int Transactions,
    ClosurePhases Phases,
    CpuUse Cpu)
{
    public int Sent => Body.GetProperty("cyclades").GetProperty("sent").GetInt32();

    public int Accepted => Body.GetProperty("cyclades").GetProperty("accepted").GetInt32();

    public int Declared => Body.GetProperty("imagin").GetProperty("declared").GetInt32();

    public string Status => Body.GetProperty("status").GetString() ?? "";
}

/// <summary>
/// The generated exam both closure cases use, imported once (untimed) into the running
/// application, with both simulators seeded with it; closing it is what the cases time.
/// </summary>
internal sealed class ClosureExam(BenchApp app, string examId, JsonObject body, int candidates, int correctors)
{
    private const int WarmUpCandidates = 20_000;
    private const int WarmUpCorrectors = 800;

    public BenchApp App { get; } = app;

    public string ExamId { get; } = examId;

    public JsonObject Body { get; } = body;

    public int Candidates { get; } = candidates;

    public int Correctors { get; } = correctors;

    public ClosureRun? FirstClosure { get; private set; }

    public static async Task<ClosureExam> ImportAsync(
        BenchApp app,
        int candidates,
        int correctors,
        CancellationToken cancellationToken)
    {
        var examId = AzuriteServer.UniqueName("bench");
        var body = ExamBodies.Create(candidates, correctors);
        var watch = Stopwatch.StartNew();
        await app.ImportAsync(examId, body, cancellationToken);
        Console.WriteLine($"  imported {candidates} candidates in {watch.Elapsed.TotalSeconds:F1} s (untimed)");

        var numbers = body["candidates"]!.AsArray().Select(candidate => (string)candidate!["number"]!);
        var correctorIds = body["correctors"]!.AsArray().Select(corrector => (string)corrector!["id"]!);
        app.Simulators.Cyclades.SeedExam(examId, 20m, numbers);
        app.Simulators.Imagin.SeedExam(examId, correctorIds);
        return new ClosureExam(app, examId, body, candidates, correctors);
    }

    /// <summary>
    /// Imports and closes an exam once, untimed, so that the timed closures run on code already
    /// compiled, as in a host that has served before: the first closure of a fresh process spends
    /// about a third of its CPU in the JIT (measured with perf). Run on an application of its own,
    /// so that its rows do not sit in the measured exam's tables.
    /// </summary>
    public static async Task WarmUpAsync(BenchApp app, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var warmUp = await ImportAsync(app, WarmUpCandidates, WarmUpCorrectors, cancellationToken);
        await warmUp.CloseAsync(cancellationToken);
        var seconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine($"  warmed up on {WarmUpCandidates} candidates in {seconds:F1} s (untimed)");
    }

    /// <summary>The first closure, once: the relaunch case needs it done even when run alone.</summary>
    public async Task<ClosureRun> CloseFirstAsync(CancellationToken cancellationToken) =>
        FirstClosure ??= await CloseAsync(cancellationToken);

    /// <summary>Closes the exam through the API, counting Cyclades calls and table transactions.</summary>
    public async Task<ClosureRun> CloseAsync(CancellationToken cancellationToken)
    {
        var calls = CycladesPuts();
        var transactions = App.Transactions.Count;
        var startedAt = TimeProvider.System.GetUtcNow();
        var cpu = CpuUse.Start();
        var watch = Stopwatch.StartNew();

        var body = await App.CloseAsync(ExamId, cancellationToken);

        var elapsed = watch.Elapsed;
        var used = cpu.Stop();
        var phases = ClosurePhases.FromCalls(App.Simulators, startedAt, startedAt + elapsed);
        var run = new ClosureRun(
            elapsed,
            body,
            CycladesPuts() - calls,
            App.Transactions.Count - transactions,
            phases,
            used);
        if (run.Status != "completed")
        {
            throw new InvalidOperationException($"The closure ended {run.Status}: {body}");
        }

        return run;
    }

    private int CycladesPuts() => App.Simulators.Cyclades.Calls.Count(call => call.Method == "PUT");
}
