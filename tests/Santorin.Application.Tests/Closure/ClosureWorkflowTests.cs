using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Santorin.Application.Tests.Harness;
using Santorin.Simulators.Faults;
using Santorin.Testing;

namespace Santorin.Application.Tests.Closure;

/// <summary>
/// Closures end to end: the API starts them, the workflow runs on the in-process Durable Task
/// host, and the simulators of Cyclades and Imag'In hold what was sent. Tests of this class run
/// one after another, so a fault set on the simulators concerns one test only.
/// </summary>
public sealed class ClosureWorkflowTests(ClosureWorkflowTests.Fixture fixture)
    : IClassFixture<ClosureWorkflowTests.Fixture>
{
    private SantorinApp App => fixture.App;

    [Fact]
    public async Task Start_Relaunch_SendsOnlyNewAndChangedGrades()
    {
        var examId = AzuriteServer.UniqueName("relaunch");
        var exam = ExamBodies.Create(candidates: 40, correctors: 4, lotLocked: lot => lot < 2);
        await App.ImportAsync(examId, exam);
        await App.CloseAsync(examId);
        var regraded = ExamBodies.Copies(exam).First();
        regraded["grade"] = 19.75m;
        var third = ExamBodies.Lots(exam).ElementAt(2);
        third["locked"] = true;
        await App.ImportAsync(examId, exam, seedSimulators: false);
        var newlyLocked = third["copies"]!.AsArray().Count;

        var run = await App.CloseAsync(examId);

        Assert.Equal("partial", run.GetProperty("kind").GetString());
        Assert.Equal(1 + newlyLocked, Cyclades(run).GetProperty("sent").GetInt32());
        Assert.Equal("19.75", App.Simulators.Cyclades.GradeOf(examId, (string)regraded["candidate"]!));
        Assert.Equal(2, App.Simulators.Cyclades.ApplicationsOf(examId, (string)regraded["candidate"]!));
    }

    [Fact]
    public async Task Start_NothingNew_SendsNoGradeAndSaysSkipped()
    {
        var examId = AzuriteServer.UniqueName("nothing");
        await App.ImportAsync(examId, ExamBodies.Create(candidates: 20, correctors: 2, lotLocked: lot => lot == 0));
        await App.CloseAsync(examId);
        var callsBefore = GradeCalls(examId);

        var run = await App.CloseAsync(examId);

        Assert.Equal("completed", run.GetProperty("status").GetString());
        Assert.Equal("skipped", Cyclades(run).GetProperty("status").GetString());
        Assert.Equal(0, Cyclades(run).GetProperty("sent").GetInt32());
        Assert.Equal("skipped", run.GetProperty("imagin").GetProperty("status").GetString());
        Assert.Equal(callsBefore, GradeCalls(examId));
    }

    [Fact]
    public async Task Start_LastLotLocked_RunIsTotalAndSendsAbsForEveryAbsent()
    {
        var examId = AzuriteServer.UniqueName("total");
        var exam = ExamBodies.Create(candidates: 30, correctors: 3, lotLocked: lot => lot < 2);
        await App.ImportAsync(examId, exam);
        var partial = await App.CloseAsync(examId);
        foreach (var lot in ExamBodies.Lots(exam))
        {
            lot["locked"] = true;
        }

        await App.ImportAsync(examId, exam, seedSimulators: false);

        var total = await App.CloseAsync(examId);

        Assert.Equal("partial", partial.GetProperty("kind").GetString());
        Assert.Equal("total", total.GetProperty("kind").GetString());
        var absents = Absents(exam).ToList();
        Assert.Equal(3, absents.Count);
        Assert.All(absents, number => Assert.Equal("ABS", App.Simulators.Cyclades.GradeOf(examId, number)));
        var indicators = await GetAsync($"/api/exams/{examId}/closure");
        Assert.Equal("total", indicators.GetProperty("state").GetString());
        Assert.Equal(30, indicators.GetProperty("gradesTransmitted").GetInt32());
        Assert.Equal(0, indicators.GetProperty("gradesPending").GetInt32());
    }

    [Fact]
    public async Task Start_Published_RefusesAndNoGradeReachesCyclades()
    {
        var examId = AzuriteServer.UniqueName("published");
        await App.ImportAsync(examId, ExamBodies.Create(candidates: 10, correctors: 1));
        App.Simulators.Cyclades.Publish(examId);
        using var client = App.Client(SantorinApp.Manager);

        using var response = await client.PostAsync($"/api/exams/{examId}/closure", null);

        await ApiAssert.ProblemAsync(HttpStatusCode.Conflict, "exam-published", response);
        Assert.Equal(0, GradeCalls(examId));
        var runs = await GetAsync($"/api/exams/{examId}/closure/runs");
        Assert.Equal(0, runs.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Start_TwoAtOnce_SchedulesOneRunAndRefusesTheOtherNamingIt()
    {
        var examId = AzuriteServer.UniqueName("race");
        await App.ImportAsync(examId, ExamBodies.Create(candidates: 60, correctors: 3));
        App.Simulators.Cyclades.Faults.Set(new FaultSettings { LatencyMilliseconds = 300 });
        try
        {
            using var client = App.Client(SantorinApp.Manager);

            var answers = await Task.WhenAll(
                client.PostAsync($"/api/exams/{examId}/closure", null),
                client.PostAsync($"/api/exams/{examId}/closure", null));

            var accepted = Assert.Single(answers, answer => answer.StatusCode == HttpStatusCode.Accepted);
            var refused = Assert.Single(answers, answer => answer.StatusCode == HttpStatusCode.Conflict);
            var problem = await ApiAssert.ProblemAsync(HttpStatusCode.Conflict, "closure-running", refused);
            var started = await accepted.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(started.GetProperty("runId").GetString(), problem.GetProperty("runId").GetString());
            await SantorinApp.WaitForRunAsync(client, started.GetProperty("statusUrl").GetString()!);
            var runs = await GetAsync($"/api/exams/{examId}/closure/runs");
            Assert.Equal(1, runs.GetProperty("items").GetArrayLength());
        }
        finally
        {
            App.Simulators.Cyclades.Faults.Set(FaultSettings.None);
        }
    }

    [Fact]
    public async Task Start_CycladesAnswers503ThirtyPercent_CompletesWithEveryGradeAppliedOnce()
    {
        var examId = AzuriteServer.UniqueName("flaky");
        var exam = ExamBodies.Create(candidates: 120, correctors: 4);
        await App.ImportAsync(examId, exam);
        App.Simulators.Cyclades.Faults.Set(new FaultSettings { Seed = 7, UnavailableRate = 0.3 });
        try
        {
            var run = await App.CloseAsync(examId);

            Assert.Equal("completed", run.GetProperty("status").GetString());
            Assert.Equal("succeeded", Cyclades(run).GetProperty("status").GetString());
            Assert.Contains(App.Simulators.Cyclades.Calls, call => call.Outcome == "fault-unavailable");
            Assert.All(ExamBodies.Copies(exam), copy =>
                Assert.Equal(1, App.Simulators.Cyclades.ApplicationsOf(examId, (string)copy["candidate"]!)));
        }
        finally
        {
            App.Simulators.Cyclades.Faults.Set(FaultSettings.None);
        }
    }

    [Fact]
    public async Task Start_LinesRejected_ReportsThemInFrenchKeepsThemOutOfTheLedgerAndSendsThemAgain()
    {
        var examId = AzuriteServer.UniqueName("rejected");
        var exam = ExamBodies.Create(candidates: 20, correctors: 2);
        await App.ImportAsync(examId, exam, seedSimulators: false);
        var unknown = (string)ExamBodies.Copies(exam).First()["candidate"]!;
        var known = exam["candidates"]!.AsArray().Select(c => (string)c!["number"]!).Where(n => n != unknown);
        App.Simulators.Cyclades.SeedExam(examId, 20m, known);
        App.Simulators.Imagin.SeedExam(examId, ["C0001", "C0002"]);

        var first = await App.CloseAsync(examId);
        App.Simulators.Cyclades.SeedExam(examId, 20m, exam["candidates"]!.AsArray().Select(c => (string)c!["number"]!));
        var second = await App.CloseAsync(examId);

        Assert.Equal("completed", first.GetProperty("status").GetString());
        Assert.Equal("partial", Cyclades(first).GetProperty("status").GetString());
        Assert.Equal(1, Cyclades(first).GetProperty("rejected").GetInt32());
        var message = Assert.Single(Cyclades(first).GetProperty("messages").EnumerateArray());
        Assert.Equal(unknown, message.GetProperty("candidate").GetString());
        Assert.Equal("candidate-unknown", message.GetProperty("code").GetString());
        Assert.Contains("inconnu", message.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, Cyclades(second).GetProperty("sent").GetInt32());
        Assert.Equal(1, Cyclades(second).GetProperty("accepted").GetInt32());
    }

    [Fact]
    public async Task Start_ImaginDown_CompletesReportsItsFailureAndTheNextRunDeclaresAgain()
    {
        var examId = AzuriteServer.UniqueName("imagin");
        var exam = ExamBodies.Create(candidates: 20, correctors: 2, lotLocked: lot => lot == 0);
        await App.ImportAsync(examId, exam);
        App.Simulators.Imagin.Faults.Set(new FaultSettings { UnavailableRate = 1.0 });
        JsonElement down;
        try
        {
            down = await App.CloseAsync(examId);
        }
        finally
        {
            App.Simulators.Imagin.Faults.Set(FaultSettings.None);
        }

        await Task.Delay(TimeSpan.FromSeconds(1));
        var next = await CloseWhenImaginBreakerClosedAsync(examId);

        Assert.Equal("completed", down.GetProperty("status").GetString());
        var imagin = down.GetProperty("imagin");
        Assert.Equal("failed", imagin.GetProperty("status").GetString());
        Assert.Equal(1, imagin.GetProperty("failed").GetInt32());
        Assert.NotEmpty(imagin.GetProperty("messages").EnumerateArray());
        Assert.Equal("succeeded", next.GetProperty("imagin").GetProperty("status").GetString());
        Assert.Equal(1, next.GetProperty("imagin").GetProperty("declared").GetInt32());
        Assert.Equal(
            ExamBodies.Lots(exam).First()["copies"]!.AsArray().Count,
            App.Simulators.Imagin.DeclarationOf(examId, "C0001").Copies);
    }

    [Fact]
    public async Task Start_ImaginSlow_GradesGoOutMeanwhileAndProgressNeverGoesBack()
    {
        var examId = AzuriteServer.UniqueName("beside");
        var exam = ExamBodies.Create(candidates: 40, correctors: 2);
        await App.ImportAsync(examId, exam);
        App.Simulators.Imagin.Faults.Set(new FaultSettings { LatencyMilliseconds = 1500 });
        var seen = new List<int>();
        JsonElement run;
        try
        {
            using var client = App.Client(SantorinApp.Manager);
            using var response = await client.PostAsync($"/api/exams/{examId}/closure", null);
            await ApiAssert.StatusAsync(HttpStatusCode.Accepted, response);
            var started = await response.Content.ReadFromJsonAsync<JsonElement>();
            var statusUrl = started.GetProperty("statusUrl").GetString()!;
            while (true)
            {
                run = await client.GetFromJsonAsync<JsonElement>(statusUrl);
                if (run.GetProperty("status").GetString() is "completed" or "failed")
                {
                    break;
                }

                seen.Add(Cyclades(run).GetProperty("sent").GetInt32());
                await Task.Delay(50);
            }
        }
        finally
        {
            App.Simulators.Imagin.Faults.Set(FaultSettings.None);
        }

        Assert.Equal("completed", run.GetProperty("status").GetString());
        Assert.Equal("succeeded", run.GetProperty("imagin").GetProperty("status").GetString());
        var sent = Cyclades(run).GetProperty("sent").GetInt32();
        Assert.Equal(exam["candidates"]!.AsArray().Count, sent);
        Assert.Equal(seen.Order(), seen);
        Assert.Contains(sent, seen);
    }

    [Fact]
    public async Task Start_ManualChangeInCyclades_IsOverwrittenWhenSantorinSendsThatCandidate()
    {
        var examId = AzuriteServer.UniqueName("manual");
        var exam = ExamBodies.Create(candidates: 10, correctors: 1);
        await App.ImportAsync(examId, exam);
        await App.CloseAsync(examId);
        var copy = ExamBodies.Copies(exam).First();
        var candidate = (string)copy["candidate"]!;
        App.Simulators.Cyclades.ChangeGradeManually(examId, candidate, "3.00");

        var run = await App.CloseAsync(examId, resendAll: true);

        Assert.True(run.GetProperty("resendAll").GetBoolean());
        Assert.Equal(
            ExamBodies.Copies(exam).Count() + Absents(exam).Count(),
            Cyclades(run).GetProperty("sent").GetInt32());
        Assert.Equal(
            ((decimal)copy["grade"]!).ToString("0.00", CultureInfo.InvariantCulture),
            App.Simulators.Cyclades.GradeOf(examId, candidate));
    }

    [Fact]
    public async Task Preview_BeforeAStart_PredictsWhatTheRunDoesAndTheIndicatorsAgree()
    {
        var examId = AzuriteServer.UniqueName("preview");
        await App.ImportAsync(examId, ExamBodies.Create(candidates: 40, correctors: 4, lotLocked: lot => lot != 1));

        var preview = await GetAsync($"/api/exams/{examId}/closure/preview");
        var before = await GetAsync($"/api/exams/{examId}/closure");
        var run = await App.CloseAsync(examId);
        var after = await GetAsync($"/api/exams/{examId}/closure");

        Assert.Equal(JsonValueKind.Null, preview.GetProperty("blockedBy").ValueKind);
        Assert.Equal(run.GetProperty("kind").GetString(), preview.GetProperty("kind").GetString());
        Assert.Equal(Cyclades(run).GetProperty("sent").GetInt32(), preview.GetProperty("grades").GetInt32());
        Assert.Equal(0, preview.GetProperty("absents").GetInt32());
        Assert.Equal(
            run.GetProperty("imagin").GetProperty("declared").GetInt32(),
            preview.GetProperty("workDone").GetInt32());
        Assert.Equal("none", before.GetProperty("state").GetString());
        Assert.Equal(preview.GetProperty("grades").GetInt32(), before.GetProperty("gradesPending").GetInt32());
        Assert.Equal("partial", after.GetProperty("state").GetString());
        Assert.Equal(preview.GetProperty("grades").GetInt32(), after.GetProperty("gradesTransmitted").GetInt32());
        Assert.Equal(0, after.GetProperty("gradesPending").GetInt32());
        Assert.False(after.GetProperty("published").GetBoolean());
        Assert.Equal(
            run.GetProperty("runId").GetString(),
            after.GetProperty("lastRun").GetProperty("runId").GetString());
    }

    private async Task<JsonElement> CloseWhenImaginBreakerClosedAsync(string examId)
    {
        for (var attempt = 0; ; attempt++)
        {
            var run = await App.CloseAsync(examId);
            if (run.GetProperty("imagin").GetProperty("status").GetString() != "failed" || attempt == 40)
            {
                return run;
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    private static JsonElement Cyclades(JsonElement run) => run.GetProperty("cyclades");

    private int GradeCalls(string examId) =>
        App.Simulators.Cyclades.Calls.Count(call =>
            call.Method == "PUT" && call.Path.Contains(examId, StringComparison.Ordinal));

    private static IEnumerable<string> Absents(JsonObject exam) =>
        exam["candidates"]!.AsArray().Where(c => (bool)c!["absent"]!).Select(c => (string)c!["number"]!);

    private async Task<JsonElement> GetAsync(string path)
    {
        using var client = App.Client(SantorinApp.Manager);
        using var response = await client.GetAsync(path);
        await ApiAssert.StatusAsync(HttpStatusCode.OK, response);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public sealed class Fixture : IAsyncLifetime
    {
        public SantorinApp App { get; private set; } = null!;

        public async Task InitializeAsync() => App = await SantorinApp.StartAsync(new Dictionary<string, string?>
        {
            // A dead Imag'In fails fast and comes back within the test.
            ["Imagin:BreakDuration"] = "00:00:02",
            ["Imagin:MaxRetryAttempts"] = "1",
        });

        public async Task DisposeAsync() => await App.DisposeAsync();
    }
}
