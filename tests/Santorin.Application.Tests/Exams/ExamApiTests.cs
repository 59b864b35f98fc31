using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Santorin.Application.Tests.Harness;
using Santorin.Testing;

namespace Santorin.Application.Tests.Exams;

public sealed class ExamApiTests(ExamApiTests.Fixture fixture) : IClassFixture<ExamApiTests.Fixture>
{
    private SantorinApp App => fixture.App;

    [Fact]
    public async Task PutExam_ValidBody_AnswersTheSummaryThatGetAnswersToo()
    {
        var examId = AzuriteServer.UniqueName("summary");
        using var client = App.Client(SantorinApp.Manager);

        using var put = await client.PutAsJsonAsync($"/api/exams/{examId}", ExamBodies.Create(30, 3, lot => lot == 0));
        var summary = await client.GetFromJsonAsync<JsonElement>($"/api/exams/{examId}");

        await ApiAssert.StatusAsync(HttpStatusCode.OK, put);
        Assert.Equal((await put.Content.ReadFromJsonAsync<JsonElement>()).ToString(), summary.ToString());
        Assert.Equal(examId, summary.GetProperty("examId").GetString());
        Assert.Equal("competitive", summary.GetProperty("kind").GetString());
        Assert.Equal("standard", summary.GetProperty("marking").GetString());
        Assert.Equal(20, summary.GetProperty("maxGrade").GetDecimal());
        Assert.Equal(30, summary.GetProperty("candidates").GetInt32());
        Assert.Equal(3, summary.GetProperty("correctors").GetInt32());
        Assert.Equal(3, summary.GetProperty("lots").GetInt32());
        Assert.Equal(1, summary.GetProperty("lockedLots").GetInt32());
        Assert.True(summary.GetProperty("settings").GetProperty("includeGrade").GetBoolean());
    }

    [Fact]
    public async Task PutSettings_PartialBody_KeepsTheRestTrueAndSurvivesAReimport()
    {
        var examId = AzuriteServer.UniqueName("settings");
        var exam = ExamBodies.Create(10, 1);
        await App.ImportAsync(examId, exam, seedSimulators: false);
        using var client = App.Client(SantorinApp.Manager);

        using var put = await client.PutAsJsonAsync($"/api/exams/{examId}/settings", new { includeComment = false });
        await App.ImportAsync(examId, exam, seedSimulators: false);
        var summary = await client.GetFromJsonAsync<JsonElement>($"/api/exams/{examId}");

        await ApiAssert.StatusAsync(HttpStatusCode.OK, put);
        var answered = await put.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(answered.GetProperty("includeComment").GetBoolean());
        Assert.True(answered.GetProperty("includeAnnotations").GetBoolean());
        Assert.Equal(answered.ToString(), summary.GetProperty("settings").ToString());
    }

    [Fact]
    public async Task PutSettings_NotABoolean_Answers400AndKeepsTheSettings()
    {
        var examId = AzuriteServer.UniqueName("badsettings");
        await App.ImportAsync(examId, ExamBodies.Create(10, 1), seedSimulators: false);
        using var client = App.Client(SantorinApp.Manager);
        using var body = new StringContent("{\"includeGrade\": \"non\"}", Encoding.UTF8, "application/json");

        using var response = await client.PutAsync($"/api/exams/{examId}/settings", body);

        await ApiAssert.ProblemAsync(HttpStatusCode.BadRequest, "body-invalid", response);
        var summary = await client.GetFromJsonAsync<JsonElement>($"/api/exams/{examId}");
        Assert.True(summary.GetProperty("settings").GetProperty("includeGrade").GetBoolean());
    }

    [Fact]
    public async Task PutSettings_UnknownExam_Answers404()
    {
        using var client = App.Client(SantorinApp.Manager);

        using var response = await client.PutAsJsonAsync("/api/exams/inconnue/settings", new { includeGrade = true });

        await ApiAssert.ProblemAsync(HttpStatusCode.NotFound, "exam-not-found", response);
    }

    [Fact]
    public async Task PutExam_Corrector_Answers403AndStoresNothing()
    {
        var examId = AzuriteServer.UniqueName("byCorrector");
        using var client = App.Client(SantorinApp.Corrector("C0001"));

        using var response = await client.PutAsJsonAsync($"/api/exams/{examId}", ExamBodies.Create(10, 1));

        await ApiAssert.ProblemAsync(HttpStatusCode.Forbidden, "forbidden", response);
        using var manager = App.Client(SantorinApp.Manager);
        using var get = await manager.GetAsync($"/api/exams/{examId}");
        await ApiAssert.ProblemAsync(HttpStatusCode.NotFound, "exam-not-found", get);
    }

    public sealed class Fixture : IAsyncLifetime
    {
        public SantorinApp App { get; private set; } = null!;

        public async Task InitializeAsync() => App = await SantorinApp.StartAsync();

        public async Task DisposeAsync() => await App.DisposeAsync();
    }
}
