using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace Santorin.Application.Closure;

/// <summary>
/// One closure run: check publication, plan, then send the batches to Cyclades with bounded
/// parallelism while declaring work done to Imag'In, and record the run. Deterministic: every I/O is an
/// activity, and what it passes around is counts, never grade lists.
/// </summary>
public static class ClosureOrchestration
{
    public const string Name = "ClosureOrchestration";

    /// <summary>For crashes of an activity; HTTP retries happen inside the clients.</summary>
    public static TaskOptions ActivityRetry { get; } = TaskOptions.FromRetryPolicy(new RetryPolicy(
        maxNumberOfAttempts: 4,
        firstRetryInterval: TimeSpan.FromSeconds(2),
        backoffCoefficient: 2,
        maxRetryInterval: TimeSpan.FromSeconds(30)));

    public static async Task<RunCompletion> RunAsync(TaskOrchestrationContext context, ClosureInput input)
    {
        var logger = context.CreateReplaySafeLogger(Name);
        Logs.ClosureStarted(logger, input.ExamId, input.RunId, input.ResendAll);

        var published = await context.CallActivityAsync<ExportFailure?>(
            ClosureActivities.CheckPublication,
            input,
            ActivityRetry);
        if (published is not null)
        {
            return await CompleteAsync(context, input, Refused(published), Skipped(), logger);
        }

        var plan = await context.CallActivityAsync<PlannedRun>(ClosureActivities.Plan, input, ActivityRetry);

        // Pay does not depend on results: the declarations go out beside the grades, not after them.
        var declaring = DeclareWorkDoneAsync(context, input, plan);
        var cyclades = await SendBatchesAsync(context, input, plan);
        var imagin = await declaring;
        return await CompleteAsync(context, input, cyclades, imagin, logger);
    }

    private static async Task<ExportTotals> SendBatchesAsync(
        TaskOrchestrationContext context,
        ClosureInput input,
        PlannedRun plan)
    {
        var lines = plan.Grades + plan.Absents;
        var progress = new ClosureProgress(input.RunId, plan.Batches, 0, lines, 0, 0, 0);
        context.SetCustomStatus(progress);
        if (plan.Batches == 0)
        {
            return Skipped();
        }

        var inFlight = new List<Task<BatchOutcome>>();
        ExportFailure? failure = null;
        var next = 0;
        while (next < plan.Batches || inFlight.Count > 0)
        {
            while (failure is null && next < plan.Batches && inFlight.Count < input.MaxParallelBatches)
            {
                var batch = new BatchInput(input.ExamId, input.RunId, next++);
                inFlight.Add(context.CallActivityAsync<BatchOutcome>(
                    ClosureActivities.SendBatch,
                    batch,
                    ActivityRetry));
            }

            if (inFlight.Count == 0)
            {
                break;
            }

            var done = await Task.WhenAny(inFlight);
            inFlight.Remove(done);
            var outcome = await done;
            failure ??= outcome.Failure;
            progress = progress with
            {
                BatchesDone = progress.BatchesDone + 1,
                GradesSent = progress.GradesSent + outcome.Sent,
                Accepted = progress.Accepted + outcome.Accepted,
                Rejected = progress.Rejected + outcome.Rejected,
            };
            context.SetCustomStatus(progress);
        }

        var status = failure is not null ? "failed" : progress.Rejected > 0 ? "partial" : "succeeded";
        return new ExportTotals(status, progress.GradesSent, progress.Accepted, progress.Rejected, failure);
    }

    private static async Task<ExportTotals> DeclareWorkDoneAsync(
        TaskOrchestrationContext context,
        ClosureInput input,
        PlannedRun plan)
    {
        if (plan.WorkDone == 0)
        {
            return Skipped();
        }

        var chunks = Enumerable.Range(0, plan.WorkDoneChunks)
            .Select(chunk => new WorkDoneInput(input.ExamId, input.RunId, chunk, input.StartedAt))
            .Select(chunk => context.CallActivityAsync<WorkDoneOutcome>(
                ClosureActivities.DeclareWorkDone,
                chunk,
                ActivityRetry));
        var outcomes = await Task.WhenAll(chunks);

        var declared = outcomes.Sum(outcome => outcome.Declared);
        var refused = outcomes.Sum(outcome => outcome.Refused);
        var unanswered = outcomes.Sum(outcome => outcome.Unanswered);
        var status = unanswered > 0 ? "failed" : refused > 0 ? "partial" : "succeeded";
        var failure = unanswered > 0
            ? new ExportFailure(
                "imagin-unavailable",
                $"Imag'In n'a pas répondu pour {unanswered} déclaration(s) de service fait : " +
                "elles seront refaites à la prochaine clôture.")
            : null;
        return new ExportTotals(status, declared + refused + unanswered, declared, refused + unanswered, failure);
    }

    private static async Task<RunCompletion> CompleteAsync(
        TaskOrchestrationContext context,
        ClosureInput input,
        ExportTotals cyclades,
        ExportTotals imagin,
        ILogger logger)
    {
        var status = cyclades.Status == "failed" ? "failed" : "completed";
        var completion = new RunCompletion(input, status, cyclades, imagin);
        await context.CallActivityAsync(ClosureActivities.Complete, completion, ActivityRetry);
        Logs.ClosureCompleted(logger, input.ExamId, input.RunId, status, cyclades.Accepted, cyclades.Rejected);
        return completion;
    }

    private static ExportTotals Skipped() => new("skipped", 0, 0, 0, null);

    private static ExportTotals Refused(ExportFailure failure) => new("failed", 0, 0, 0, failure);
}
