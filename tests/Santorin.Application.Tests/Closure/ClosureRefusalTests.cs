using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Santorin.Application.Tests.Harness;
using Santorin.Simulators.Faults;
using Santorin.Testing;

namespace Santorin.Application.Tests.Closure;

/// <summary>Every refusal of the correction data and closure routes, each leaving everything as it was.</summary>
public sealed class ClosureRefusalTests(ClosureRefusalTests.Fixture fixture)
    : IClassFixture<ClosureRefusalTests.Fixture>
{
    private SantorinApp App => fixture.App;

    [Theory]
    [InlineData(null)]
    [InlineData("pas du base64 !")]
    [InlineData("eyJub3QiOiAiYSBwcmluY2lwYWwifQ==")]
    public async Task Start_NoOrUnreadablePrincipal_Answers401(string? principal)
    {
        var examId = await ImportLockedAsync();
        using var client = App.Client(principal);

        using var response = await client.PostAsync($"/api/exams/{examId}/closure", null);

        await ApiAssert.ProblemAsync(HttpStatusCode.Unauthorized, "unauthenticated", response);
        await AssertNoRunAsync(examId);
    }

    [Theory]
    [InlineData("GET", "/closure")]
    [InlineData("GET", "/closure/preview")]
    [InlineData("POST", "/closure")]
    [InlineData("GET", "/closure/runs")]
    [InlineData("GET", "")]
    public async Task ClosureRoutes_Corrector_Answers403(string method, string path)
    {
        var examId = await ImportLockedAsync();
        using var client = App.Client(SantorinApp.Corrector("C0001"));

        using var request = new HttpRequestMessage(new HttpMethod(method), $"/api/exams/{examId}{path}");
        using var response = await client.SendAsync(request);

        await ApiAssert.ProblemAsync(HttpStatusCode.Forbidden, "forbidden", response);
        await AssertNoRunAsync(examId);
    }

    [Fact]
    public async Task Start_UnknownExam_Answers404BeforeTheRole()
    {
        using var client = App.Client(SantorinApp.Corrector("C0001"));

        using var response = await client.PostAsync("/api/exams/inconnue/closure", null);

        await ApiAssert.ProblemAsync(HttpStatusCode.NotFound, "exam-not-found", response);
    }

    [Theory]
    [InlineData("a%20b")]
    [InlineData("-abc")]
    [InlineData("%C3%A9preuve")]
    public async Task Routes_InvalidExamId_Answers400(string examId)
    {
        using var client = App.Client(SantorinApp.Manager);

        using var response = await client.GetAsync($"/api/exams/{examId}/closure");

        await ApiAssert.ProblemAsync(HttpStatusCode.BadRequest, "exam-id-invalid", response);
    }

    [Fact]
    public async Task PutExam_BrokenRules_Answers400WithEveryErrorAndKeepsTheStoredExam()
    {
        var examId = await ImportLockedAsync();
        var broken = ExamBodies.Create(candidates: 10, correctors: 1);
        ExamBodies.Copies(broken).First()["grade"] = 21;
        ExamBodies.Copies(broken).Last()["grade"] = 12.345m;
        using var client = App.Client(SantorinApp.Manager);

        using var response = await client.PutAsJsonAsync($"/api/exams/{examId}", broken);

        var problem = await ApiAssert.ProblemAsync(HttpStatusCode.BadRequest, "exam-invalid", response);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("lots[0].copies[0].grade", out _));
        Assert.True(errors.TryGetProperty("lots[0].copies[8].grade", out _));
        var summary = await client.GetFromJsonAsync<JsonElement>($"/api/exams/{examId}");
        Assert.Equal(20, summary.GetProperty("candidates").GetInt32());
    }

    [Fact]
    public async Task Start_BodyNotJson_Answers400AndStartsNothing()
    {
        var examId = await ImportLockedAsync();
        using var client = App.Client(SantorinApp.Manager);
        using var body = new StringContent("{resendAll: oui", Encoding.UTF8, "application/json");

        using var response = await client.PostAsync($"/api/exams/{examId}/closure", body);

        await ApiAssert.ProblemAsync(HttpStatusCode.BadRequest, "body-invalid", response);
        await AssertNoRunAsync(examId);
    }

    [Fact]
    public async Task Start_NoLockedLot_Answers422()
    {
        var examId = AzuriteServer.UniqueName("unlocked");
        await App.ImportAsync(examId, ExamBodies.Create(candidates: 10, correctors: 2, lotLocked: _ => false));
        using var client = App.Client(SantorinApp.Manager);

        using var response = await client.PostAsync($"/api/exams/{examId}/closure", null);

        await ApiAssert.ProblemAsync(HttpStatusCode.UnprocessableEntity, "no-locked-lot", response);
        var preview = await client.GetFromJsonAsync<JsonElement>($"/api/exams/{examId}/closure/preview");
        Assert.Equal("no-locked-lot", preview.GetProperty("blockedBy").GetString());
        await AssertNoRunAsync(examId);
    }

    [Fact]
    public async Task Start_CycladesUnavailable_Answers502()
    {
        var examId = await ImportLockedAsync();
        App.Simulators.Cyclades.Faults.Set(new FaultSettings { UnavailableRate = 1.0 });
        try
        {
            using var client = App.Client(SantorinApp.Manager);

            using var response = await client.PostAsync($"/api/exams/{examId}/closure", null);

            await ApiAssert.ProblemAsync(HttpStatusCode.BadGateway, "cyclades-unavailable", response);
            await AssertNoRunAsync(examId);
        }
        finally
        {
            App.Simulators.Cyclades.Faults.Set(FaultSettings.None);
        }
    }

    [Fact]
    public async Task Start_ExamUnknownToCyclades_Answers409()
    {
        var examId = AzuriteServer.UniqueName("nocyclades");
        await App.ImportAsync(examId, ExamBodies.Create(candidates: 10, correctors: 1), seedSimulators: false);
        using var client = App.Client(SantorinApp.Manager);

        using var response = await client.PostAsync($"/api/exams/{examId}/closure", null);

        await ApiAssert.ProblemAsync(HttpStatusCode.Conflict, "exam-unknown-in-cyclades", response);
        await AssertNoRunAsync(examId);
    }

    [Fact]
    public async Task GetRun_RunOfNoneOrAnotherExam_Answers404()
    {
        var examId = await ImportLockedAsync();
        var other = await ImportLockedAsync();
        var run = await App.CloseAsync(other);
        using var client = App.Client(SantorinApp.Manager);

        var runId = run.GetProperty("runId").GetString();
        using var response = await client.GetAsync($"/api/exams/{examId}/closure/runs/{runId}");

        await ApiAssert.ProblemAsync(HttpStatusCode.NotFound, "run-not-found", response);
    }

    private async Task<string> ImportLockedAsync()
    {
        var examId = AzuriteServer.UniqueName("refusal");
        await App.ImportAsync(examId, ExamBodies.Create(candidates: 20, correctors: 2));
        return examId;
    }

    private async Task AssertNoRunAsync(string examId)
    {
        using var client = App.Client(SantorinApp.Manager);
        var runs = await client.GetFromJsonAsync<JsonElement>($"/api/exams/{examId}/closure/runs");
        Assert.Equal(0, runs.GetProperty("items").GetArrayLength());
        Assert.DoesNotContain(
            App.Simulators.Cyclades.Calls,
            call => call.Method == "PUT" && call.Path.Contains(examId, StringComparison.Ordinal));
    }

    public sealed class Fixture : IAsyncLifetime
    {
        public SantorinApp App { get; private set; } = null!;

        public async Task InitializeAsync() => App = await SantorinApp.StartAsync(new Dictionary<string, string?>
        {
            ["Cyclades:MaxRetryAttempts"] = "1",
        });

        public async Task DisposeAsync() => await App.DisposeAsync();
    }
}
