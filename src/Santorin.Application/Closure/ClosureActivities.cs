using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Santorin.Core.Closure;
using Santorin.Infrastructure.Cyclades;
using Santorin.Infrastructure.External;
using Santorin.Infrastructure.Imagin;
using Santorin.Infrastructure.Runs;
using Santorin.Infrastructure.Storage;

namespace Santorin.Application.Closure;

/// <summary>
/// The closure's activities. Each may run more than once: every call to Cyclades or Imag'In
/// carries a key derived from the run and the batch, and every write is an upsert keyed the
/// same way, so a second execution has the effect of one.
/// </summary>
public sealed class ClosureActivities(
    TableCorrectionStore corrections,
    TableLedger ledger,
    ClosureWorkStore work,
    RunStore runs,
    ICycladesClient cyclades,
    IImaginClient imagin,
    IOptions<ClosureOptions> options,
    TimeProvider time,
    ILogger<ClosureActivities> logger)
{
    public const string CheckPublication = "CheckPublication";
    public const string Plan = "PlanClosure";
    public const string SendBatch = "SendGradeBatch";
    public const string DeclareWorkDone = "DeclareWorkDone";
    public const string Complete = "CompleteClosure";

    /// <summary>Declarations in flight at once within one chunk.</summary>
    private const int ParallelDeclarations = 8;

    public Task<ExportFailure?> CheckPublicationAsync(ClosureInput input, CancellationToken cancellationToken) =>
        RunLoggedAsync(CheckPublication, input.RunId, async () =>
        {
            var publication = await cyclades.GetPublicationAsync(input.ExamId, cancellationToken);
            return PublicationRefusal.Of(publication);
        });

    public Task<PlannedRun> PlanAsync(ClosureInput input, CancellationToken cancellationToken) =>
        RunLoggedAsync(Plan, input.RunId, async () =>
        {
            var (read, snapshot) = await ClosureData.ReadAsync(corrections, ledger, input.ExamId, cancellationToken);
            var exam = read ?? throw new InvalidOperationException($"Exam {input.ExamId} has no correction data.");
            var plan = ClosurePlanner.Plan(exam, snapshot, input.ResendAll);

            var batches = await work.WriteBatchesAsync(
                input.ExamId,
                input.RunId,
                TableLedger.InWriteOrder(input.ExamId, plan.Lines),
                options.Value.BatchSize,
                cancellationToken);
            var chunks = await work.WriteWorkDoneAsync(
                input.ExamId, input.RunId, plan.WorkDone, options.Value.WorkDoneChunkSize, cancellationToken);
            var kind = RunRecords.KindName(plan.Kind);
            await MarkRunningAsync(input, kind, batches, plan.Lines.Count, cancellationToken);

            Logs.RunPlanned(logger, input.RunId, kind, plan.Grades, plan.Absents, batches, plan.WorkDone.Count);
            return new PlannedRun(kind, batches, plan.Grades, plan.Absents, chunks, plan.WorkDone.Count);
        });

    public Task<BatchOutcome> SendBatchAsync(BatchInput input, CancellationToken cancellationToken) =>
        RunLoggedAsync(SendBatch, input.RunId, async () =>
        {
            var lines = await work.ReadBatchAsync(input.ExamId, input.RunId, input.Batch, cancellationToken);
            var key = $"{input.RunId}-{input.Batch}";
            var result = await cyclades.PutGradesAsync(input.ExamId, key, lines, cancellationToken);
            if (!result.Succeeded)
            {
                var failure = result.Failure;
                Logs.BatchFailed(logger, input.RunId, input.Batch, failure.Code);
                var message = new RunMessage(null, null, failure.Code, failure.Message);
                await runs.AddMessagesAsync(
                    input.ExamId, input.RunId, RunExport.Cyclades, [(BatchKey(input.Batch, 9999), message)],
                    cancellationToken);
                return new BatchOutcome(0, 0, 0, new ExportFailure(failure.Code, failure.Message));
            }

            var answered = result.Value.Lines;
            var accepted = lines.Where((_, index) => answered[index].Accepted).ToList();
            await ledger.RecordTransmittedAsync(
                input.ExamId, input.RunId, accepted, time.GetUtcNow(), cancellationToken);
            var rejections = answered
                .Select((line, index) => (line, index))
                .Where(item => !item.line.Accepted)
                .Select(item => (
                    BatchKey(input.Batch, item.index),
                    new RunMessage(item.line.Candidate, null, item.line.Code ?? "", item.line.Message ?? "")))
                .ToList();
            await runs.AddMessagesAsync(input.ExamId, input.RunId, RunExport.Cyclades, rejections, cancellationToken);

            Logs.BatchSent(logger, input.RunId, input.Batch, accepted.Count, rejections.Count);
            return new BatchOutcome(lines.Count, accepted.Count, rejections.Count, null);
        });

    public Task<WorkDoneOutcome> DeclareWorkDoneAsync(WorkDoneInput input, CancellationToken cancellationToken) =>
        RunLoggedAsync(DeclareWorkDone, input.RunId, async () =>
        {
            var declarations = await work.ReadWorkDoneAsync(input.ExamId, input.RunId, input.Chunk, cancellationToken);
            var outcomes = new (WorkDone Declaration, Declaration Result)[declarations.Count];
            var parallel = new ParallelOptions
            {
                MaxDegreeOfParallelism = ParallelDeclarations,
                CancellationToken = cancellationToken,
            };
            await Parallel.ForEachAsync(Enumerable.Range(0, declarations.Count), parallel, async (index, token) =>
            {
                var declaration = declarations[index];
                var key = $"{input.RunId}-wd-{declaration.CorrectorId}";
                var result = await imagin.DeclareWorkDoneAsync(
                    input.ExamId, declaration.CorrectorId, declaration.Copies, input.DeclaredAt, key, token);
                outcomes[index] = (declaration, Declaration.Of(result));
            });

            return await RecordDeclarationsAsync(input, outcomes, cancellationToken);
        });

    public Task<bool> CompleteAsync(RunCompletion completion, CancellationToken cancellationToken) =>
        RunLoggedAsync(Complete, completion.Input.RunId, async () =>
        {
            var input = completion.Input;
            var run = await runs.GetAsync(input.ExamId, input.RunId, cancellationToken) ?? RunRecords.Pending(input);
            if (completion.Cyclades.Failure is { } failure && completion.Cyclades.Sent == 0)
            {
                var message = new RunMessage(null, null, failure.Code, failure.Message);
                await runs.AddMessagesAsync(
                    input.ExamId, input.RunId, RunExport.Cyclades, [("run", message)], cancellationToken);
            }

            await runs.SaveAsync(Completed(run, completion), cancellationToken);
            return true;
        });

    private async Task<WorkDoneOutcome> RecordDeclarationsAsync(
        WorkDoneInput input,
        IReadOnlyList<(WorkDone Declaration, Declaration Result)> outcomes,
        CancellationToken cancellationToken)
    {
        var recorded = outcomes
            .Where(outcome => outcome.Result.Recorded)
            .Select(outcome => outcome.Declaration)
            .ToList();
        await ledger.RecordDeclaredAsync(input.ExamId, input.RunId, recorded, time.GetUtcNow(), cancellationToken);

        var messages = outcomes
            .Where(outcome => !outcome.Result.Recorded)
            .Select(outcome => (
                outcome.Declaration.CorrectorId,
                new RunMessage(null, outcome.Declaration.CorrectorId, outcome.Result.Code, outcome.Result.Message)))
            .ToList();
        await runs.AddMessagesAsync(input.ExamId, input.RunId, RunExport.Imagin, messages, cancellationToken);

        return new WorkDoneOutcome(
            outcomes.Count(outcome => outcome.Result.Recorded),
            outcomes.Count(outcome => outcome.Result.Refused),
            outcomes.Count(outcome => outcome.Result is { Recorded: false, Refused: false }));
    }

    private async Task MarkRunningAsync(
        ClosureInput input,
        string kind,
        int batches,
        int lines,
        CancellationToken cancellationToken)
    {
        var run = RunRecords.Pending(input) with
        {
            Status = RunStatuses.Running,
            Kind = kind,
            Progress = new RunProgress(batches, 0, lines, 0),
            Cyclades = new CycladesExport(lines == 0 ? ExportStatuses.Skipped : ExportStatuses.Running, 0, 0, 0),
        };
        await runs.SaveAsync(run, cancellationToken);
    }

    private RunRecord Completed(RunRecord run, RunCompletion completion) =>
        run with
        {
            Status = completion.Status,
            CompletedAt = time.GetUtcNow(),
            Progress = run.Progress with
            {
                BatchesDone = run.Progress.Batches,
                GradesSent = completion.Cyclades.Sent,
            },
            Cyclades = new CycladesExport(
                completion.Cyclades.Status,
                completion.Cyclades.Sent,
                completion.Cyclades.Accepted,
                completion.Cyclades.Rejected),
            Imagin = new ImaginExport(
                completion.Imagin.Status,
                completion.Imagin.Accepted,
                completion.Imagin.Rejected),
        };

    /// <summary>What one declaration came to: recorded, refused by Imag'In, or never answered.</summary>
    private sealed record Declaration(bool Recorded, bool Refused, string Code, string Message)
    {
        public static Declaration Of(ExternalResult<WorkDoneRecorded> result) =>
            result.Succeeded
                ? new Declaration(true, false, "", "")
                : new Declaration(
                    false,
                    result.Failure.Kind == ExternalFailureKind.Refused,
                    result.Failure.Code,
                    result.Failure.Message);
    }

    private static string BatchKey(int batch, int line) => $"{batch:00000}-{line:0000}";

    private Task<T> RunLoggedAsync<T>(string activity, string runId, Func<Task<T>> run) =>
        ActivityLog.RunAsync(logger, "run", activity, runId, run);
}
