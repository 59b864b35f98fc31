using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Santorin.Simulators;
using Santorin.Simulators.Faults;

namespace Santorin.Infrastructure.Tests.External;

/// <summary>
/// The simulators over raw HTTP: the contract answers a client never provokes, and the <c>/_sim</c> shapes.
/// </summary>
public sealed class SimulatorTests
{
    private const string ExamId = "bac-2026-svt";

    [Fact]
    public async Task PutGrades_NoIdempotencyKey_Answers400IdempotencyKeyMissing()
    {
        await using var sut = await StartSeededAsync();
        using var http = Client(sut.CycladesBaseUrl, sut.CycladesApiKey);

        using var response = await http.PutAsync(GradesPath, Json("""{"grades":[]}"""));

        await AssertProblemAsync(response, 400, "idempotency-key-missing");
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{}")]
    [InlineData("""{"grades":{}}""")]
    [InlineData("""{"grades":[{"candidate":"026001","value":14.5}]}""")]
    [InlineData("""{"grades":[{"value":"14.50"}]}""")]
    [InlineData("""{"grades":[null]}""")]
    public async Task PutGrades_BodyNotTheContractShape_Answers400BodyInvalid(string body)
    {
        await using var sut = await StartSeededAsync();
        using var http = Client(sut.CycladesBaseUrl, sut.CycladesApiKey);
        using var request = new HttpRequestMessage(HttpMethod.Put, GradesPath) { Content = Json(body) };
        request.Headers.Add("Idempotency-Key", "k-1");

        using var response = await http.SendAsync(request);

        await AssertProblemAsync(response, 400, "body-invalid");
    }

    [Theory]
    [InlineData("14.5")]
    [InlineData("014.50")]
    [InlineData("-1.00")]
    [InlineData("20.01")]
    [InlineData("abs")]
    public async Task PutGrades_ValueNotAGradeUpToTheMaximum_RejectsTheLine(string value)
    {
        await using var sut = await StartSeededAsync();
        using var http = Client(sut.CycladesBaseUrl, sut.CycladesApiKey);
        using var request = new HttpRequestMessage(HttpMethod.Put, GradesPath)
        {
            Content = Json($$"""{"grades":[{"candidate":"026001","value":"{{value}}"}]}"""),
        };
        request.Headers.Add("Idempotency-Key", "k-1");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("value-invalid", body.RootElement.GetProperty("results")[0].GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("""{"copies":118.0,"declaredAt":"2026-06-24T16:05:00Z"}""", 422, "copies-invalid")]
    [InlineData("""{"copies":-3,"declaredAt":"2026-06-24T16:05:00Z"}""", 422, "copies-invalid")]
    [InlineData("""{"copies":"118","declaredAt":"2026-06-24T16:05:00Z"}""", 400, "body-invalid")]
    [InlineData("""{"copies":118}""", 400, "body-invalid")]
    [InlineData("""{"copies":118,"declaredAt":"yesterday"}""", 400, "body-invalid")]
    public async Task PutWorkDone_InvalidBody_AnswersTheContractCode(string body, int status, string code)
    {
        await using var sut = await StartSeededAsync();
        using var http = Client(sut.ImaginBaseUrl, sut.ImaginApiKey);
        using var request = new HttpRequestMessage(HttpMethod.Put, "v1/exams/bac-2026-svt/work-done/corr-1")
        {
            Content = Json(body),
        };
        request.Headers.Add("Idempotency-Key", "k-1");

        using var response = await http.SendAsync(request);

        await AssertProblemAsync(response, status, code);
    }

    [Fact]
    public async Task SimEndpoints_SeedChangePublishAndRead_ShowTheState()
    {
        await using var sut = await SimulatorServer.StartAsync();
        using var http = Client(sut.CycladesBaseUrl, apiKey: null);

        using var seeded = await http.PostAsync(
            "_sim/exams",
            Json("""{"examId":"e1","maximum":10,"candidates":["c1","c2"]}"""));
        using var changed = await http.PutAsync("_sim/exams/e1/grades/c1", Json("""{"value":"7.50"}"""));
        using var refused = await http.PutAsync("_sim/exams/e1/grades/c1", Json("""{"value":"10.50"}"""));
        using var published = await http.PostAsync("_sim/exams/e1/publish", null);
        var state = await http.GetFromJsonAsync<JsonElement>("_sim/exams/e1");

        Assert.Equal(HttpStatusCode.OK, seeded.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.True(state.GetProperty("published").GetBoolean());
        Assert.Equal("7.50", state.GetProperty("grades").GetProperty("c1").GetString());
        Assert.Empty(state.GetProperty("applications").EnumerateObject());
    }

    [Fact]
    public async Task SimEndpoints_ClosePayAndCalls_ShowTheState()
    {
        await using var sut = await SimulatorServer.StartAsync();
        using var http = Client(sut.ImaginBaseUrl, apiKey: null);

        using var seeded = await http.PostAsync("_sim/exams", Json("""{"examId":"e1","correctors":["k1"]}"""));
        using var closed = await http.PostAsync("_sim/exams/e1/correctors/k1/close-pay", Json("""{"copies":12}"""));
        var state = await http.GetFromJsonAsync<JsonElement>("_sim/exams/e1");
        var calls = await http.GetFromJsonAsync<JsonElement>("_sim/calls");

        Assert.Equal(HttpStatusCode.OK, seeded.StatusCode);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        var corrector = state.GetProperty("correctors")[0];
        Assert.True(corrector.GetProperty("payClosed").GetBoolean());
        Assert.Equal(12, corrector.GetProperty("paidCopies").GetInt32());
        Assert.Equal(0, calls.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Faults_SameSeedAndCalls_GiveTheSameSequence()
    {
        var settings = new FaultSettings { Seed = 11, UnavailableRate = 0.3, TooManyRequestsRate = 0.2 };

        var first = await StatusSequenceAsync(settings);
        var second = await StatusSequenceAsync(settings);

        Assert.Equal(first, second);
        Assert.Contains(503, first);
        Assert.Contains(429, first);
        Assert.Contains(200, first);
    }

    [Fact]
    public async Task SimFaults_RatesAboveOne_Answers400()
    {
        await using var sut = await SimulatorServer.StartAsync();
        using var http = Client(sut.CycladesBaseUrl, apiKey: null);

        using var response = await http.PutAsync(
            "_sim/faults",
            Json("""{"unavailableRate":0.8,"tooManyRequestsRate":0.5}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private const string GradesPath = "v1/exams/bac-2026-svt/grades";

    private static async Task<List<int>> StatusSequenceAsync(FaultSettings settings)
    {
        await using var server = await StartSeededAsync();
        server.Cyclades.Faults.Set(settings);
        using var http = Client(server.CycladesBaseUrl, server.CycladesApiKey);

        var statuses = new List<int>();
        for (var i = 0; i < 30; i++)
        {
            using var response = await http.GetAsync("v1/exams/bac-2026-svt/publication");
            statuses.Add((int)response.StatusCode);
        }

        return statuses;
    }

    private static async Task<SimulatorServer> StartSeededAsync()
    {
        var server = await SimulatorServer.StartAsync();
        server.Cyclades.SeedExam(ExamId, 20m, ["026001"]);
        server.Imagin.SeedExam(ExamId, ["corr-1"]);
        return server;
    }

    private static HttpClient Client(Uri baseUrl, string? apiKey)
    {
        var http = new HttpClient { BaseAddress = new Uri(baseUrl.AbsoluteUri.TrimEnd('/') + "/") };
        if (apiKey is not null)
        {
            http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        return http;
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task AssertProblemAsync(HttpResponseMessage response, int status, string code)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(code, body.RootElement.GetProperty("code").GetString());
        Assert.Equal(status, body.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(body.RootElement.GetProperty("detail").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(body.RootElement.GetProperty("title").GetString()));
    }
}
