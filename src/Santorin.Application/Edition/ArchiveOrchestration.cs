using System.Globalization;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace Santorin.Application.Edition;

/// <summary>
/// One archive: render its copies' PDFs in chunks with bounded parallelism, then stream them into
/// one zip, then record how it ended. Deterministic: every I/O is an activity, and what passes
/// between them is ids and counts; the copies are recomputed from the archive's data version.
/// </summary>
/// <remarks>
/// The zip is written by one activity, about a second per hundred megabytes copied here. An
/// archive of a whole large exam (tens of gigabytes) outlasts the Functions consumption plan's
/// ten-minute activity limit; it needs a plan without that limit until the zip is split in parts.
/// </remarks>
public static class ArchiveOrchestration
{
    public const string Name = "ArchiveOrchestration";

    /// <summary>For crashes of an activity; storage calls retry inside the Azure clients.</summary>
    public static TaskOptions ActivityRetry { get; } = TaskOptions.FromRetryPolicy(new RetryPolicy(
        maxNumberOfAttempts: 3,
        firstRetryInterval: TimeSpan.FromSeconds(2),
        backoffCoefficient: 2,
        maxRetryInterval: TimeSpan.FromSeconds(30)));

    public static async Task<ArchiveCompletion> RunAsync(TaskOrchestrationContext context, ArchiveInput input)
    {
        var logger = context.CreateReplaySafeLogger(Name);

        var failure = await RenderAsync(context, input);
        if (failure is not null)
        {
            return await CompleteAsync(context, input, ArchiveStatuses.Failed, 0, failure, logger);
        }

        long bytes;
        try
        {
            var archive = new ArchiveRef(input.ExamId, input.ArchiveId);
            bytes = await context.CallActivityAsync<long>(ArchiveActivities.WriteZip, archive, ActivityRetry);
        }
        catch (TaskFailedException)
        {
            const string message = "L'écriture du fichier zip de l'archive a échoué : la demander à nouveau.";
            return await CompleteAsync(context, input, ArchiveStatuses.Failed, 0, message, logger);
        }

        return await CompleteAsync(context, input, ArchiveStatuses.Completed, bytes, null, logger);
    }

    /// <summary>Renders every chunk, a few at a time; answers the French message of the first failure.</summary>
    private static async Task<string?> RenderAsync(TaskOrchestrationContext context, ArchiveInput input)
    {
        // A list, not a set: which of several finished tasks WhenAny answers must be the same on replay.
        var inFlight = new List<(int Chunk, Task<ArchiveChunkOutcome> Task)>();
        string? failure = null;
        var next = 0;
        while (next < input.Chunks || inFlight.Count > 0)
        {
            while (failure is null && next < input.Chunks && inFlight.Count < input.MaxParallelChunks)
            {
                var chunk = new ArchiveChunkInput(input.ExamId, input.ArchiveId, next, input.ChunkSize);
                var task = context.CallActivityAsync<ArchiveChunkOutcome>(
                    ArchiveActivities.RenderChunk,
                    chunk,
                    ActivityRetry);
                inFlight.Add((next++, task));
            }

            if (inFlight.Count == 0)
            {
                break;
            }

            var done = await Task.WhenAny(inFlight.Select(item => item.Task));
            var finished = inFlight.First(item => item.Task == done);
            inFlight.Remove(finished);
            failure ??= await FailureOfAsync(done, finished.Chunk, input);
        }

        return failure;
    }

    private static async Task<string?> FailureOfAsync(
        Task<ArchiveChunkOutcome> done,
        int chunk,
        ArchiveInput input)
    {
        try
        {
            var outcome = await done;
            return outcome.FailureMessage;
        }
        catch (TaskFailedException)
        {
            var first = chunk * input.ChunkSize + 1;
            var last = Math.Min(input.Entries, first + input.ChunkSize - 1);
            return string.Create(
                CultureInfo.InvariantCulture,
                $"Le rendu des copies {first} à {last} de l'archive a échoué : la demander à nouveau.");
        }
    }

    private static async Task<ArchiveCompletion> CompleteAsync(
        TaskOrchestrationContext context,
        ArchiveInput input,
        string status,
        long bytes,
        string? message,
        ILogger logger)
    {
        var completion = new ArchiveCompletion(input.ExamId, input.ArchiveId, status, bytes, message);
        await context.CallActivityAsync(ArchiveActivities.Complete, completion, ActivityRetry);
        Logs.ArchiveEnded(logger, input.ExamId, input.ArchiveId, status, bytes);
        return completion;
    }
}
