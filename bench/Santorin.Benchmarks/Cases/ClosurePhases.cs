using System.Globalization;
using Santorin.Simulators;
using Santorin.Simulators.Http;

namespace Santorin.Benchmarks.Cases;

/// <summary>
/// Where a closure's time went, read from when the simulators received their calls: planning
/// (start to the first grades call), grades (first to last grades call), work done (first to
/// last Imag'In call, beside the grades) and completion (last call of either to the run's end).
/// </summary>
internal sealed record ClosurePhases(TimeSpan Plan, TimeSpan Grades, TimeSpan WorkDone, TimeSpan Completion)
{
    public static ClosurePhases FromCalls(SimulatorServer simulators, DateTimeOffset startedAt, DateTimeOffset endedAt)
    {
        var grades = Since(simulators.Cyclades.Calls, startedAt).Where(call => call.Method == "PUT").ToList();
        var work = Since(simulators.Imagin.Calls, startedAt).ToList();
        if (grades.Count == 0)
        {
            return new ClosurePhases(endedAt - startedAt, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);
        }

        var lastCall = work.Count > 0 && work[^1].ReceivedAt > grades[^1].ReceivedAt
            ? work[^1].ReceivedAt
            : grades[^1].ReceivedAt;
        return new ClosurePhases(
            grades[0].ReceivedAt - startedAt,
            grades[^1].ReceivedAt - grades[0].ReceivedAt,
            work.Count > 0 ? work[^1].ReceivedAt - work[0].ReceivedAt : TimeSpan.Zero,
            endedAt - lastCall);
    }

    public override string ToString() =>
        $"plan {Seconds(Plan)} s, grades {Seconds(Grades)} s, work done {Seconds(WorkDone)} s, " +
        $"completion {Seconds(Completion)} s";

    private static IEnumerable<SimulatedCall> Since(IEnumerable<SimulatedCall> calls, DateTimeOffset startedAt) =>
        calls.Where(call => call.ReceivedAt >= startedAt).OrderBy(call => call.Sequence);

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
}
