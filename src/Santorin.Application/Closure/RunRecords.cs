using Santorin.Core.Closure;
using Santorin.Infrastructure.Runs;

namespace Santorin.Application.Closure;

internal static class RunRecords
{
    /// <summary>A run's kind as the API and the runs table write it.</summary>
    public static string KindName(ClosureKind kind) => kind == ClosureKind.Total ? "total" : "partial";

    /// <summary>A run as recorded when it starts: nothing planned, nothing sent yet.</summary>
    public static RunRecord Pending(ClosureInput input) =>
        new(
            input.ExamId,
            input.RunId,
            RunStatuses.Pending,
            null,
            input.StartedAt,
            null,
            input.ResendAll,
            new RunProgress(0, 0, 0, 0),
            new CycladesExport(ExportStatuses.Pending, 0, 0, 0),
            new ImaginExport(ExportStatuses.Pending, 0, 0));
}
