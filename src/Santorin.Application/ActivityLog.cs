using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Santorin.Application;

/// <summary>Started, Completed (with its time) and Failed (with the exception) for every activity.</summary>
internal static class ActivityLog
{
    /// <summary>Runs the activity's body between its log lines; <paramref name="workflow"/> says what the
    /// id names, as a reader would say it (<c>run</c>, <c>archive</c>).</summary>
    public static async Task<T> RunAsync<T>(
        ILogger logger,
        string workflow,
        string activity,
        string id,
        Func<Task<T>> run)
    {
        Logs.ActivityStarted(logger, activity, workflow, id);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = await run();
            var elapsed = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            Logs.ActivityCompleted(logger, activity, workflow, id, elapsed);
            return result;
        }
        catch (Exception exception)
        {
            Logs.ActivityFailed(logger, exception, activity, workflow, id);
            throw;
        }
    }
}
