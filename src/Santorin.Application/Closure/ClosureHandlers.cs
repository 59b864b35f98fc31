using DurableTask.Core.Exceptions;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using Santorin.Application.Exams;
using Santorin.Application.Http;
using Santorin.Core.Closure;
using Santorin.Core.Exams;
using Santorin.Infrastructure.Cyclades;
using Santorin.Infrastructure.Runs;
using Santorin.Infrastructure.Storage;

namespace Santorin.Application.Closure;

/// <summary>
/// The closure routes: indicators, preview, start, and the runs. One run per exam at a time:
/// its Durable instance id is fixed per exam, and a start is scheduled with dedupe statuses, so
/// of two racing starts exactly one is scheduled.
/// </summary>
public sealed class ClosureHandlers(
    ExamHandlers exams,
    TableCorrectionStore corrections,
    TableLedger ledger,
    RunStore runs,
    ICycladesClient cyclades,
    PublicationCache publications,
    IOptions<ClosureOptions> options,
    TimeProvider time)
{
    /// <summary>Messages of each export shown in a run's body; all are kept in storage.</summary>
    public const int MessagesShown = 100;

    public static string InstanceId(string examId) => $"closure-{examId}";

    public Task<IResult> GetIndicatorsAsync(
        HttpRequest request,
        string examId,
        DurableTaskClient durable,
        CancellationToken cancellationToken) =>
        ApiHandler.RunAsync(request, examId, async principal =>
        {
            await exams.FindAsync(examId, cancellationToken);
            ApiHandler.RequireManager(principal);

            var (exam, snapshot) = await ReadAsync(examId, cancellationToken);
            var indicators = ClosureIndicators.Compute(exam, snapshot);
            var published = await publications.IsPublishedAsync(examId, cancellationToken);
            var running = await RunningRunIdAsync(durable, examId, cancellationToken);
            var lastRun = (await runs.ListAsync(examId, cancellationToken)).FirstOrDefault(run => run.RunId != running);
            return Results.Json(IndicatorsBody.From(examId, indicators, published, running, lastRun), ApiJson.Options);
        });

    public Task<IResult> GetPreviewAsync(
        HttpRequest request,
        string examId,
        DurableTaskClient durable,
        CancellationToken cancellationToken) =>
        ApiHandler.RunAsync(request, examId, async principal =>
        {
            var summary = await exams.FindAsync(examId, cancellationToken);
            ApiHandler.RequireManager(principal);

            var (exam, snapshot) = await ReadAsync(examId, cancellationToken);
            var plan = ClosurePlanner.Plan(exam, snapshot, resendAll: false);
            var refusal = await CheckStartAsync(summary, durable, cancellationToken);
            var preview = new PreviewBody(
                RunRecords.KindName(plan.Kind),
                plan.Grades,
                plan.Absents,
                plan.WorkDone.Count,
                refusal?.Code);
            return Results.Json(preview, ApiJson.Options);
        });

    public Task<IResult> StartAsync(
        HttpRequest request,
        string examId,
        DurableTaskClient durable,
        CancellationToken cancellationToken) =>
        ApiHandler.RunAsync(request, examId, async principal =>
        {
            var body = await ApiBody.ReadAsync<StartBody>(request, cancellationToken);
            var summary = await exams.FindAsync(examId, cancellationToken);
            ApiHandler.RequireManager(principal);

            var refusal = await CheckStartAsync(summary, durable, cancellationToken);
            if (refusal is not null)
            {
                throw refusal;
            }

            var input = NewRun(examId, body?.ResendAll ?? false);
            await ScheduleAsync(durable, input, cancellationToken);
            await runs.AddIfMissingAsync(RunRecords.Pending(input), cancellationToken);

            var statusUrl = $"/api/exams/{examId}/closure/runs/{input.RunId}";
            var accepted = Results.Json(
                new StartedBody(input.RunId, statusUrl),
                ApiJson.Options,
                statusCode: StatusCodes.Status202Accepted);
            return new LocatedResult(accepted, statusUrl);
        });

    public Task<IResult> GetRunAsync(
        HttpRequest request,
        string examId,
        string runId,
        DurableTaskClient durable,
        CancellationToken cancellationToken) =>
        ApiHandler.RunAsync(request, examId, async principal =>
        {
            await exams.FindAsync(examId, cancellationToken);
            ApiHandler.RequireManager(principal);

            var run = await FindRunAsync(examId, runId, cancellationToken);
            run = await WithLiveProgressAsync(run, durable, cancellationToken);
            var cycladesMessages = await runs.ReadMessagesAsync(
                examId, runId, RunExport.Cyclades, MessagesShown, cancellationToken);
            var imaginMessages = await runs.ReadMessagesAsync(
                examId, runId, RunExport.Imagin, MessagesShown, cancellationToken);
            return Results.Json(RunBody.From(run, cycladesMessages, imaginMessages), ApiJson.Options);
        });

    public Task<IResult> ListRunsAsync(
        HttpRequest request,
        string examId,
        DurableTaskClient durable,
        CancellationToken cancellationToken) =>
        ApiHandler.RunAsync(request, examId, async principal =>
        {
            await exams.FindAsync(examId, cancellationToken);
            ApiHandler.RequireManager(principal);

            var items = new List<RunBody>();
            foreach (var run in await runs.ListAsync(examId, cancellationToken))
            {
                items.Add(RunBody.From(await WithLiveProgressAsync(run, durable, cancellationToken), null, null));
            }

            return Results.Json(new { items }, ApiJson.Options);
        });

    /// <summary>The refusal a start would get now, in the contract's order, or null.</summary>
    private async Task<ApiProblem?> CheckStartAsync(
        ExamSummary summary,
        DurableTaskClient durable,
        CancellationToken cancellationToken)
    {
        var running = await RunningRunIdAsync(durable, summary.ExamId, cancellationToken);
        if (running is not null)
        {
            return ClosureRunning(running);
        }

        if (summary.LockedLots == 0)
        {
            return new ApiProblem(
                StatusCodes.Status422UnprocessableEntity,
                ClosurePlan.NoLockedLot,
                "Aucun lot de l'épreuve n'est verrouillé : il n'y a rien à clôturer.");
        }

        var publication = await cyclades.GetPublicationAsync(summary.ExamId, cancellationToken);
        publications.Remember(summary.ExamId, publication);
        return PublicationRefusal.ToProblem(summary.ExamId, publication);
    }

    private async Task ScheduleAsync(DurableTaskClient durable, ClosureInput input, CancellationToken cancellationToken)
    {
        var start = new StartOrchestrationOptions(InstanceId(input.ExamId))
            .WithDedupeStatuses(OrchestrationRuntimeStatus.Pending, OrchestrationRuntimeStatus.Running);
        try
        {
            await durable.ScheduleNewOrchestrationInstanceAsync(
                ClosureOrchestration.Name,
                input,
                start,
                cancellationToken);
        }
        catch (OrchestrationAlreadyExistsException)
        {
            var running = await RunningRunIdAsync(durable, input.ExamId, cancellationToken);
            throw ClosureRunning(running ?? "");
        }
    }

    private static async Task<string?> RunningRunIdAsync(
        DurableTaskClient durable,
        string examId,
        CancellationToken cancellationToken)
    {
        var instance = await durable.GetInstanceAsync(InstanceId(examId), getInputsAndOutputs: true, cancellationToken);
        return instance is { RuntimeStatus: OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Running }
            ? instance.ReadInputAs<ClosureInput>()?.RunId
            : null;
    }

    /// <summary>A running run's record with the progress its orchestration reports.</summary>
    private static async Task<RunRecord> WithLiveProgressAsync(
        RunRecord run,
        DurableTaskClient durable,
        CancellationToken cancellationToken)
    {
        if (run.Status is not (RunStatuses.Pending or RunStatuses.Running))
        {
            return run;
        }

        var instance = await durable.GetInstanceAsync(
            InstanceId(run.ExamId),
            getInputsAndOutputs: true,
            cancellationToken);
        var progress = instance?.ReadCustomStatusAs<ClosureProgress>();
        if (progress is null || progress.RunId != run.RunId)
        {
            return run;
        }

        return run with
        {
            Progress = new RunProgress(progress.Batches, progress.BatchesDone, progress.Grades, progress.GradesSent),
            Cyclades = run.Cyclades with
            {
                Sent = progress.GradesSent,
                Accepted = progress.Accepted,
                Rejected = progress.Rejected,
            },
        };
    }

    private async Task<RunRecord> FindRunAsync(string examId, string runId, CancellationToken cancellationToken)
    {
        var run = TableKeyOrNull(runId) is null
            ? null
            : await runs.GetAsync(examId, runId, cancellationToken);
        return run ?? throw new ApiProblem(
            StatusCodes.Status404NotFound,
            "run-not-found",
            $"Aucune clôture {runId} n'existe pour l'épreuve {examId}.");
    }

    private async Task<(Exam Exam, LedgerSnapshot Ledger)> ReadAsync(string examId, CancellationToken cancellationToken)
    {
        var (exam, snapshot) = await ClosureData.ReadAsync(corrections, ledger, examId, cancellationToken);
        return (exam ?? throw ApiProblem.ExamNotFound(examId), snapshot);
    }

    private ClosureInput NewRun(string examId, bool resendAll)
    {
        var now = time.GetUtcNow();
        var runId = $"{now:yyyyMMddTHHmmssfff}-{Guid.NewGuid().ToString("N")[..6]}";
        return new ClosureInput(examId, runId, resendAll, now, options.Value.MaxParallelBatches);
    }

    private static ApiProblem ClosureRunning(string runId) =>
        new(
            StatusCodes.Status409Conflict,
            "closure-running",
            $"Une clôture de cette épreuve est déjà en cours ({runId}).",
            extensions: new Dictionary<string, object?> { ["runId"] = runId });

    private static string? TableKeyOrNull(string runId) => TableKey.IsValid(runId) ? runId : null;

    private sealed record StartBody(bool? ResendAll);

    private sealed record StartedBody(string RunId, string StatusUrl);

    private sealed record PreviewBody(string Kind, int Grades, int Absents, int WorkDone, string? BlockedBy);
}
