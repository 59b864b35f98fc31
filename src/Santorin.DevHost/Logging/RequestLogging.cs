namespace Santorin.DevHost.Logging;

/// <summary>
/// One line per request: method, path, status and time. The query string is left out: a search
/// carries names in it.
/// </summary>
internal sealed class RequestLogging(RequestDelegate next, TimeProvider time, ILogger<RequestLogging> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = time.GetTimestamp();
        var method = context.Request.Method;
        var path = context.Request.Path.Value ?? "/";
        try
        {
            await next(context);
        }
        catch (Exception exception)
        {
            Logs.RequestFailed(logger, exception, method, path, Elapsed(started));
            throw;
        }

        Logs.RequestAnswered(logger, method, path, context.Response.StatusCode, Elapsed(started));
    }

    private long Elapsed(long started) => (long)time.GetElapsedTime(started).TotalMilliseconds;
}
