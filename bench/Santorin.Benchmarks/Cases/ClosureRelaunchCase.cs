using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Santorin.Application.Closure;
using Santorin.Benchmarks.Harness;
using Santorin.Infrastructure.Storage;

namespace Santorin.Benchmarks.Cases;

/// <summary>
/// <c>closure-relaunch</c>: the closed exam imported again with one grade in a hundred changed,
/// then closed again; only the changed grades may be sent. The floor is reading what the
/// closure must read to know that: the exam's correction data and its ledger, side by side.
/// </summary>
internal sealed class ClosureRelaunchCase(Func<CancellationToken, Task<ClosureExam>> exam) : IBenchCase
{
    public string Name => "closure-relaunch";

    public async Task<BenchResult> RunAsync(CancellationToken cancellationToken)
    {
        var closure = await exam(cancellationToken);
        await closure.CloseFirstAsync(cancellationToken);
        var changed = ExamBodies.ChangeGrades(closure.Body, every: 100);
        await closure.App.ImportAsync(closure.ExamId, closure.Body, cancellationToken);

        var run = await closure.CloseAsync(cancellationToken);
        Console.WriteLine(
            $"  relaunch {run.Elapsed.TotalSeconds:F2} s: {changed.Count} grades changed, sent {run.Sent}, " +
            $"{run.CycladesCalls} Cyclades calls, {run.Transactions} transactions");
        Console.WriteLine($"  phases: {run.Phases}; {run.Cpu}");
        var floor = await ReadFloorAsync(closure, cancellationToken);
        Console.WriteLine($"  floor: exam and ledger read in {floor.TotalSeconds:F2} s");
        var resent = ResentCandidates(closure);

        var exactly = run.Sent == changed.Count && resent.SetEquals(changed);
        return new BenchResult(
            Name,
            run.Elapsed.TotalSeconds,
            "s",
            floor.TotalSeconds,
            run.Elapsed / floor,
            1.5,
            GoalKind.AtMost,
            [new("grades sent", $"{run.Sent} of {changed.Count} changed", "exactly the changed", exactly)],
            [
                $"{changed.Count} grades changed; {resent.Count} candidates applied twice by Cyclades",
                $"{run.CycladesCalls} Cyclades calls, {run.Transactions} table transactions",
                $"phases: {run.Phases}",
                $"relaunch: {run.Cpu}",
                "floor: ClosureData.ReadAsync, the exam and the ledger read side by side as the plan reads them",
            ]);
    }

    private static async Task<TimeSpan> ReadFloorAsync(ClosureExam closure, CancellationToken cancellationToken)
    {
        var store = closure.App.Services.GetRequiredService<TableCorrectionStore>();
        var ledger = closure.App.Services.GetRequiredService<TableLedger>();
        var watch = Stopwatch.StartNew();
        var (read, snapshot) = await ClosureData.ReadAsync(store, ledger, closure.ExamId, cancellationToken);
        var elapsed = watch.Elapsed;
        if (read is null)
        {
            throw new InvalidOperationException("The exam could not be read back.");
        }

        if (read.Candidates.Count != closure.Candidates || snapshot.Transmitted.Count != closure.Candidates)
        {
            throw new InvalidOperationException("The floor read back fewer candidates than the exam holds.");
        }

        return elapsed;
    }

    /// <summary>The candidates Cyclades applied a grade to more than once: the relaunch's, if only those.</summary>
    private static HashSet<string> ResentCandidates(ClosureExam closure)
    {
        var cyclades = closure.App.Simulators.Cyclades;
        return closure.Body["candidates"]!.AsArray()
            .Select(candidate => (string)candidate!["number"]!)
            .Where(number => cyclades.ApplicationsOf(closure.ExamId, number) > 1)
            .ToHashSet(StringComparer.Ordinal);
    }
}
