namespace Santorin.DevHost.Simulators;

/// <summary>
/// After an exam is imported through <c>PUT /api/exams/{examId}</c>, makes it known to the
/// simulators before the answer leaves, so that the caller can start a closure right away.
/// </summary>
internal static class ImportMirror
{
    public static IApplicationBuilder UseImportMirror(this IApplicationBuilder app, InProcessSimulators simulators)
    {
        if (!simulators.Any)
        {
            return app;
        }

        return app.Use(async (context, next) =>
        {
            if (ImportedExamId(context.Request) is { } examId)
            {
                context.Response.OnStarting(async () =>
                {
                    if (context.Response.StatusCode == StatusCodes.Status200OK)
                    {
                        await simulators.RegisterAsync(examId, context.RequestAborted);
                    }
                });
            }

            await next(context);
        });
    }

    private static string? ImportedExamId(HttpRequest request)
    {
        if (!HttpMethods.IsPut(request.Method))
        {
            return null;
        }

        var segments = (request.Path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments is ["api", "exams", var examId] ? Uri.UnescapeDataString(examId) : null;
    }
}
