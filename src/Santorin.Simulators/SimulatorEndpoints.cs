using Santorin.Simulators.Cyclades;
using Santorin.Simulators.Faults;
using Santorin.Simulators.Http;
using Santorin.Simulators.Imagin;

namespace Santorin.Simulators;

public static class SimulatorEndpoints
{
    public const string CycladesPrefix = "/cyclades";
    public const string ImaginPrefix = "/imagin";

    /// <summary>
    /// Maps Cyclades under <c>/cyclades</c> and Imag'In under <c>/imagin</c>, each with its <c>/_sim</c>
    /// endpoints, onto any application: the standalone simulator, a test server, or a development host.
    /// </summary>
    public static SimulatedSystems MapSimulators(
        this IEndpointRouteBuilder endpoints,
        SimulatorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        options ??= new SimulatorOptions();
        var time = options.TimeProvider
            ?? endpoints.ServiceProvider.GetService<TimeProvider>()
            ?? TimeProvider.System;
        var loggers = endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>();

        var cyclades = new CycladesSimulator(options, time, loggers.CreateLogger<CycladesSimulator>());
        var imagin = new ImaginSimulator(options, time, loggers.CreateLogger<ImaginSimulator>());

        MapCyclades(endpoints.MapGroup(CycladesPrefix), cyclades);
        MapImagin(endpoints.MapGroup(ImaginPrefix), imagin);
        return new SimulatedSystems(cyclades, imagin);
    }

    private static void MapCyclades(RouteGroupBuilder group, CycladesSimulator cyclades)
    {
        group.MapGet(
            "/v1/exams/{examId}/publication",
            context => cyclades.HandleAsync(context, cyclades.GetPublication));
        group.MapPut("/v1/exams/{examId}/grades", context => cyclades.HandleAsync(context, cyclades.PutGrades));

        var sim = MapCommon(group.MapGroup("/_sim"), cyclades);
        sim.MapPost("/exams", (CycladesSeed seed) =>
            seed is { ExamId: { Length: > 0 } examId, Maximum: > 0 }
                ? Results.Ok(cyclades.SeedExam(examId, seed.Maximum, seed.Candidates ?? []))
                : SimRequestInvalid(
                    "Le corps attendu est {\"examId\": \"…\", \"maximum\": 20, \"candidates\": [\"…\"]}."));
        sim.MapGet("/exams/{examId}", (string examId) =>
            cyclades.FindExam(examId) is { } exam ? Results.Ok(exam) : SimExamUnknown());
        sim.MapPut("/exams/{examId}/grades/{candidate}", (string examId, string candidate, ManualGrade change) =>
            ManualChange(cyclades, examId, candidate, change));
        sim.MapPost("/exams/{examId}/publish", (string examId) =>
            cyclades.FindExam(examId) is null ? SimExamUnknown() : Results.Ok(cyclades.Publish(examId)));
    }

    private static void MapImagin(RouteGroupBuilder group, ImaginSimulator imagin)
    {
        group.MapPut(
            "/v1/exams/{examId}/work-done/{correctorId}",
            context => imagin.HandleAsync(context, imagin.PutWorkDone));

        var sim = MapCommon(group.MapGroup("/_sim"), imagin);
        sim.MapPost("/exams", (ImaginSeed seed) =>
        {
            if (seed is not { ExamId: { Length: > 0 } examId })
            {
                return SimRequestInvalid("Le corps attendu est {\"examId\": \"…\", \"correctors\": [\"…\"]}.");
            }

            imagin.SeedExam(examId, seed.Correctors ?? []);
            return Results.Ok(new { examId, correctors = imagin.FindExam(examId) });
        });
        sim.MapGet("/exams/{examId}", (string examId) =>
            imagin.FindExam(examId) is { } correctors ? Results.Ok(new { examId, correctors }) : SimExamUnknown());
        sim.MapPost(
            "/exams/{examId}/correctors/{correctorId}/close-pay",
            (string examId, string correctorId, ClosePayRequest? close) =>
                imagin.FindExam(examId)?.Any(declaration => declaration.CorrectorId == correctorId) == true
                    ? Results.Ok(imagin.ClosePay(examId, correctorId, close?.Copies))
                    : SimExamUnknown());
    }

    private static RouteGroupBuilder MapCommon(RouteGroupBuilder sim, SimulatedSystem system)
    {
        sim.MapGet("/calls", () => Results.Ok(new { count = system.CallCount, calls = system.Calls }));
        sim.MapGet("/faults", () => Results.Ok(system.Faults.Settings));
        sim.MapPut("/faults", (FaultSettings settings) =>
        {
            if (settings.Invalidity() is { } invalidity)
            {
                return SimRequestInvalid(invalidity);
            }

            system.Faults.Set(settings);
            return Results.Ok(system.Faults.Settings);
        });
        sim.MapPost("/reset", () =>
        {
            system.Reset();
            return Results.NoContent();
        });
        return sim;
    }

    private static IResult ManualChange(CycladesSimulator cyclades, string examId, string candidate, ManualGrade change)
    {
        var exam = cyclades.FindExam(examId);
        if (exam is null)
        {
            return SimExamUnknown();
        }

        if (change.Value is not { } value || !exam.Candidates.Contains(candidate))
        {
            return SimRequestInvalid("Candidat inconnu, ou corps différent de {\"value\": \"12.00\"}.");
        }

        try
        {
            cyclades.ChangeGradeManually(examId, candidate, value);
            return Results.Ok(cyclades.FindExam(examId));
        }
        catch (ArgumentException exception)
        {
            return SimRequestInvalid(exception.Message);
        }
    }

    private static IResult SimRequestInvalid(string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest, extensions: Code("sim-request-invalid"));

    private static IResult SimExamUnknown() =>
        Results.Problem(
            "Épreuve ou correcteur inconnu du simulateur.",
            statusCode: StatusCodes.Status404NotFound,
            extensions: Code("sim-exam-unknown"));

    private static Dictionary<string, object?> Code(string code) => new() { ["code"] = code };

    private sealed record CycladesSeed(string? ExamId, decimal Maximum, IReadOnlyList<string>? Candidates);

    private sealed record ImaginSeed(string? ExamId, IReadOnlyList<string>? Correctors);

    private sealed record ManualGrade(string? Value);

    private sealed record ClosePayRequest(int? Copies);
}
